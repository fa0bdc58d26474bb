import type { Context } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

/** The knex handle of the service call: its transaction when there is one, else the pool. */
export function knexOf(ctx: Context): Knex {
  const manager = (ctx.transactionManager ?? ctx.manager) as SqlEntityManager
  return manager.getTransactionContext<Knex.Transaction>() ?? manager.getKnex()
}

export async function rows<T>(knex: Knex, sql: string, bindings: readonly unknown[] = []): Promise<T[]> {
  const res = await knex.raw(sql, bindings as Knex.RawBinding[])
  return res.rows as T[]
}

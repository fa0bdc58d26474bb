import type { Context } from "@medusajs/framework/types"
import type { Knex, SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"

export type Db = Knex | Knex.Transaction

/**
 * The knex handle of a service call: its transaction when it runs in one (writes must: a row lock or an advisory
 * transaction lock taken on an autocommit connection would be released at once), else the pool (reads).
 */
export function db(ctx: Context, { transaction }: { transaction: boolean }): Db {
  const em = (ctx.transactionManager ?? ctx.manager) as SqlEntityManager | undefined
  const trx = (ctx.transactionManager as SqlEntityManager | undefined)?.getTransactionContext<Knex.Transaction>()
  if (trx) {
    return trx
  }
  if (transaction || !em) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "account: this operation must run in a transaction")
  }
  return em.getKnex()
}

export async function rows<T>(knex: Db, sql: string, bindings: readonly unknown[] = []): Promise<T[]> {
  const res = await knex.raw(sql, bindings as Knex.RawBinding[])
  return res.rows as T[]
}

export async function one<T>(knex: Db, sql: string, bindings: readonly unknown[] = []): Promise<T | undefined> {
  return (await rows<T>(knex, sql, bindings))[0]
}

/** A transaction-scoped advisory lock on a text key (released at commit or rollback). */
export async function lockKey(knex: Db, key: string): Promise<void> {
  await knex.raw("SELECT pg_advisory_xact_lock(hashtext(?))", [key])
}

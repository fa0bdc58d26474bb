import type { Context } from "@medusajs/framework/types"
import type { Knex, SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"

export type Db = Knex | Knex.Transaction

/** The knex transaction of the service call (row locks and conditional updates need one). */
export function trx(ctx: Context): Knex.Transaction {
  const t = (ctx.transactionManager as SqlEntityManager | undefined)?.getTransactionContext<Knex.Transaction>()
  if (!t) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "groupBuy: this operation must run in a transaction")
  }
  return t
}

/** A knex handle for reads: the transaction if there is one, else the pool. */
export function reader(ctx: Context): Db {
  const em = (ctx.transactionManager ?? ctx.manager) as SqlEntityManager
  return em.getTransactionContext<Knex.Transaction>() ?? em.getKnex()
}

export async function rows<T>(db: Db, sql: string, bindings: readonly unknown[] = []): Promise<T[]> {
  const res = await db.raw(sql, bindings as Knex.RawBinding[])
  return res.rows as T[]
}

export async function one<T>(db: Db, sql: string, bindings: readonly unknown[] = []): Promise<T | undefined> {
  return (await rows<T>(db, sql, bindings))[0]
}

/** Medusa stores a big number twice: numeric for queries, jsonb `raw_*` for the exact value. */
export function raw(value: string | number): string {
  return JSON.stringify({ value: String(value), precision: 20 })
}

/** Thrown inside a transaction to roll it back when a conditional update found nothing to do. */
export class NothingToDo extends Error {
  constructor() {
    super("nothing to do")
  }
}

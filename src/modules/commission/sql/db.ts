import type { Context } from "@medusajs/framework/types"
import type { Knex, SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

export type Db = Knex | Knex.Transaction

/**
 * The knex handle of the service call: its transaction when the method runs in one (writes must: a row
 * lock taken on an autocommit connection would be released at once), else the pool (reads).
 */
export function db(ctx: Context, { transaction }: { transaction: boolean }): Db {
  const em = (ctx.transactionManager ?? ctx.manager) as SqlEntityManager | undefined
  const trx = (ctx.transactionManager as SqlEntityManager | undefined)?.getTransactionContext<Knex.Transaction>()
  if (trx) {
    return trx
  }
  if (transaction || !em) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "commission: this operation must run in a transaction")
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

/** A big number's value as Medusa stores it next to the numeric column (`raw_<column>`). */
export const raw = (v: BigNumberInput) => JSON.stringify({ value: MathBN.convert(v).toString(), precision: 20 })

/** SQL that sets a big-number column and its raw twin to `<column> + ?` (two bindings: the delta twice). */
export const addTo = (column: string) =>
  `${column} = ${column} + ?::numeric, raw_${column} = jsonb_build_object('value', (${column} + ?::numeric)::text, 'precision', 20)`

/** SQL that sets a big-number column and its raw twin to a value (two bindings: the value twice). */
export const setTo = (column: string) =>
  `${column} = ?::numeric, raw_${column} = jsonb_build_object('value', (?::numeric)::text, 'precision', 20)`

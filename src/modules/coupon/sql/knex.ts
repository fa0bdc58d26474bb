import { MedusaError } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

/** The knex transaction of the current module transaction (for conditional updates and row locks). */
export function transactionKnex(sharedContext: Context): Knex.Transaction {
  const manager = sharedContext.transactionManager as SqlEntityManager | undefined
  const trx = manager?.getTransactionContext<Knex.Transaction>()
  if (!trx) {
    throw new Error("coupon: expected to run inside a transaction")
  }
  return trx
}

/** A knex handle for reads (transaction if there is one, else the pool). */
export function readKnex(sharedContext: Context): Knex {
  const manager = (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
  return manager.getTransactionContext<Knex.Transaction>() ?? manager.getKnex()
}

/**
 * A unique violation: PostgreSQL's 23505 from raw SQL, or the INVALID_DATA "… already exists." error Medusa's
 * repository maps it to (dbErrorMapper keeps no code, so its message is all there is to recognise).
 */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; type?: string; message?: string }
  if (e?.code === "23505") {
    return true
  }
  return e?.type === MedusaError.Types.INVALID_DATA && /already exists\.$/.test(e.message ?? "")
}

/** Medusa stores big numbers twice: numeric for queries, raw jsonb for exact values. */
export function rawBigNumber(value: string | number): string {
  return JSON.stringify({ value: String(value), precision: 20 })
}

import { generateEntityId, MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import { addTo, type Db, one } from "./db"

export type AccountRow = {
  id: string
  customer_id: string
  currency_code: string
  pending_amount: string
  available_amount: string
  withdrawing_amount: string
  withdrawn_amount: string
}

const COLUMNS = "id, customer_id, currency_code, pending_amount, available_amount, withdrawing_amount, withdrawn_amount"

/** Locks (creating it first if needed) one beneficiary's account in one currency: SELECT … FOR UPDATE. */
export async function lockAccount(knex: Db, customerId: string, currencyCode: string): Promise<AccountRow> {
  const currency = currencyCode.toLowerCase()
  const select = `SELECT ${COLUMNS} FROM commission_account WHERE customer_id = ? AND currency_code = ? FOR UPDATE`
  let account = await one<AccountRow>(knex, select, [customerId, currency])
  if (!account) {
    await knex.raw(
      `INSERT INTO commission_account (id, customer_id, currency_code, pending_amount, raw_pending_amount,
         available_amount, raw_available_amount, withdrawing_amount, raw_withdrawing_amount, withdrawn_amount, raw_withdrawn_amount)
       VALUES (?, ?, ?, 0, ?, 0, ?, 0, ?, 0, ?) ON CONFLICT (customer_id, currency_code) DO NOTHING`,
      [generateEntityId(undefined, "cacct"), customerId, currency, ...Array(4).fill(JSON.stringify({ value: "0", precision: 20 }))]
    )
    account = await one<AccountRow>(knex, select, [customerId, currency])
  }
  return account!
}

/**
 * Locks several accounts in a fixed order (customer id), so that two transactions touching the same
 * accounts never wait on each other in a cycle.
 */
export async function lockAccounts(knex: Db, customerIds: string[], currencyCode: string): Promise<Map<string, AccountRow>> {
  const out = new Map<string, AccountRow>()
  await knex.raw("SET LOCAL lock_timeout = '10s'")
  for (const id of [...new Set(customerIds)].sort()) {
    out.set(id, await lockAccount(knex, id, currencyCode))
  }
  return out
}

export type BucketDeltas = {
  pending?: BigNumberInput
  available?: BigNumberInput
  withdrawing?: BigNumberInput
  withdrawn?: BigNumberInput
}

/** Adds the deltas to a locked account's buckets (one UPDATE; the CHECK keeps pending/withdrawing/withdrawn ≥ 0). */
export async function moveBuckets(knex: Db, accountId: string, deltas: BucketDeltas): Promise<void> {
  const sets: string[] = []
  const bindings: string[] = []
  for (const [bucket, delta] of Object.entries(deltas)) {
    if (delta === undefined || MathBN.eq(delta, 0)) continue
    const v = MathBN.convert(delta).toString()
    sets.push(addTo(`${bucket}_amount`))
    bindings.push(v, v)
  }
  if (!sets.length) return
  await knex.raw(`UPDATE commission_account SET ${sets.join(", ")}, updated_at = now() WHERE id = ?`, [...bindings, accountId])
}

export async function findAccount(knex: Db, customerId: string, currencyCode: string): Promise<AccountRow | undefined> {
  return one<AccountRow>(knex, `SELECT ${COLUMNS} FROM commission_account WHERE customer_id = ? AND currency_code = ?`, [
    customerId,
    currencyCode.toLowerCase(),
  ])
}

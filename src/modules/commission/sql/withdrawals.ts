import { generateEntityId, MathBN } from "@medusajs/framework/utils"
import { conflict, notFound, refused } from "../../../lib/errors"
import type { DecideWithdrawalInput, RequestWithdrawalInput, WithdrawalRow } from "../types"
import { lockAccount, moveBuckets } from "./accounts"
import { addTo, type Db, one, raw } from "./db"

export const WITHDRAWAL_COLUMNS =
  "id, customer_id, leader_id, currency_code, amount, fee, net_amount, status, payee, reference, rejection_reason, requested_by, decided_by, decided_at, created_at"

/**
 * Holds `amount` of the available balance for a withdrawal: one conditional UPDATE
 * (`WHERE available_amount >= amount`) on the locked account, so that however many requests race, their
 * sum never exceeds what was available (`insufficient_balance` for the others).
 */
export async function requestWithdrawal(
  knex: Db,
  input: RequestWithdrawalInput & { fee: string; net_amount: string }
): Promise<WithdrawalRow> {
  const account = await lockAccount(knex, input.customer_id, input.currency_code)
  const held = await one<{ id: string }>(
    knex,
    `UPDATE commission_account SET ${addTo("available_amount")}, ${addTo("withdrawing_amount")}, updated_at = now()
     WHERE id = ? AND available_amount >= ?::numeric RETURNING id`,
    [MathBN.mult(input.amount, -1).toString(), MathBN.mult(input.amount, -1).toString(), input.amount, input.amount, account.id, input.amount]
  )
  if (!held) {
    throw refused(
      "insufficient_balance",
      `Available ${account.available_amount} ${input.currency_code.toUpperCase()}, a withdrawal of ${input.amount} was requested`
    )
  }
  return (await one<WithdrawalRow>(
    knex,
    `INSERT INTO commission_withdrawal (id, customer_id, leader_id, currency_code, amount, raw_amount, fee, raw_fee,
       net_amount, raw_net_amount, status, payee, requested_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'requested', ?, ?) RETURNING ${WITHDRAWAL_COLUMNS}`,
    [
      generateEntityId(undefined, "cwd"),
      input.customer_id,
      input.leader_id,
      input.currency_code.toLowerCase(),
      input.amount,
      raw(input.amount),
      input.fee,
      raw(input.fee),
      input.net_amount,
      raw(input.net_amount),
      input.payee ?? null,
      input.requested_by,
    ]
  ))!
}

/**
 * Finance's decision on a requested withdrawal, exactly once (conditional UPDATE on `status = 'requested'`):
 * paid → the held amount moves from withdrawing to withdrawn; rejected → back to available.
 */
export async function decideWithdrawal(knex: Db, input: DecideWithdrawalInput & { now: Date }): Promise<WithdrawalRow> {
  await knex.raw("SET LOCAL lock_timeout = '10s'")
  const decided = await one<WithdrawalRow>(
    knex,
    `UPDATE commission_withdrawal SET status = ?, reference = ?, rejection_reason = ?, decided_by = ?, decided_at = ?, updated_at = now()
     WHERE id = ? AND status = 'requested' AND deleted_at IS NULL RETURNING ${WITHDRAWAL_COLUMNS}`,
    [
      input.decision,
      input.decision === "paid" ? input.reference ?? null : null,
      input.decision === "rejected" ? input.reason ?? null : null,
      input.decided_by,
      input.now,
      input.id,
    ]
  )
  if (!decided) {
    const existing = await one<{ status: string }>(knex, "SELECT status FROM commission_withdrawal WHERE id = ? AND deleted_at IS NULL", [input.id])
    if (!existing) {
      throw notFound("withdrawal_not_found", `Withdrawal ${input.id} was not found`)
    }
    throw conflict("withdrawal_already_decided", `Withdrawal ${input.id} is already ${existing.status}`)
  }
  const account = await lockAccount(knex, decided.customer_id, decided.currency_code)
  const negative = MathBN.mult(decided.amount, -1)
  await moveBuckets(
    knex,
    account.id,
    input.decision === "paid"
      ? { withdrawing: negative, withdrawn: decided.amount }
      : { withdrawing: negative, available: decided.amount }
  )
  return decided
}

import { MathBN } from "@medusajs/framework/utils"
import { monotonicEntityId } from "../../../lib/ids"
import type { AccrualInput, EntryRow, EntryStatus } from "../types"
import { type Db, one, raw, rows } from "./db"

export const ENTRY_COLUMNS =
  "id, beneficiary_id, leader_id, order_id, line_item_id, product_id, customer_id, kind, type, amount, base_amount, rate, rule_id, currency_code, status, reverses_id, reference, available_at, created_at"

/** Inserts an accrual unless (line item, beneficiary, kind) already has one; returns it only when new. */
export async function insertAccrual(
  knex: Db,
  order: { order_id: string; customer_id: string | null; currency_code: string },
  e: AccrualInput
): Promise<EntryRow | undefined> {
  return one<EntryRow>(
    knex,
    `INSERT INTO commission_entry (id, beneficiary_id, leader_id, order_id, line_item_id, product_id, customer_id, kind, type,
       amount, raw_amount, base_amount, raw_base_amount, rate, raw_rate, rule_id, currency_code, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'accrual', ?, ?, ?, ?, ?, ?, ?, ?, 'pending')
     ON CONFLICT (line_item_id, beneficiary_id, kind) WHERE type = 'accrual' AND deleted_at IS NULL DO NOTHING
     RETURNING ${ENTRY_COLUMNS}`,
    [
      monotonicEntityId("cent"),
      e.beneficiary_id,
      e.leader_id,
      order.order_id,
      e.line_item_id,
      e.product_id,
      order.customer_id,
      e.kind,
      e.amount,
      raw(e.amount),
      e.base_amount,
      raw(e.base_amount),
      e.rate,
      raw(e.rate),
      e.rule_id,
      order.currency_code,
    ]
  )
}

/** Inserts the reversal of part of an accrual; unique by (accrual, reference), so a replay inserts nothing. */
export async function insertReversal(
  knex: Db,
  accrual: EntryRow,
  amount: string,
  reference: string,
  status: EntryStatus,
  now: Date,
  metadata: Record<string, unknown>
): Promise<EntryRow | undefined> {
  const negative = MathBN.mult(amount, -1).toString()
  return one<EntryRow>(
    knex,
    `INSERT INTO commission_entry (id, beneficiary_id, leader_id, order_id, line_item_id, product_id, customer_id, kind, type,
       amount, raw_amount, base_amount, raw_base_amount, rate, raw_rate, rule_id, currency_code, status, reverses_id, reference,
       available_at, metadata)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'reversal', ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (reverses_id, reference) WHERE type = 'reversal' AND deleted_at IS NULL DO NOTHING
     RETURNING ${ENTRY_COLUMNS}`,
    [
      monotonicEntityId("cent"),
      accrual.beneficiary_id,
      accrual.leader_id,
      accrual.order_id,
      accrual.line_item_id,
      accrual.product_id,
      accrual.customer_id,
      accrual.kind,
      negative,
      raw(negative),
      accrual.base_amount,
      raw(accrual.base_amount),
      accrual.rule_id,
      accrual.currency_code,
      status,
      accrual.id,
      reference,
      status === "available" ? now : null,
      JSON.stringify(metadata),
    ]
  )
}

/** An order's accruals with what has been reversed of each so far. */
export async function accrualsOf(knex: Db, orderId: string): Promise<(EntryRow & { reversed: string })[]> {
  return rows<EntryRow & { reversed: string }>(
    knex,
    `SELECT ${ENTRY_COLUMNS.split(", ").map((c) => `a.${c}`).join(", ")},
       COALESCE((SELECT -SUM(r.amount) FROM commission_entry r WHERE r.reverses_id = a.id AND r.type = 'reversal'), 0) AS reversed
     FROM commission_entry a WHERE a.order_id = ? AND a.type = 'accrual'
     ORDER BY a.created_at, a.id`,
    [orderId]
  )
}

export async function entriesOfOrder(knex: Db, orderId: string): Promise<EntryRow[]> {
  return rows<EntryRow>(knex, `SELECT ${ENTRY_COLUMNS} FROM commission_entry WHERE order_id = ? ORDER BY created_at, id`, [orderId])
}

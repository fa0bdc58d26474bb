import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import { settleDueCommissions } from "../../../src/workflows/commission/jobs"
import { type Api, createStoreCustomer, type Headers } from "../../helpers/auth"
import { TEST_ADDRESS } from "../../helpers/checkout"
import { paymentOf } from "../loyalty/fixtures"
import { approvedLeader } from "../leaders/helpers"
import { payAndComplete } from "../pickup-orders/helpers"

export { failure, variantIdsBySku, withoutSeededRegisterGifts, createTemplate, claim, applyCoupon } from "../coupons/fixtures"
export { completeOrders, paymentOf, sql } from "../loyalty/fixtures"
export { approvedLeader, expectError } from "../leaders/helpers"

/** Near 翠苑一区, where approvedLeader's proposed point is (30.2901, 120.1251, 2 km radius). */
export const CUIYUAN = { latitude: 30.2895, longitude: 120.1235 }

const bus = (container: MedusaContainer) => container.resolve(Modules.EVENT_BUS)

/** Default rates of every spec here (a default rule newer than the seeded one wins): 5% / 3% / 1%. */
export async function defaultRule(api: Api, admin: Headers, rates = { pickup_rate: 5, referral_l1_rate: 3, referral_l2_rate: 1 }) {
  return (await api.post("/admin/commissions/rules", { scope: "default", ...rates, note: "spec default" }, admin)).data.rule
}

export async function rule(api: Api, admin: Headers, body: Record<string, unknown>) {
  return (await api.post("/admin/commissions/rules", body, admin)).data.rule as { id: string }
}

/** A customer registered through the Store API; with `code`, bound to the code's owner (invite a friend). */
export async function customer(api: Api, publishableKey: string, code?: string) {
  const c = await createStoreCustomer(api, publishableKey)
  if (code) {
    await api.post("/store/referrals/bind", { code }, c.headers)
  }
  const me = await api.get("/store/commissions/me", c.headers)
  return { ...c, code: me.data.referral.code as string }
}

/** A leader (approved application, admin login) who was invited by `code` first, when given. */
export async function leader(api: Api, publishableKey: string, admin: Headers, code?: string) {
  const l = await approvedLeader(api, publishableKey, admin)
  if (code) {
    await api.post("/store/referrals/bind", { code }, l.customer.headers)
  }
  return l
}

/** A cart with lines `[variant id, quantity]` and the test address. */
async function cartWith(api: Api, headers: Headers, regionId: string, lines: [string, number][]) {
  const cart = await api.post("/store/carts", { region_id: regionId, shipping_address: TEST_ADDRESS }, headers)
  for (const [variant_id, quantity] of lines) {
    await api.post(`/store/carts/${cart.data.cart.id}/line-items`, { variant_id, quantity }, headers)
  }
  return cart.data.cart.id as string
}

/** Store checkout collected at a pickup point (waits for the order.placed subscribers: pickup order, binding). */
export async function buyAtPoint(
  container: MedusaContainer,
  api: Api,
  headers: Headers,
  o: { regionId: string; pointId: string; lines: [string, number][]; beforePayment?: (cartId: string) => Promise<unknown> }
) {
  const cartId = await cartWith(api, headers, o.regionId, o.lines)
  await api.post(`/store/carts/${cartId}/pickup`, { pickup_point_id: o.pointId, ...CUIYUAN }, headers)
  await o.beforePayment?.(cartId)
  return payAndComplete(container, api, headers, cartId)
}

/** Store checkout with express delivery (no pickup point). */
export async function buyDelivered(container: MedusaContainer, api: Api, headers: Headers, o: { regionId: string; lines: [string, number][] }) {
  const cartId = await cartWith(api, headers, o.regionId, o.lines)
  const options = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
  const express = options.data.shipping_options.find((s: { type?: { code?: string } }) => s.type?.code === "express")
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: express.id }, headers)
  return payAndComplete(container, api, headers, cartId)
}

/** Captures the order's payment as an operator and waits for the payment.captured subscribers. */
export async function capture(container: MedusaContainer, api: Api, admin: Headers, orderId: string) {
  const { payment, total } = await paymentOf(container, orderId)
  const done = TestEventUtils.waitSubscribersExecution("payment.captured", bus(container))
  await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
  await done
  return { paymentId: payment.id as string, total }
}

/** Refunds part of a captured payment as an operator and waits for the payment.refunded subscribers. */
export async function refund(container: MedusaContainer, api: Api, admin: Headers, paymentId: string, amount: number) {
  const done = TestEventUtils.waitSubscribersExecution("payment.refunded", bus(container))
  await api.post(`/admin/payments/${paymentId}/refund`, { amount }, admin)
  await done
}

/** The order's commission as the order page widget shows it: `[kind, beneficiary, amount, status]` per entry. */
export async function orderCommission(api: Api, admin: Headers, orderId: string) {
  const res = await api.get(`/admin/commissions/orders/${orderId}`, admin)
  return {
    ...res.data,
    rows: (res.data.entries as { kind: string; beneficiary_id: string; amount: number; status: string; type: string }[]).map((e) => [
      e.type,
      e.kind,
      e.beneficiary_id,
      e.amount,
      e.status,
    ]),
  }
}

/** Runs the daily settlement at `now` (the job's own function with an explicit clock). */
export async function settle(container: MedusaContainer, now: Date) {
  return settleDueCommissions(container, now)
}

/** One beneficiary's buckets, and the invariant: buckets = ledger and withdrawals (to the fen). */
export async function balanceOf(container: MedusaContainer, customerId: string) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const res = await pg.raw(
    `SELECT a.pending_amount AS pending, a.available_amount AS available, a.withdrawing_amount AS withdrawing, a.withdrawn_amount AS withdrawn,
       (SELECT COALESCE(SUM(amount), 0) FROM commission_entry e WHERE e.beneficiary_id = a.customer_id AND e.status = 'pending') AS l_pending,
       (SELECT COALESCE(SUM(amount), 0) FROM commission_entry e WHERE e.beneficiary_id = a.customer_id AND e.status = 'available') AS l_available,
       (SELECT COALESCE(SUM(amount), 0) FROM commission_withdrawal w WHERE w.customer_id = a.customer_id AND w.status IN ('requested', 'paid')) AS w_held
     FROM commission_account a WHERE a.customer_id = ? AND a.currency_code = 'cny'`,
    [customerId]
  )
  const row = res.rows[0]
  if (!row) return { pending: 0, available: 0, withdrawing: 0, withdrawn: 0 }
  expect(Number(row.pending)).toBeCloseTo(Number(row.l_pending), 10)
  expect(Number(row.available)).toBeCloseTo(Number(row.l_available) - Number(row.w_held), 10)
  return { pending: Number(row.pending), available: Number(row.available), withdrawing: Number(row.withdrawing), withdrawn: Number(row.withdrawn) }
}

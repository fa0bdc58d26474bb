import type { Api, Headers } from "../../integration-tests/helpers/auth"
import { createStoreCustomer } from "../../integration-tests/helpers/auth"
import { createCart, TEST_ADDRESS } from "../../integration-tests/helpers/checkout"
import { approvedLeader } from "../../integration-tests/http/leaders/helpers"
import { e2eApi, eventually, operatorHeaders, regionId, shopHeaders } from "./api"
import { medusaExec, readState } from "./server"

/**
 * Preconditions of the browser scenarios, set up through the HTTP API as a storefront, a leader and an
 * operator would (never by clicking): a leader, orders collected at their point, a community deal that
 * succeeds with one unit (so it has a group, a delivery batch and a pickup code), a funded commission balance.
 */

// Next to the point approvedLeader proposes (翠苑一区东门, 2 km radius).
export const CUIYUAN = { latitude: 30.2895, longitude: 120.1235 }
const DAY = 24 * 3600 * 1000

export type Buyer = Awaited<ReturnType<typeof createStoreCustomer>>
export type Leader = Awaited<ReturnType<typeof approvedLeader>>

export async function leader(api: Api = e2eApi()): Promise<Leader> {
  return approvedLeader(api, readState().publishableKey, await operatorHeaders(api))
}

export async function buyer(api: Api, names: { first_name?: string; last_name?: string } = {}): Promise<Buyer> {
  return createStoreCustomer(api, readState().publishableKey, names)
}

/** A seeded product's id and one variant's id (by SKU). */
export async function product(api: Api, handle: string, sku: string) {
  const res = await api.get(`/store/products?handle=${handle}&fields=id,title,variants.id,variants.sku`, shopHeaders())
  const p = res.data.products[0]
  return { productId: p.id as string, title: p.title as string, variantId: p.variants.find((v: { sku: string }) => v.sku === sku).id as string }
}

async function payAndComplete(api: Api, headers: Headers, cartId: string) {
  const pc = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(`/store/payment-collections/${pc.data.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
  const done = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
  if (done.data.type !== "order") throw new Error(`cart ${cartId} did not complete: ${JSON.stringify(done.data)}`)
  return done.data.order as { id: string; display_id: number; total: number; items: { id: string; product_id: string }[] }
}

/** The customer's pickup code, once the order.placed subscriber issued it. */
export async function pickupCode(api: Api, customer: Buyer, orderId: string): Promise<string> {
  return eventually(
    async () => (await api.get(`/store/orders/${orderId}/pickup`, customer.headers)).data.pickup.code,
    `the pickup code of order ${orderId}`
  )
}

/** A plain order of `quantity` × a variant, collected at a pickup point (Store API checkout). */
export async function pickupOrder(api: Api, customer: Buyer, pointId: string, variantId: string, quantity = 1) {
  const cart = await api.post("/store/carts", { region_id: await regionId(api), shipping_address: TEST_ADDRESS }, customer.headers)
  const cartId = cart.data.cart.id
  await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity }, customer.headers)
  await api.post(`/store/carts/${cartId}/pickup`, { pickup_point_id: pointId, ...CUIYUAN }, customer.headers)
  return payAndComplete(api, customer.headers, cartId)
}

/**
 * An active community deal (社区团购) on a seeded variant whose first tier is one unit: the first order at a
 * point makes that point's group succeed at once (captured, pickup code issued, delivery batch created).
 */
export async function oneUnitCommunityDeal(api: Api, title: string, p: { productId: string; variantId: string }) {
  const now = Date.now()
  const res = await api.post(
    "/admin/group-buy/campaigns",
    {
      title,
      kind: "community",
      product_id: p.productId,
      variant_ids: [p.variantId],
      max_per_group: 100,
      cutoff_time: "22:00",
      starts_at: new Date(now - DAY).toISOString(),
      ends_at: new Date(now + 7 * DAY).toISOString(),
      tiers: [{ currency_code: "cny", threshold: 1, price: 9.9 }],
      status: "active",
    },
    await operatorHeaders(api)
  )
  return res.data.campaign as { id: string; title: string }
}

/** A customer's order into a community deal at a point; resolves once its group succeeded and the batch exists. */
export async function communityOrder(api: Api, customer: Buyer, campaignId: string, variantId: string, pointId: string, quantity = 1) {
  const cart = await createCart(api, customer.headers, await regionId(api), customer.email)
  await api.post(`/store/group-buy/campaigns/${campaignId}/open`, { cart_id: cart.id, variant_id: variantId, quantity, pickup_point_id: pointId }, customer.headers)
  await api.post(`/store/carts/${cart.id}/pickup`, { pickup_point_id: pointId, ...CUIYUAN }, customer.headers)
  const order = await payAndComplete(api, customer.headers, cart.id)
  const admin = await operatorHeaders(api)
  const view = await eventually(async () => {
    const res = await api.get(`/admin/group-buy/orders/${order.id}`, admin)
    return res.data.group?.status === "succeeded" ? res.data : null
  }, `the group of order ${order.id} to succeed`)
  const batch = await eventually(async () => {
    const res = await api.get(`/admin/delivery-batches?pickup_point_id=${pointId}`, admin)
    return res.data.delivery_batches?.[0] ?? null
  }, `the delivery batch at point ${pointId}`)
  return { order, groupId: view.group.id as string, batchId: batch.id as string }
}

/**
 * A leader with commission available to withdraw: a rule of 100% for them; a neighbour buys 2 units of a one-unit
 * community deal at their point (the group succeeds at once: payment captured, commission accrued, pickup code
 * issued, a delivery batch at the point); the leader hands the order over (code verified through the API) and the
 * commission is settled at its settlement date by the daily job's own function (`medusa exec`, e2e/support/exec).
 */
export async function fundedLeader(api: Api, dealTitle: string, p: { productId: string; variantId: string }) {
  const admin = await operatorHeaders(api)
  const l = await leader(api)
  await api.post("/admin/commissions/rules", { scope: "leader", target_id: l.leader.id, pickup_rate: 100, note: "e2e" }, admin)
  const deal = await oneUnitCommunityDeal(api, dealTitle, p)
  const neighbour = await buyer(api, { first_name: "邻居", last_name: "张" })
  const bought = await communityOrder(api, neighbour, deal.id, p.variantId, l.pickupPoint.id, 2)
  await eventually(async () => ((await api.get(`/admin/commissions/orders/${bought.order.id}`, admin)).data.entries.length ? true : null), "the order's commission")
  const code = await pickupCode(api, neighbour, bought.order.id)
  await api.post("/admin/leader/pickup-codes/verify", { code }, l.adminHeaders)
  const commission = await eventually(async () => {
    const res = await api.get(`/admin/commissions/orders/${bought.order.id}`, admin)
    return res.data.commission?.settle_at ? res.data.commission : null
  }, `order ${bought.order.id} received (its settlement date)`)
  await medusaExec("settle-commissions.js", [new Date(commission.settle_at).toISOString()])
  const summary = await api.get("/admin/leader/commissions", l.adminHeaders)
  const available = Number(summary.data.balances[0]?.available ?? 0)
  if (!(available > 0)) throw new Error(`leader ${l.leader.id} has nothing available after settlement: ${JSON.stringify(summary.data)}`)
  return { leader: l, deal, neighbour, ...bought, available, settleAt: new Date(commission.settle_at) }
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import type { Api, Headers } from "../../helpers/auth"
import { createCart, TEST_ADDRESS } from "../../helpers/checkout"

export { failure, variantIdsBySku, withoutSeededRegisterGifts } from "../coupons/fixtures"

/** Raw SQL against the suite's database (ledger invariants, moving dates). */
export async function sql<T = Record<string, any>>(container: MedusaContainer, query: string, bindings: unknown[] = []): Promise<T[]> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const res = await pg.raw(query, bindings as readonly (string | number | boolean | Date | null)[])
  return res.rows as T[]
}

/** The invariant: cached balance = sum of entries = sum of open lots, never negative. Returns the balance. */
export async function expectConsistentLedger(container: MedusaContainer, customerId: string): Promise<number> {
  const [row] = await sql<{ balance: number; entries: string; lots: string }>(
    container,
    `SELECT a.balance,
       (SELECT COALESCE(SUM(delta), 0) FROM loyalty_entry WHERE customer_id = a.customer_id) AS entries,
       (SELECT COALESCE(SUM(remaining), 0) FROM loyalty_lot WHERE customer_id = a.customer_id) AS lots
     FROM loyalty_account a WHERE a.customer_id = ?`,
    [customerId]
  )
  expect(row.balance).toBeGreaterThanOrEqual(0)
  expect(Number(row.entries)).toBe(row.balance)
  expect(Number(row.lots)).toBe(row.balance)
  return row.balance
}

export async function balanceOf(api: Api, customer: Headers): Promise<number> {
  return (await api.get("/store/loyalty/balance", customer)).data.balance
}

/** Gives a customer points through the admin adjustment (as an operator would). */
export async function grantPoints(api: Api, admin: Headers, customerId: string, points: number, reason = "test grant") {
  const res = await api.post(`/admin/loyalty/customers/${customerId}/adjust`, { points, reason }, admin)
  return res.data as { entry: { id: string }; balance: number }
}

/** A customer's cart with these variants (quantity 1), address set. */
export async function cartWithVariants(api: Api, customer: Headers, regionId: string, variantIds: string[], email: string) {
  const cart = await createCart(api, customer, regionId, email)
  for (const variant_id of variantIds) {
    await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 }, customer)
  }
  return cart.id as string
}

/** Express shipping on the cart. */
export async function addShipping(api: Api, customer: Headers, cartId: string, email: string) {
  await api.post(`/store/carts/${cartId}`, { email, shipping_address: TEST_ADDRESS }, customer)
  const options = await api.get(`/store/shipping-options?cart_id=${cartId}`, customer)
  const express = options.data.shipping_options.find((o: { type?: { code?: string } }) => o.type?.code === "express")
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: express.id }, customer)
}

/** Payment collection and a system-provider session for the cart's current total. */
export async function addPayment(api: Api, customer: Headers, cartId: string) {
  const pc = await api.post("/store/payment-collections", { cart_id: cartId }, customer)
  await api.post(
    `/store/payment-collections/${pc.data.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    customer
  )
}

/** Completes the cart; resolves to the response (also a refusal's). */
export async function complete(api: Api, customer: Headers, cartId: string) {
  return api.post(`/store/carts/${cartId}/complete`, {}, customer).catch((e: any) => e.response)
}

/** Completes orders as an operator and waits for every order.completed subscriber. */
export async function completeOrders(container: MedusaContainer, api: Api, admin: Headers, orderIds: string[]) {
  const done = TestEventUtils.waitSubscribersExecution("order.completed", container.resolve(Modules.EVENT_BUS), {
    triggerCount: orderIds.length,
  })
  for (const id of orderIds) {
    await api.post(`/admin/orders/${id}/complete`, {}, admin)
  }
  await done
}

/** The order's (single) payment. */
export async function paymentOf(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "total", "payment_collections.payments.id", "payment_collections.payments.amount"],
    filters: { id: orderId },
  })
  return { total: Number(data[0].total), payment: data[0].payment_collections![0]!.payments![0]! }
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import type { Api, Headers } from "../../helpers/auth"
import { TEST_ADDRESS } from "../../helpers/checkout"

/** Variant id of a seeded SKU. */
export async function variantId(api: Api, headers: Headers, handle: string, sku: string) {
  const res = await api.get(`/store/products?handle=${handle}&fields=variants.id,variants.sku`, headers)
  return res.data.products[0].variants.find((v: { sku: string }) => v.sku === sku).id as string
}

/** A cart with one item and the customer's address, ready for a shipping method. */
export async function cartWithItem(api: Api, headers: Headers, regionId: string, variant: string, quantity = 1) {
  const cart = await api.post("/store/carts", { region_id: regionId, shipping_address: TEST_ADDRESS }, headers)
  await api.post(`/store/carts/${cart.data.cart.id}/line-items`, { variant_id: variant, quantity }, headers)
  return cart.data.cart.id as string
}

/** Payment with the system provider and completion; waits for the order.placed subscribers. */
export async function payAndComplete(container: MedusaContainer, api: Api, headers: Headers, cartId: string) {
  const pc = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(
    `/store/payment-collections/${pc.data.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    headers
  )
  const placed = TestEventUtils.waitSubscribersExecution("order.placed", container.resolve(Modules.EVENT_BUS))
  const res = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
  if (res.data.type !== "order") {
    throw new Error(`cart ${cartId} did not complete: ${JSON.stringify(res.data)}`)
  }
  await placed
  return res.data.order as { id: string; display_id: number; shipping_methods: { data: Record<string, unknown> }[] }
}

/** The whole Store API checkout of one item collected at a pickup point. */
export async function pickupCheckout(
  container: MedusaContainer,
  api: Api,
  headers: Headers,
  o: { regionId: string; variant: string; pointId: string; at: { latitude: number; longitude: number }; quantity?: number }
) {
  const cartId = await cartWithItem(api, headers, o.regionId, o.variant, o.quantity)
  await api.post(`/store/carts/${cartId}/pickup`, { pickup_point_id: o.pointId, ...o.at }, headers)
  return payAndComplete(container, api, headers, cartId)
}

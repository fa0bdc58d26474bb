import type { Api, Headers } from "./auth"

export const TEST_ADDRESS = {
  first_name: "小明",
  last_name: "王",
  address_1: "西湖区文三路259号",
  city: "杭州",
  province: "浙江",
  postal_code: "310012",
  country_code: "cn",
  phone: "13800138000",
}

/** Creates a cart in the region, optionally for a logged-in customer (their headers). */
export async function createCart(api: Api, headers: Headers, regionId: string, email?: string) {
  const res = await api.post(
    "/store/carts",
    { region_id: regionId, ...(email ? { email } : {}), shipping_address: TEST_ADDRESS },
    headers
  )
  return res.data.cart
}

/**
 * Takes a cart that already has its items to an order through the Store API, exactly as a storefront
 * does: email and address, a shipping method, a payment collection, a session with the given provider,
 * then `POST /store/carts/:id/complete`. Returns the raw completion response.
 */
export async function completeCheckout(
  api: Api,
  headers: Headers,
  cartId: string,
  {
    email = "guest@test.local",
    shippingOptionCode = "express",
    providerId = "pp_system_default",
  }: { email?: string; shippingOptionCode?: string; providerId?: string } = {}
) {
  await api.post(`/store/carts/${cartId}`, { email, shipping_address: TEST_ADDRESS }, headers)
  const options = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
  const option = options.data.shipping_options.find(
    (o: { type?: { code?: string } }) => o.type?.code === shippingOptionCode
  )
  if (!option) {
    throw new Error(`no shipping option with type code ${shippingOptionCode} for cart ${cartId}`)
  }
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, headers)
  const pc = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(
    `/store/payment-collections/${pc.data.payment_collection.id}/payment-sessions`,
    { provider_id: providerId },
    headers
  )
  return api.post(`/store/carts/${cartId}/complete`, {}, headers)
}

/** Cart → item → checkout for one variant; returns the placed order. */
export async function buyVariant(
  api: Api,
  headers: Headers,
  { regionId, variantId, quantity = 1, email }: { regionId: string; variantId: string; quantity?: number; email?: string }
) {
  const cart = await createCart(api, headers, regionId, email)
  await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity }, headers)
  const res = await completeCheckout(api, headers, cart.id, { email })
  if (res.data.type !== "order") {
    throw new Error(`checkout of cart ${cart.id} did not place an order: ${JSON.stringify(res.data)}`)
  }
  return res.data.order
}

import type { Api, Headers } from "../../helpers/auth"
import { buyVariant } from "../../helpers/checkout"

/** A customer's order of one variant, and its line. */
export async function orderedLine(api: Api, customer: { headers: Headers; email: string }, regionId: string, variantId: string) {
  const order = await buyVariant(api, customer.headers, { regionId, variantId, email: customer.email })
  return { order, line: order.items[0] as { id: string; product_id: string } }
}

/** The operator completes the order (delivered and done): the customer has received it. */
export async function complete(api: Api, admin: Headers, orderId: string) {
  await api.post(`/admin/orders/${orderId}/complete`, {}, admin)
}

export const review = (api: Api, customer: Headers, body: Record<string, unknown>) => api.post("/store/reviews", body, customer)

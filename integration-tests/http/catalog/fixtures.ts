import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { Api, Headers } from "../../helpers/auth"

/** Product ids by handle (data/products.json). */
export async function productIdsByHandle(container: MedusaContainer): Promise<Record<string, string>> {
  const products = await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id", "handle"], take: null })
  return Object.fromEntries(products.map((p) => [p.handle, p.id]))
}

/** GET /store/catalog/products with a query string; returns the body. */
export async function browse(api: Api, headers: Headers, query: Record<string, string | number | boolean | string[]> = {}) {
  const qs = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    for (const one of Array.isArray(v) ? v : [v]) qs.append(k, String(one))
  }
  const res = await api.get(`/store/catalog/products?${qs.toString()}`, headers)
  return res.data as { products: any[]; count: number; offset: number; limit: number; sort: string }
}

export const handles = (products: { handle: string }[]) => products.map((p) => p.handle)

/** A published product through the Admin API (one variant, unmanaged stock unless told otherwise). */
export async function createProduct(
  api: Api,
  admin: Headers,
  input: { title: string; handle: string; price: number; salesChannelId: string; shippingProfileId?: string; categoryId?: string }
) {
  const res = await api.post(
    "/admin/products",
    {
      title: input.title,
      handle: input.handle,
      status: "published",
      options: [{ title: "规格", values: ["默认"] }],
      variants: [{ title: "默认", manage_inventory: false, options: { 规格: "默认" }, prices: [{ currency_code: "cny", amount: input.price }] }],
      sales_channels: [{ id: input.salesChannelId }],
      ...(input.categoryId ? { categories: [{ id: input.categoryId }] } : {}),
      ...(input.shippingProfileId ? { shipping_profile_id: input.shippingProfileId } : {}),
    },
    admin
  )
  return res.data.product as { id: string; variants: { id: string }[] }
}

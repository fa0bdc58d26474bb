import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type ProductCard = { id: string; title: string; handle: string | null; thumbnail: string | null; status: string }

/**
 * What a list of favourites or viewed products shows of each product, in one query (translated when the request
 * carries a locale). A deleted product has no card: the storefront shows it as gone.
 */
export async function productCards(container: MedusaContainer, ids: string[], locale?: string): Promise<Map<string, ProductCard>> {
  if (!ids.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "product", fields: ["id", "title", "handle", "thumbnail", "status"], filters: { id: ids } },
    locale ? { locale } : undefined
  )
  return new Map(
    data.map((p) => [
      p.id,
      { id: p.id, title: p.title, handle: p.handle ?? null, thumbnail: p.thumbnail ?? null, status: String(p.status) },
    ])
  )
}

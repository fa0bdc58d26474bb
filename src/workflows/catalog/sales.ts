import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { CATALOG_MODULE } from "../../modules/catalog"
import type CatalogModuleService from "../../modules/catalog/service"

export const catalogService = (container: MedusaContainer) => container.resolve<CatalogModuleService>(CATALOG_MODULE)

/** Counts a placed order's items in the best-selling and bought-together counters (once per order). */
export async function recordOrderSales(container: MedusaContainer, orderId: string): Promise<boolean> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    // An order item's quantity lives in its detail (order_item): ask for it, or it is left out.
    fields: ["id", "items.product_id", "items.quantity", "items.detail.quantity"],
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order) {
    return false
  }
  const lines = (order.items ?? []).map((i) => ({
    product_id: i?.product_id ?? null,
    quantity: MathBN.convert(i?.quantity ?? i?.detail?.quantity ?? 0).toNumber(),
  }))
  return catalogService(container).recordOrderSales(
    order.id,
    lines.filter((l): l is { product_id: string; quantity: number } => !!l.product_id)
  )
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { REVIEW_MODULE } from "../../modules/review"
import type ReviewModuleService from "../../modules/review/service"
import { catalogService } from "./sales"

export type ProductStats = { units_sold: number; rating: { average: number | null; count: number } }

/** Units sold (catalog counters) and the approved-review rating of each product, two queries for a page. */
export async function productStats(container: MedusaContainer, productIds: string[]): Promise<Map<string, ProductStats>> {
  const [sales, ratings] = await Promise.all([
    catalogService(container).getProductSales(productIds),
    container.resolve<ReviewModuleService>(REVIEW_MODULE).getRatingSummaries(productIds),
  ])
  return new Map(
    productIds.map((id) => [
      id,
      {
        units_sold: sales.get(id)?.units_sold ?? 0,
        rating: { average: ratings.get(id)?.average ?? null, count: ratings.get(id)?.count ?? 0 },
      },
    ])
  )
}

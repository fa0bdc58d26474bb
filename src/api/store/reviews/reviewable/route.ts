import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reviewService } from "../../../../workflows/review/utils/review-service"

const RECENT_ORDERS = 50

/** GET /store/reviews/reviewable: lines of my last 50 received orders that I have not reviewed yet (待评价). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "updated_at", "items.id", "items.product_id", "items.variant_id", "items.product_title", "items.variant_title", "items.thumbnail"],
    filters: { customer_id: req.auth_context.actor_id, status: "completed" },
    pagination: { take: RECENT_ORDERS, order: { created_at: "DESC" } },
  })
  const lines = orders.flatMap((o) =>
    (o.items ?? []).flatMap((i) =>
      i?.product_id
        ? [
            {
              order_id: o.id,
              display_id: o.display_id ?? null,
              line_item_id: i.id,
              product_id: i.product_id,
              variant_id: i.variant_id ?? null,
              title: i.product_title ?? null,
              variant_title: i.variant_title ?? null,
              thumbnail: i.thumbnail ?? null,
              received_at: o.updated_at ? new Date(o.updated_at) : null,
            },
          ]
        : []
    )
  )
  const reviewed = await reviewService(req.scope).reviewedLineItems(lines.map((l) => l.line_item_id))
  const open = lines.filter((l) => !reviewed.has(l.line_item_id))
  res.json({ lines: open, count: open.length })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../../../lib/errors"
import { PICKUP_MODULE } from "../../../../../modules/pickup"
import type PickupModuleService from "../../../../../modules/pickup/service"
import type { PickupOrderDTO } from "../../../../../modules/pickup/types"
import { toPickupOrderView } from "../../../pickup-codes/helpers"

/** GET /admin/orders/:id/pickup: for the order page widget, the point, pickup status and verification log. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const service: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const [row] = (await service.listPickupOrders({ order_id: req.params.id })) as PickupOrderDTO[]
  if (!row) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id"], filters: { id: req.params.id } })
    if (!data.length) {
      throw notFound("order_not_found", `Order ${req.params.id} was not found`)
    }
    return res.json({ pickup: null })
  }
  const [point, verifications] = await Promise.all([
    service.listPickupPoints({ id: row.pickup_point_id }, { withDeleted: true }).then((p) => p[0] ?? null),
    service.listPickupVerifications({ order_id: req.params.id }, { order: { created_at: "DESC" }, take: 20 }),
  ])
  res.json({
    pickup: {
      ...toPickupOrderView(row),
      pickup_point: point ? { id: point.id, name: point.name, code: point.code, address: point.address } : null,
      verifications: verifications.map((v) => ({
        actor_id: v.actor_id,
        actor_kind: v.actor_kind,
        outcome: v.outcome,
        created_at: v.created_at,
      })),
    },
  })
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { PickupOrderDTO, PickupPointDTO } from "../../../modules/pickup/types"

/** What a customer sees of their pickup: the point, the status and, once issued, their own code. */
export async function toCustomerPickupViews(container: MedusaContainer, rows: PickupOrderDTO[]) {
  const service: PickupModuleService = container.resolve(PICKUP_MODULE)
  const pointIds = [...new Set(rows.map((r) => r.pickup_point_id))]
  const points = pointIds.length
    ? ((await service.listPickupPoints({ id: pointIds }, { withDeleted: true })) as PickupPointDTO[])
    : []
  return rows.map((r) => {
    const p = points.find((x) => x.id === r.pickup_point_id)
    return {
      order_id: r.order_id,
      status: r.status,
      code: r.status === "collectable" ? service.revealCode(r) : null,
      ready: !!r.ready_at,
      ready_at: r.ready_at,
      picked_up_at: r.picked_up_at,
      pickup_point: p
        ? {
            id: p.id,
            name: p.name,
            address: p.address,
            latitude: p.latitude,
            longitude: p.longitude,
            contact_phone: p.contact_phone,
            opening_hours: p.opening_hours,
          }
        : null,
    }
  })
}

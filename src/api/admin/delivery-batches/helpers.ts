import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { notFound } from "../../../lib/errors"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { DeliveryBatchDTO, PickupOrderDTO, PickupPointDTO } from "../../../modules/pickup/types"
import { nearestNeighbourRoute } from "../../../modules/pickup/utils/geo"
import { buildPickList } from "../../../modules/pickup/utils/pick-list"

const pointView = (p: PickupPointDTO | undefined) =>
  p ? { id: p.id, code: p.code, name: p.name, address: p.address, latitude: p.latitude, longitude: p.longitude, contact_phone: p.contact_phone } : null

/** Batches with their point and the number of live orders in each. */
export async function batchSummaries(container: MedusaContainer, batches: DeliveryBatchDTO[]) {
  const service: PickupModuleService = container.resolve(PICKUP_MODULE)
  if (!batches.length) return []
  const [points, orders] = await Promise.all([
    service.listPickupPoints({ id: [...new Set(batches.map((b) => b.pickup_point_id))] }, { withDeleted: true }),
    service.listPickupOrders(
      { delivery_batch_id: batches.map((b) => b.id), status: ["pending", "collectable", "picked_up"] },
      { select: ["id", "delivery_batch_id"], take: null }
    ),
  ])
  return batches.map((b) => ({
    ...b,
    pickup_point: pointView((points as PickupPointDTO[]).find((p) => p.id === b.pickup_point_id)),
    order_count: orders.filter((o) => o.delivery_batch_id === b.id).length,
  }))
}

/** One batch with its point, its live orders (number, customer, items) and its pick list. */
export async function batchDetail(container: MedusaContainer, id: string, pickupPointId?: string) {
  const service: PickupModuleService = container.resolve(PICKUP_MODULE)
  const [batch] = (await service.listDeliveryBatches({
    id,
    ...(pickupPointId ? { pickup_point_id: pickupPointId } : {}),
  })) as DeliveryBatchDTO[]
  if (!batch) {
    throw notFound("delivery_batch_not_found", `Delivery batch ${id} was not found`)
  }
  const pickupOrders = (await service.listPickupOrders(
    { delivery_batch_id: id, status: ["pending", "collectable", "picked_up"] },
    { take: null }
  )) as PickupOrderDTO[]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = pickupOrders.length
    ? await query.graph({
        entity: "order",
        fields: ["id", "display_id", "items.title", "items.variant_title", "items.variant_sku", "items.quantity", "items.detail.quantity", "shipping_address.first_name", "shipping_address.last_name", "shipping_address.phone"],
        filters: { id: pickupOrders.map((p) => p.order_id) },
      })
    : { data: [] as Record<string, any>[] }
  const items = (o: Record<string, any>) =>
    (o.items ?? []).map((i: Record<string, any>) => ({ sku: i.variant_sku ?? null, title: i.title, variant_title: i.variant_title, quantity: MathBN.convert(i.quantity ?? 0).toNumber() }))
  const [summary] = await batchSummaries(container, [batch])
  return {
    ...summary,
    pick_list: buildPickList(orders.map((o: Record<string, any>) => ({ id: o.id, items: items(o) }))),
    orders: pickupOrders.map((p) => {
      const o = orders.find((x: Record<string, any>) => x.id === p.order_id)
      return {
        order_id: p.order_id,
        display_id: o?.display_id ?? null,
        status: p.status,
        ready_at: p.ready_at,
        customer_name: [o?.shipping_address?.last_name, o?.shipping_address?.first_name].filter(Boolean).join(""),
        customer_phone: o?.shipping_address?.phone ?? null,
        items: o ? items(o) : [],
      }
    }),
  }
}

/** The warehouse the trucks leave from: the store's default stock location and its coordinates. */
export async function warehouse(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({ entity: "store", fields: ["default_location_id"] })
  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name", "metadata"],
    filters: stores[0]?.default_location_id ? { id: stores[0].default_location_id } : {},
  })
  const loc = locations.find((l: Record<string, any>) => Number.isFinite(Number(l.metadata?.latitude)))
  return loc
    ? { id: loc.id, name: loc.name, latitude: Number(loc.metadata!.latitude), longitude: Number(loc.metadata!.longitude) }
    : null
}

/** The driver's route for a delivery date: nearest neighbour from the warehouse through every batch's point. */
export async function routeSheet(container: MedusaContainer, deliveryDate: string) {
  const service: PickupModuleService = container.resolve(PICKUP_MODULE)
  const batches = (await service.listDeliveryBatches({ delivery_date: deliveryDate }, { take: null })) as DeliveryBatchDTO[]
  const summaries = (await batchSummaries(container, batches)).filter((b) => b.pickup_point && b.order_count > 0)
  const start = await warehouse(container)
  const stops = summaries.map((b) => ({ ...b.pickup_point!, batch_id: b.id, status: b.status, order_count: b.order_count }))
  const route = start ? nearestNeighbourRoute(start, stops) : stops.map((stop) => ({ stop, leg_m: 0, cumulative_m: 0 }))
  return {
    delivery_date: deliveryDate,
    warehouse: start,
    stops: route.map((r, i) => ({ position: i + 1, ...r.stop, leg_m: r.leg_m, cumulative_m: r.cumulative_m })),
    total_m: route.length ? route[route.length - 1].cumulative_m : 0,
  }
}

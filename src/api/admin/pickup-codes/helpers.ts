import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PickupOrderDTO } from "../../../modules/pickup/types"

/** A pickup order as staff see it: status and who/when, never the code or its hash. */
export function toPickupOrderView(p: PickupOrderDTO) {
  return {
    id: p.id,
    order_id: p.order_id,
    pickup_point_id: p.pickup_point_id,
    customer_id: p.customer_id,
    group_id: p.group_id,
    status: p.status,
    code_issued_at: p.code_issued_at,
    ready_at: p.ready_at,
    picked_up_at: p.picked_up_at,
    picked_up_by: p.picked_up_by,
    picked_up_by_kind: p.picked_up_by_kind,
    canceled_at: p.canceled_at,
    delivery_batch_id: p.delivery_batch_id,
    created_at: p.created_at,
  }
}

export const ORDER_SUMMARY_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "currency_code",
  "total",
  "items.id",
  "items.title",
  "items.variant_title",
  "items.variant_sku",
  "items.quantity",
  // An order item's quantity lives in its detail (order_item): ask for it, or it may be left out.
  "items.detail.quantity",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
]

/** What a leader needs to hand an order over: its number, items and who collects it. */
export async function orderSummaries(container: MedusaContainer, orderIds: string[]) {
  if (!orderIds.length) return new Map<string, Record<string, unknown>>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_SUMMARY_FIELDS, filters: { id: orderIds } })
  return new Map(
    data.map((o: Record<string, any>) => [
      o.id,
      {
        id: o.id,
        display_id: o.display_id,
        status: o.status,
        created_at: o.created_at,
        currency_code: o.currency_code,
        total: o.total,
        items: (o.items ?? []).map((i: Record<string, any>) => ({
          title: i.title,
          variant_title: i.variant_title,
          sku: i.variant_sku,
          quantity: i.quantity,
        })),
        customer_name: [o.shipping_address?.last_name, o.shipping_address?.first_name].filter(Boolean).join(""),
        customer_phone: o.shipping_address?.phone ?? null,
      },
    ])
  )
}

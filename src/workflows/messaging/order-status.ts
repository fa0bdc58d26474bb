import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyCustomer } from "../../lib/notify"

/** Order events and the template each one sends (all transactional: a customer cannot switch them off). */
export const ORDER_STATUS_TEMPLATES = [
  { event: "order.placed", template: "order.placed" },
  { event: "order.canceled", template: "order.canceled" },
  { event: "order.completed", template: "order.completed" },
  { event: "shipment.created", template: "order.shipped" },
  { event: "delivery.created", template: "order.delivered" },
] as const

export type OrderStatusTemplate = (typeof ORDER_STATUS_TEMPLATES)[number]["template"]

/**
 * Tells the order's customer about a status change, once per order and template (idempotency key), in the
 * customer's language (the order's locale is the hint when they saved none). Guest orders are told too,
 * at the order's e-mail. Extra data (tracking numbers) is merged in.
 */
export async function notifyOrderStatus(
  container: MedusaContainer,
  orderId: string,
  template: OrderStatusTemplate,
  extra: { key?: string; data?: Record<string, unknown> } = {}
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "customer_id", "locale", "currency_code", "total", "items.product_title", "items.title"],
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order?.email) {
    return null
  }
  const titles = [...new Set((order.items ?? []).map((i) => i?.product_title ?? i?.title).filter((t): t is string => !!t))]
  return notifyCustomer(container, {
    to: order.email,
    template,
    data: {
      order_id: order.id,
      display_id: order.display_id,
      total: Number(order.total),
      currency_code: order.currency_code,
      item_titles: titles.slice(0, 5),
      ...extra.data,
    },
    idempotencyKey: `${template}:${order.id}${extra.key ? `:${extra.key}` : ""}`,
    resourceType: "order",
    resourceId: order.id,
    customerId: order.customer_id ?? undefined,
    locale: order.locale,
  })
}

/** The order a fulfillment belongs to, and the tracking numbers of its labels. */
export async function fulfillmentOrder(container: MedusaContainer, fulfillmentId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: ["id", "order.id", "labels.tracking_number"],
    filters: { id: fulfillmentId },
  })
  const f = data[0]
  return f?.order?.id
    ? {
        order_id: f.order.id as string,
        tracking_numbers: (f.labels ?? []).map((l) => l?.tracking_number).filter((t): t is string => !!t),
      }
    : null
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Every customer-facing notification goes through here, into Medusa's Notification module (the local
 * provider logs it in development; a real SMS/e-mail/WeChat provider replaces it in production).
 *
 * `idempotencyKey` makes a retried subscriber or job send nothing twice: use the event and the entity,
 * e.g. `group_buy.succeeded:${memberId}`.
 */
export type CustomerNotification = {
  /** Where to send it: the customer's e-mail (or phone for an SMS provider). */
  to: string
  /** Template name, e.g. "group_buy.succeeded". */
  template: string
  /** Values the template renders. */
  data: Record<string, unknown>
  idempotencyKey: string
  resourceType?: string
  resourceId?: string
  customerId?: string
}

export async function notifyCustomer(container: MedusaContainer, n: CustomerNotification) {
  const notifications = container.resolve(Modules.NOTIFICATION)
  await notifications.createNotifications({
    to: n.to,
    channel: "feed",
    template: n.template,
    data: { ...n.data, ...(n.customerId ? { customer_id: n.customerId } : {}) },
    trigger_type: n.template,
    resource_type: n.resourceType,
    resource_id: n.resourceId,
    receiver_id: n.customerId,
    idempotency_key: n.idempotencyKey,
  })
}

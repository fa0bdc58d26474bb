import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MESSAGING_MODULE } from "../modules/messaging"
import type MessagingModuleService from "../modules/messaging/service"
import { templateDefinition } from "../modules/messaging/templates"
import { isOptionalCategory, type NotificationCategory, type NotificationLanguage } from "../modules/messaging/types"
import { renderMessage, templateLanguage } from "../modules/messaging/utils/render"
import { getStoreSettings } from "./store-settings"

/**
 * Every customer-facing notification goes through here, into Medusa's Notification module (channel
 * "feed"; Medusa's local provider logs it in development, a real SMS/e-mail/WeChat provider for that
 * channel replaces it in production).
 *
 * Behind the call: the template (src/modules/messaging/templates) is rendered in the customer's language
 * (their saved preference, else `metadata.locale` on the customer, else the `locale` hint, else zh-CN) and
 * handed to the provider as `content` { subject, text, html }; the rendered text is also kept in the stored
 * notification's `data.message` (the Store API's inbox reads it). A customer who switched off the
 * template's category gets nothing, unless the category is transactional (orders, pickups, refunds,
 * account security).
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
  /** A language hint when the customer has none saved, e.g. the order's locale ("en-US"). */
  locale?: string | null
}

export type NotifyResult =
  | { sent: true; template: string; language: NotificationLanguage; category: NotificationCategory }
  | { sent: false; template: string; reason: "opted_out"; category: NotificationCategory }

export async function notifyCustomer(container: MedusaContainer, n: CustomerNotification): Promise<NotifyResult> {
  const definition = templateDefinition(n.template)
  if (!definition) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`notify: no template "${n.template}"; sending its data unrendered`)
  }
  const category: NotificationCategory = definition?.category ?? "order_status"
  const prefs = await preferencesOf(container, n.customerId)
  if (isOptionalCategory(category) && prefs?.opted_out.includes(category)) {
    return { sent: false, template: n.template, reason: "opted_out", category }
  }
  const language = prefs?.language ?? templateLanguage(await customerLocale(container, n.customerId), n.locale)
  const message = renderMessage(definition, n.template, n.data, language, getStoreSettings().timeZone)
  const notifications = container.resolve(Modules.NOTIFICATION)
  await notifications.createNotifications({
    to: n.to,
    channel: "feed",
    template: n.template,
    data: {
      ...n.data,
      ...(n.customerId ? { customer_id: n.customerId } : {}),
      message: { language, category, subject: message.subject, text: message.text },
    },
    content: message,
    trigger_type: n.template,
    resource_type: n.resourceType,
    resource_id: n.resourceId,
    receiver_id: n.customerId,
    idempotency_key: n.idempotencyKey,
  })
  return { sent: true, template: n.template, language, category }
}

async function preferencesOf(container: MedusaContainer, customerId?: string) {
  if (!customerId || !container.hasRegistration(MESSAGING_MODULE)) {
    return null
  }
  return container.resolve<MessagingModuleService>(MESSAGING_MODULE).getPreferences(customerId)
}

async function customerLocale(container: MedusaContainer, customerId?: string): Promise<string | null> {
  if (!customerId) {
    return null
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "metadata"], filters: { id: customerId } })
  const locale = data[0]?.metadata?.locale
  return typeof locale === "string" ? locale : null
}

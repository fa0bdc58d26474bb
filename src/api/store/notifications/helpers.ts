import { encodeHtml } from "../../../lib/html"
import { NOTIFICATION_CATEGORIES, isOptionalCategory, type NotificationPreferences } from "../../../modules/messaging/types"

export function presentPreferences(p: NotificationPreferences) {
  return {
    language: p.language,
    categories: NOTIFICATION_CATEGORIES.map((category) => ({
      category,
      optional: isOptionalCategory(category),
      enabled: !(isOptionalCategory(category) && p.opted_out.includes(category)),
    })),
  }
}

type StoredNotification = {
  id: string
  template?: string | null
  data?: Record<string, unknown> | null
  resource_type?: string | null
  resource_id?: string | null
  created_at: Date | string
}

/** A notification as the customer's inbox shows it: the rendered text, HTML-encoded. */
export function presentNotification(n: StoredNotification) {
  const message = (n.data?.message ?? {}) as { subject?: string; text?: string; category?: string; language?: string }
  return {
    id: n.id,
    template: n.template ?? null,
    category: message.category ?? null,
    language: message.language ?? null,
    subject: encodeHtml(message.subject ?? n.template ?? ""),
    text: encodeHtml(message.text ?? ""),
    resource_type: n.resource_type ?? null,
    resource_id: n.resource_id ?? null,
    created_at: new Date(n.created_at),
  }
}

/**
 * Notification categories. A customer may switch off the optional ones; transactional ones (their orders,
 * pickups, refunds, account security) are always sent.
 */
export const TRANSACTIONAL_CATEGORIES = ["order_status", "pickup", "refunds", "account"] as const
export const OPTIONAL_CATEGORIES = ["group_updates", "coupons_points", "community", "marketing"] as const
export const NOTIFICATION_CATEGORIES = [...TRANSACTIONAL_CATEGORIES, ...OPTIONAL_CATEGORIES] as const

export type TransactionalCategory = (typeof TRANSACTIONAL_CATEGORIES)[number]
export type OptionalCategory = (typeof OPTIONAL_CATEGORIES)[number]
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number]

/** Languages every template is written in. zh-CN is the store's default. */
export const NOTIFICATION_LANGUAGES = ["zh-CN", "en"] as const
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number]
export const DEFAULT_LANGUAGE: NotificationLanguage = "zh-CN"

export function isOptionalCategory(c: string): c is OptionalCategory {
  return (OPTIONAL_CATEGORIES as readonly string[]).includes(c)
}

export type NotificationPreferences = {
  customer_id: string
  /** null: not chosen (the customer's metadata.locale or the order's locale decides, else zh-CN). */
  language: NotificationLanguage | null
  opted_out: OptionalCategory[]
}

export type ReminderClaim = { reference: string; customer_id: string }

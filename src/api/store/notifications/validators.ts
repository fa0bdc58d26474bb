import { z } from "@medusajs/framework/zod"
import { NOTIFICATION_CATEGORIES, NOTIFICATION_LANGUAGES } from "../../../modules/messaging/types"

export const StoreListNotifications = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreListNotificationsType = z.infer<typeof StoreListNotifications>

export const StoreUpdateNotificationPreferences = z
  .object({
    language: z.enum([...NOTIFICATION_LANGUAGES]).nullable().optional().describe("Language of my messages; null: follow my orders' language"),
    categories: z
      .partialRecord(z.enum([...NOTIFICATION_CATEGORIES]), z.boolean())
      .optional()
      .describe("true: send, false: switch off. Transactional categories cannot be switched off (400 category_not_optional)"),
  })
  .strict()
export type StoreUpdateNotificationPreferencesType = z.infer<typeof StoreUpdateNotificationPreferences>

export const StoreNotificationPreferencesSchema = z.object({
  preferences: z.object({
    language: z.enum([...NOTIFICATION_LANGUAGES]).nullable(),
    categories: z.array(
      z.object({
        category: z.enum([...NOTIFICATION_CATEGORIES]),
        optional: z.boolean().describe("false: transactional, always sent"),
        enabled: z.boolean(),
      })
    ),
  }),
})

export const StoreNotificationSchema = z.object({
  id: z.string(),
  template: z.string().nullable(),
  category: z.string().nullable(),
  language: z.string().nullable(),
  subject: z.string().describe("HTML-encoded"),
  text: z.string().describe("HTML-encoded"),
  resource_type: z.string().nullable(),
  resource_id: z.string().nullable(),
  created_at: z.date(),
})

export const StoreNotificationListSchema = z.object({
  notifications: z.array(StoreNotificationSchema),
  count: z.number(),
  offset: z.number(),
  limit: z.number(),
})

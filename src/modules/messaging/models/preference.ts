import { model } from "@medusajs/framework/utils"
import { NOTIFICATION_LANGUAGES } from "../types"

/**
 * A customer's notification settings: the language of their messages and the optional categories they
 * switched off. One row per customer (unique), written with an upsert so concurrent saves cannot create two.
 * No row means: everything on, language from the customer's metadata or order, else zh-CN.
 */
export const MessagingPreference = model
  .define("messaging_preference", {
    id: model.id({ prefix: "msgpref" }).primaryKey(),
    customer_id: model.text(),
    language: model.enum([...NOTIFICATION_LANGUAGES]).nullable(),
    /** Optional categories switched off (see types.ts OPTIONAL_CATEGORIES). */
    opted_out: model.array().default([]),
  })
  .indexes([{ on: ["customer_id"], unique: true, where: null }])

import { model } from "@medusajs/framework/utils"

/**
 * A customer's application to become a leader, with the pickup point they propose. The identity number
 * is stored encrypted (`id_number_encrypted`, AES-256-GCM with DATA_ENCRYPTION_KEY) and shown masked.
 * At most one open (`applied`) application per customer, enforced by a partial unique index.
 */
export const LeaderApplication = model
  .define("leader_application", {
    id: model.id({ prefix: "ldapp" }).primaryKey(),
    customer_id: model.text(),
    status: model.enum(["applied", "approved", "rejected", "withdrawn"]).default("applied"),
    name: model.text().searchable(),
    phone: model.text(),
    /** Residential community (小区) the applicant lives in and would serve. */
    community: model.text(),
    id_number_encrypted: model.text(),
    id_number_masked: model.text(),
    /** The proposed pickup point. */
    point_name: model.text(),
    address: model.text(),
    latitude: model.float(),
    longitude: model.float(),
    opening_hours: model.json(),
    photo_url: model.text().nullable(),
    rejection_reason: model.text().nullable(),
    reviewed_by: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    leader_id: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { name: "IDX_leader_application_one_open", on: ["customer_id"], unique: true, where: "status = 'applied'" },
    { on: ["status", "created_at"] },
    { on: ["customer_id"] },
  ])

import { model } from "@medusajs/framework/utils"

/** A daily check-in: at most one per customer and store day (unique index). */
export const LoyaltyCheckin = model
  .define("loyalty_checkin", {
    id: model.id({ prefix: "lchk" }).primaryKey(),
    customer_id: model.text(),
    /** Store day, YYYY-MM-DD in the store's time zone. */
    day: model.text(),
    streak: model.number(),
    points: model.number(),
    entry_id: model.text().nullable(),
  })
  .indexes([{ on: ["customer_id", "day"], unique: true, where: null }])

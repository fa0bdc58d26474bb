import { model } from "@medusajs/framework/utils"

/** Store-wide leader settings, one row (`scope` = "store"). */
export const LeaderSetting = model
  .define("leader_setting", {
    id: model.id({ prefix: "lset" }).primaryKey(),
    scope: model.text(),
    /** permanent: the first leader keeps the customer · days: for binding_days days · latest: the latest wins. */
    binding_mode: model.enum(["permanent", "days", "latest"]).default("permanent"),
    binding_days: model.number().nullable(),
  })
  .indexes([{ on: ["scope"], unique: true }])
  .checks([
    {
      name: "leader_setting_days_mode_has_days",
      expression: "binding_mode <> 'days' OR (binding_days IS NOT NULL AND binding_days > 0)",
    },
  ])

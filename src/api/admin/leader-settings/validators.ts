import { z } from "@medusajs/framework/zod"

export const AdminLeaderSettings = z
  .object({
    binding_mode: z
      .enum(["permanent", "days", "latest"])
      .describe("permanent: first leader keeps the customer · days: for binding_days · latest: latest wins"),
    binding_days: z.number().int().min(1).max(3650).nullable().optional(),
  })
  .strict()
  .refine((s) => s.binding_mode !== "days" || !!s.binding_days, {
    message: "binding_days is required in days mode",
    path: ["binding_days"],
  })
export type AdminLeaderSettingsType = z.infer<typeof AdminLeaderSettings>

export const AdminLeaderSettingsResponse = z.object({
  leader_settings: z.object({
    binding_mode: z.enum(["permanent", "days", "latest"]),
    binding_days: z.number().nullable(),
  }),
})

import { z } from "@medusajs/framework/zod"
import { OpeningHours } from "../pickup-points/validators"

/** What a leader may change on their own point: hours and whether it takes orders. */
export const LeaderUpdatePickupPoint = z
  .object({
    opening_hours: OpeningHours.optional(),
    status: z.enum(["active", "paused"]).optional().describe("paused: temporarily takes no new orders"),
  })
  .strict()
  .refine((b) => b.opening_hours !== undefined || b.status !== undefined, { message: "nothing to change" })
export type LeaderUpdatePickupPointType = z.infer<typeof LeaderUpdatePickupPoint>

export const LeaderListOrders = z
  .object({
    status: z.enum(["pending", "collectable", "picked_up", "canceled"]).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type LeaderListOrdersType = z.infer<typeof LeaderListOrders>

export const LeaderListVerifications = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type LeaderListVerificationsType = z.infer<typeof LeaderListVerifications>

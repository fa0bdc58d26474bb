import { z } from "@medusajs/framework/zod"

export const StoreChoosePickupPoint = z
  .object({
    pickup_point_id: z.string().min(1),
    latitude: z.number().min(-90).max(90).describe("The customer's latitude (geolocation or geocoded address)"),
    longitude: z.number().min(-180).max(180).describe("The customer's longitude"),
  })
  .strict()
export type StoreChoosePickupPointType = z.infer<typeof StoreChoosePickupPoint>

import { z } from "@medusajs/framework/zod"

const latitude = z.coerce.number().min(-90).max(90).describe("Latitude in degrees (WGS-84)")
const longitude = z.coerce.number().min(-180).max(180).describe("Longitude in degrees (WGS-84)")

export const StoreNearbyPickupPoints = z
  .object({
    latitude,
    longitude,
    limit: z.coerce.number().int().min(1).max(100).default(20).describe("At most this many points (1–100)"),
    open_now: z
      .enum(["true", "false"])
      .optional()
      .transform((v) => v === "true")
      .describe("Only points open at `at` (default: now), in the store time zone"),
    at: z.iso
      .datetime({ offset: true })
      .optional()
      .describe("Evaluate `open_now` at this instant instead of now (ISO 8601), e.g. to plan a pickup"),
  })
  .strict()
export type StoreNearbyPickupPointsType = z.infer<typeof StoreNearbyPickupPoints>

export const StoreGetPickupPoint = z
  .object({
    latitude: latitude.optional(),
    longitude: longitude.optional(),
  })
  .strict()
  .refine((q) => (q.latitude === undefined) === (q.longitude === undefined), {
    message: "latitude and longitude go together",
  })
export type StoreGetPickupPointType = z.infer<typeof StoreGetPickupPoint>

const Interval = z.object({ open: z.string(), close: z.string() })

export const StorePickupPoint = z.object({
  id: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  address: z.string(),
  district: z.string().nullable(),
  city: z.string().nullable(),
  latitude: z.number(),
  longitude: z.number(),
  radius_km: z.number(),
  opening_hours: z.record(z.string(), z.array(Interval)).describe("Local opening hours per weekday (mon…sun)"),
  status: z.enum(["active", "paused", "closed"]),
  contact_phone: z.string().nullable(),
  photo_url: z.string().nullable(),
  open_now: z.boolean().describe("Open at the time of the request, in the store time zone"),
  distance_m: z.number().optional().describe("Distance from the given coordinates, in meters"),
  covers_location: z.boolean().optional().describe("Whether the point serves the given coordinates"),
})

export const StoreNearbyPickupPointsResponse = z.object({
  pickup_points: z.array(StorePickupPoint),
  count: z.number(),
  offset: z.number(),
  limit: z.number(),
})

export const StorePickupPointResponse = z.object({ pickup_point: StorePickupPoint })

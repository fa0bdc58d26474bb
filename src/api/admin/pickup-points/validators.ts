import { z } from "@medusajs/framework/zod"
import { isValidTime, WEEKDAYS } from "../../../modules/pickup/utils/opening-hours"

const Time = z.string().refine(isValidTime, { message: "expected HH:mm (00:00–23:59)" })

export const OpeningInterval = z
  .object({ open: Time, close: Time })
  .strict()
  .refine((i) => i.open !== i.close, { message: "an interval cannot open and close at the same minute" })

/** Local opening hours per weekday; a missing weekday is closed. An interval may run past midnight. */
export const OpeningHours = z
  .object(Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(OpeningInterval).max(4).optional()])))
  .strict()
  .describe('Per weekday (mon…sun), e.g. { "mon": [{ "open": "08:00", "close": "21:00" }] }; missing days are closed')

export const Latitude = z.number().min(-90).max(90)
export const Longitude = z.number().min(-180).max(180)

const PointFields = {
  code: z.string().trim().min(1).max(32).nullable().optional(),
  name: z.string().trim().min(1).max(100),
  address: z.string().trim().min(1).max(300),
  district: z.string().trim().max(100).nullable().optional(),
  city: z.string().trim().max(100).nullable().optional(),
  latitude: Latitude,
  longitude: Longitude,
  radius_km: z.number().gt(0).max(50),
  opening_hours: OpeningHours,
  daily_capacity: z.number().int().min(0).max(100000),
  status: z.enum(["active", "paused", "closed"]).optional(),
  contact_phone: z.string().trim().max(30).nullable().optional(),
  photo_url: z.url().max(500).nullable().optional(),
}

export const AdminCreatePickupPoint = z.object(PointFields).strict()
export type AdminCreatePickupPointType = z.infer<typeof AdminCreatePickupPoint>

export const AdminUpdatePickupPoint = z.object(PointFields).partial().strict()
export type AdminUpdatePickupPointType = z.infer<typeof AdminUpdatePickupPoint>

export const AdminListPickupPoints = z
  .object({
    q: z.string().trim().optional().describe("Search in name, address and code"),
    status: z.enum(["active", "paused", "closed"]).optional(),
    has_leader: z.enum(["true", "false"]).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListPickupPointsType = z.infer<typeof AdminListPickupPoints>

export const AdminPickupPoint = z.object({
  id: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  address: z.string(),
  district: z.string().nullable(),
  city: z.string().nullable(),
  latitude: z.number(),
  longitude: z.number(),
  radius_km: z.number(),
  opening_hours: z.record(z.string(), z.array(z.object({ open: z.string(), close: z.string() }))),
  daily_capacity: z.number(),
  status: z.enum(["active", "paused", "closed"]),
  leader_id: z.string().nullable(),
  contact_phone: z.string().nullable(),
  photo_url: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
})

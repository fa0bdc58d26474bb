import { z } from "@medusajs/framework/zod"
import { isValidResidentIdNumber } from "../../../modules/leader/utils/id-number"
import { Latitude, Longitude, OpeningHours } from "../../admin/pickup-points/validators"

export const StoreSubmitLeaderApplication = z
  .object({
    name: z.string().trim().min(1).max(50),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 -]{5,19}$/, { message: "expected a phone number" }),
    community: z.string().trim().min(1).max(100).describe("Residential community (小区) the applicant serves"),
    id_number: z
      .string()
      .trim()
      .refine(isValidResidentIdNumber, { message: "not a valid resident identity number" })
      .describe("Resident identity number: stored encrypted, only ever shown masked"),
    pickup_point: z
      .object({
        name: z.string().trim().min(1).max(100),
        address: z.string().trim().min(1).max(300),
        latitude: Latitude,
        longitude: Longitude,
        opening_hours: OpeningHours,
        photo_url: z.url().max(500).nullable().optional(),
      })
      .strict()
      .describe("The pickup point the applicant proposes to run"),
  })
  .strict()
export type StoreSubmitLeaderApplicationType = z.infer<typeof StoreSubmitLeaderApplication>

export const StoreLeaderApplication = z.object({
  id: z.string(),
  status: z.enum(["applied", "approved", "rejected", "withdrawn"]),
  name: z.string(),
  phone: z.string(),
  community: z.string(),
  id_number: z.string().describe("Masked, e.g. 330***********1234"),
  pickup_point: z.object({
    name: z.string(),
    address: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    opening_hours: z.record(z.string(), z.array(z.object({ open: z.string(), close: z.string() }))),
    photo_url: z.string().nullable(),
  }),
  rejection_reason: z.string().nullable(),
  reviewed_at: z.string().nullable(),
  created_at: z.string(),
})

export const StoreLeaderApplicationResponse = z.object({ leader_application: StoreLeaderApplication })
export const StoreLeaderApplicationsResponse = z.object({
  leader_applications: z.array(StoreLeaderApplication),
  count: z.number(),
  offset: z.number(),
  limit: z.number(),
})

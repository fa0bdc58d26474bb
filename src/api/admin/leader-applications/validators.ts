import { z } from "@medusajs/framework/zod"
import { StoreLeaderApplication } from "../../store/leader-applications/validators"

export const AdminListLeaderApplications = z
  .object({
    status: z.enum(["applied", "approved", "rejected", "withdrawn"]).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListLeaderApplicationsType = z.infer<typeof AdminListLeaderApplications>

export const AdminApproveLeaderApplication = z
  .object({
    pickup_point_id: z.string().optional().describe("Hand over this existing point (without a leader) instead"),
    radius_km: z.number().gt(0).max(50).optional().describe("Service radius of the new point (default 2)"),
    daily_capacity: z.number().int().min(0).max(100000).optional().describe("Default 200"),
    code: z.string().trim().min(1).max(32).nullable().optional().describe("Short code of the new point"),
  })
  .strict()
export type AdminApproveLeaderApplicationType = z.infer<typeof AdminApproveLeaderApplication>

export const AdminRejectLeaderApplication = z.object({ reason: z.string().trim().min(1).max(500) }).strict()
export type AdminRejectLeaderApplicationType = z.infer<typeof AdminRejectLeaderApplication>

const Applicant = z.object({
  id: z.string(),
  email: z.string().nullable(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
})

export const AdminLeaderApplication = StoreLeaderApplication.extend({
  customer_id: z.string(),
  customer: Applicant.nullable(),
  reviewed_by: z.string().nullable(),
  leader_id: z.string().nullable(),
})

export const AdminLeaderApplicationResponse = z.object({ leader_application: AdminLeaderApplication })
export const AdminLeaderApplicationsResponse = z.object({
  leader_applications: z.array(AdminLeaderApplication),
  count: z.number(),
  offset: z.number(),
  limit: z.number(),
})
export const AdminApproveLeaderApplicationResponse = z.object({
  leader: z.record(z.string(), z.unknown()),
  pickup_point: z.record(z.string(), z.unknown()),
  login: z
    .enum(["existing_user", "shop_password", "reset_password"])
    .describe(
      "How the leader logs into the admin: existing_user (their admin user got the leader role), " +
        "shop_password (same e-mail and password as in the shop), reset_password (set it with 'forgot password')"
    ),
})

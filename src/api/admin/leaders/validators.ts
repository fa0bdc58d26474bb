import { z } from "@medusajs/framework/zod"

export const AdminListLeaders = z
  .object({
    status: z.enum(["active", "suspended"]).optional(),
    q: z.string().trim().optional().describe("Search in name, phone and community"),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListLeadersType = z.infer<typeof AdminListLeaders>

export const AdminSuspendLeader = z.object({ reason: z.string().trim().min(1).max(500) }).strict()
export type AdminSuspendLeaderType = z.infer<typeof AdminSuspendLeader>

export const AdminLeader = z.object({
  id: z.string(),
  customer_id: z.string(),
  user_id: z.string().nullable(),
  pickup_point_id: z.string().nullable(),
  status: z.enum(["active", "suspended"]),
  name: z.string(),
  phone: z.string().nullable(),
  community: z.string().nullable(),
  email: z.string().nullable(),
  share_code: z.string(),
  approved_at: z.string().nullable(),
  suspended_at: z.string().nullable(),
  suspension_reason: z.string().nullable(),
  pickup_point: z.object({ id: z.string(), name: z.string(), code: z.string().nullable(), status: z.string() }).nullable(),
  bound_customers: z.number().optional().describe("Customers bound to the leader now (detail only)"),
})

export const AdminLeaderResponse = z.object({ leader: AdminLeader })
export const AdminLeadersResponse = z.object({
  leaders: z.array(AdminLeader),
  count: z.number(),
  offset: z.number(),
  limit: z.number(),
})

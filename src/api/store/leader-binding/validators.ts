import { z } from "@medusajs/framework/zod"

export const StoreBindLeader = z
  .object({ share_code: z.string().trim().min(4).max(32).describe("The code in the leader's share link") })
  .strict()
export type StoreBindLeaderType = z.infer<typeof StoreBindLeader>

export const StoreLeaderCard = z.object({
  id: z.string(),
  name: z.string(),
  community: z.string().nullable(),
  pickup_point: z
    .object({ id: z.string(), name: z.string(), address: z.string(), latitude: z.number(), longitude: z.number() })
    .nullable(),
})

export const StoreLeaderBinding = z.object({
  leader: StoreLeaderCard,
  source: z.enum(["order", "share_link"]),
  bound_at: z.string(),
  expires_at: z.string().nullable().describe("Set in N-days mode"),
})

export const StoreLeaderBindingResponse = z.object({ leader_binding: StoreLeaderBinding.nullable() })
export const StoreBindLeaderResponse = z.object({
  outcome: z.enum(["bound", "replaced", "kept"]).describe("kept: the binding rules keep the current leader"),
  leader_binding: StoreLeaderBinding.nullable(),
})
export const StoreLeaderCardResponse = z.object({ leader: StoreLeaderCard })

import { z } from "@medusajs/framework/zod"

export const StoreShareParams = z
  .object({ region_id: z.string().optional().describe("Pricing region; default: the store's default region") })
  .strict()
export type StoreShareParamsType = z.infer<typeof StoreShareParams>

const link = {
  path: z.string().describe("Storefront path of the shared page"),
  url: z.string().describe("Deep link; carries ?ref=<code> when a logged-in customer shares"),
  referral_code: z.string().nullable().describe("The sharer's referral code (null when not logged in)"),
  text: z.string().describe("A ready line for the share card, in the request's language"),
}

export const StoreProductShareSchema = z.object({
  share: z.object({
    type: z.literal("product"),
    product_id: z.string(),
    title: z.string(),
    image: z.string().nullable(),
    price: z.object({ min: z.number(), currency_code: z.string() }).nullable(),
    rating: z.object({ average: z.number().nullable(), count: z.number() }),
    ...link,
  }),
})

const tier = z.object({ currency_code: z.string(), threshold: z.number(), price: z.number() })

export const StoreGroupShareSchema = z.object({
  share: z.object({
    type: z.literal("group"),
    group_id: z.string(),
    title: z.string().describe("Campaign title"),
    product: z.object({ id: z.string(), title: z.string(), thumbnail: z.string().nullable() }).nullable(),
    image: z.string().nullable(),
    price: z.object({ join_price: z.number().nullable(), currency_code: z.string(), current_tier: tier.nullable(), next_tier: tier.nullable() }),
    progress: z.object({
      status: z.enum(["open", "succeeded", "closed", "failed"]),
      kind: z.enum(["team", "community"]),
      members_count: z.number(),
      quantity: z.number(),
      success_threshold: z.number(),
      needed_to_succeed: z.number(),
      capacity: z.number(),
      places_taken: z.number(),
      expires_at: z.date(),
      time_left_ms: z.number(),
    }),
    ...link,
  }),
})

import { z } from "@medusajs/framework/zod"

const page = (max: number, dflt: number) => ({
  limit: z.coerce.number().int().min(1).max(max).default(dflt),
  offset: z.coerce.number().int().min(0).default(0),
})

export const ORDER_STATUSES = ["pending", "completed", "canceled", "requires_action", "archived"] as const

export const StoreListMyOrders = z
  .object({ ...page(50, 10), status: z.enum(ORDER_STATUSES).optional().describe("Medusa order status") })
  .strict()
export type StoreListMyOrdersType = z.infer<typeof StoreListMyOrders>

const productIds = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.string().min(1)).max(100))

export const StoreListFavorites = z
  .object({ ...page(100, 20), product_id: productIds.optional().describe("Only these products (e.g. to mark hearts on a list)") })
  .strict()
export type StoreListFavoritesType = z.infer<typeof StoreListFavorites>

export const StoreAddFavorite = z.object({ product_id: z.string().min(1).max(100) }).strict()
export type StoreAddFavoriteType = z.infer<typeof StoreAddFavorite>

export const StoreListHistory = z.object(page(100, 20)).strict()
export type StoreListHistoryType = z.infer<typeof StoreListHistory>

export const StoreRecordView = z.object({ product_id: z.string().min(1).max(100) }).strict()
export type StoreRecordViewType = z.infer<typeof StoreRecordView>

const date = z.date()

const ProductCard = z
  .object({
    id: z.string(),
    title: z.string(),
    handle: z.string().nullable(),
    thumbnail: z.string().nullable(),
    status: z.string(),
  })
  .nullable()
  .describe("null when the product was deleted")

export const StoreFavoriteSchema = z.object({ product_id: z.string(), created_at: date, product: ProductCard })
export const StoreHistoryEntrySchema = z.object({ product_id: z.string(), viewed_at: date, product: ProductCard })

export const ORDER_STAGES = [
  "awaiting_payment",
  "awaiting_group",
  "group_failed",
  "processing",
  "awaiting_pickup",
  "ready_for_pickup",
  "picked_up",
  "shipped",
  "completed",
  "canceled",
] as const

const GroupSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["team", "community"]),
    status: z.enum(["open", "succeeded", "closed", "failed"]),
    expires_at: date,
    succeeded: z.boolean(),
  })
  .nullable()

const PickupSchema = z
  .object({
    status: z.enum(["pending", "collectable", "picked_up", "canceled"]),
    code: z.string().nullable().describe("The pickup code (提货码) once issued"),
    ready: z.boolean(),
    ready_at: date.nullable(),
    picked_up_at: date.nullable(),
    pickup_point: z.object({ id: z.string(), name: z.string(), address: z.unknown() }).passthrough().nullable(),
  })
  .nullable()

export const StoreMyOrderSchema = z.object({
  id: z.string(),
  display_id: z.number().nullable(),
  status: z.string(),
  payment_status: z.string().nullable(),
  fulfillment_status: z.string().nullable(),
  stage: z.enum(ORDER_STAGES).describe("What the shopper waits for, combining order, group and pickup"),
  currency_code: z.string(),
  total: z.number(),
  created_at: date,
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      product_title: z.string().nullable(),
      thumbnail: z.string().nullable(),
      quantity: z.number(),
      unit_price: z.number(),
      product_id: z.string().nullable(),
      variant_id: z.string().nullable(),
    })
  ),
  group: GroupSchema,
  pickup: PickupSchema,
})

export const StoreSummarySchema = z.object({
  orders: z.object({
    total: z.number(),
    by_status: z.record(z.enum(ORDER_STATUSES), z.number()).describe("Medusa order status → count"),
    to_pick_up: z.number().describe("Orders whose pickup code is issued and not used yet"),
  }),
  points: z.object({ balance: z.number() }),
  coupons: z.object({ available: z.number(), used: z.number(), expired: z.number() }),
  groups_in_progress: z.number().describe("Open groups the customer is a member of"),
  favorites: z.number(),
  history: z.number(),
})

export const StoreSecuritySchema = z.object({
  email: z.string().nullable(),
  phone: z.string().nullable(),
  login_methods: z.array(z.string()).describe("Auth providers of this login, e.g. emailpass, phone-otp"),
  two_factor: z.object({
    enabled: z.boolean(),
    factors: z.array(z.object({ id: z.string(), provider: z.string(), status: z.string() })),
  }),
})

import { z } from "@medusajs/framework/zod"

const DeliveryDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected YYYY-MM-DD" })

export const AdminListDeliveryBatches = z
  .object({
    delivery_date: DeliveryDate.optional(),
    status: z.enum(["open", "dispatched", "arrived"]).optional(),
    pickup_point_id: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListDeliveryBatchesType = z.infer<typeof AdminListDeliveryBatches>

export const AdminDeliveryDate = z.object({ delivery_date: DeliveryDate }).strict()
export type AdminDeliveryDateType = z.infer<typeof AdminDeliveryDate>

const Point = z.object({
  id: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  address: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  contact_phone: z.string().nullable(),
})

export const DeliveryBatchSummary = z.object({
  id: z.string(),
  pickup_point_id: z.string(),
  delivery_date: z.string(),
  status: z.enum(["open", "dispatched", "arrived"]),
  dispatched_at: z.string().nullable(),
  arrived_at: z.string().nullable(),
  pickup_point: Point.nullable(),
  order_count: z.number(),
})

export const DeliveryBatchDetail = DeliveryBatchSummary.extend({
  pick_list: z.array(
    z.object({ sku: z.string(), title: z.string(), variant_title: z.string().nullable(), quantity: z.number(), orders: z.number() })
  ),
  orders: z.array(
    z.object({
      order_id: z.string(),
      display_id: z.number().nullable(),
      status: z.string(),
      ready_at: z.string().nullable(),
      customer_name: z.string(),
      customer_phone: z.string().nullable(),
      items: z.array(z.object({ sku: z.string().nullable(), title: z.string(), quantity: z.number() })),
    })
  ),
})

export const DeliveryBatchesResponse = z.object({
  delivery_batches: z.array(DeliveryBatchSummary),
  count: z.number(),
  offset: z.number(),
  limit: z.number(),
})
export const DeliveryBatchResponse = z.object({ delivery_batch: DeliveryBatchDetail })

export const RouteSheetResponse = z.object({
  route_sheet: z.object({
    delivery_date: z.string(),
    warehouse: z.object({ id: z.string(), name: z.string(), latitude: z.number(), longitude: z.number() }).nullable(),
    stops: z.array(Point.extend({ position: z.number(), batch_id: z.string(), status: z.string(), order_count: z.number(), leg_m: z.number(), cumulative_m: z.number() })),
    total_m: z.number(),
  }),
})

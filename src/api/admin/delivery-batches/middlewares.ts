import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminDeliveryDate, AdminListDeliveryBatches } from "./validators"

const read = [{ resource: "delivery_batch", operation: "read" }]

export const adminDeliveryBatchMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/delivery-batches",
    policies: read,
    middlewares: [validateAndTransformQuery(AdminListDeliveryBatches, {})],
  },
  {
    methods: ["GET"],
    matcher: "/admin/delivery-batches/route-sheet",
    policies: read,
    middlewares: [validateAndTransformQuery(AdminDeliveryDate, {})],
  },
  {
    methods: ["GET"],
    matcher: "/admin/delivery-batches/export",
    policies: read,
    middlewares: [validateAndTransformQuery(AdminDeliveryDate, {})],
  },
  { methods: ["GET"], matcher: "/admin/delivery-batches/:id", policies: read },
  {
    methods: ["POST"],
    matcher: "/admin/delivery-batches/:id/dispatch",
    policies: [{ resource: "delivery_batch", operation: "update" }],
  },
]

import { definePolicies } from "@medusajs/framework/utils"

/** Operators' work on delivery batches: pick lists, route sheets, exports, dispatch. */
export const deliveryBatchPolicies = definePolicies(
  (["read", "update"] as const).map((operation) => ({
    name: `${operation[0].toUpperCase()}${operation.slice(1)}DeliveryBatch`,
    resource: "delivery_batch",
    operation,
    description: `${operation} delivery batches`,
  }))
)

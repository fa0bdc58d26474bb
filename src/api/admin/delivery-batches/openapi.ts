import { defineOperations } from "../../../lib/openapi"
import {
  AdminDeliveryDate,
  AdminListDeliveryBatches,
  DeliveryBatchesResponse,
  DeliveryBatchResponse,
  RouteSheetResponse,
} from "./validators"

const notFound = { status: 404, code: "delivery_batch_not_found", description: "No such batch" }

export default defineOperations([
  {
    method: "get",
    path: "/admin/delivery-batches",
    summary: "Delivery batches",
    description: "One batch per pickup point and delivery date, filled from community deals' succeeded groups.",
    tags: ["Delivery batches"],
    auth: "admin",
    policy: "delivery_batch:read",
    query: AdminListDeliveryBatches,
    response: DeliveryBatchesResponse,
  },
  {
    method: "get",
    path: "/admin/delivery-batches/{id}",
    summary: "A delivery batch with its pick list",
    tags: ["Delivery batches"],
    auth: "admin",
    policy: "delivery_batch:read",
    response: DeliveryBatchResponse,
    errors: [notFound],
  },
  {
    method: "get",
    path: "/admin/delivery-batches/route-sheet",
    summary: "Route sheet of a delivery date",
    description: "The pickup points with orders that day, in nearest-neighbour order from the warehouse, with leg distances.",
    tags: ["Delivery batches"],
    auth: "admin",
    policy: "delivery_batch:read",
    query: AdminDeliveryDate,
    response: RouteSheetResponse,
  },
  {
    method: "get",
    path: "/admin/delivery-batches/export",
    summary: "Export a delivery date as CSV",
    description: "text/csv (UTF-8 with BOM): each stop in route order with its pick list, one row per SKU.",
    tags: ["Delivery batches"],
    auth: "admin",
    policy: "delivery_batch:read",
    query: AdminDeliveryDate,
    responseDescription: "CSV file",
  },
  {
    method: "post",
    path: "/admin/delivery-batches/{id}/dispatch",
    summary: "Mark a batch dispatched",
    description: "Emits `pickup.batch_dispatched`.",
    tags: ["Delivery batches"],
    auth: "admin",
    policy: "delivery_batch:update",
    response: DeliveryBatchResponse,
    errors: [notFound, { status: 409, code: "batch_not_open", description: "The batch was already dispatched" }],
  },
])

import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../lib/openapi"
import {
  AdminCreatePickupPoint,
  AdminListPickupPoints,
  AdminPickupPoint,
  AdminUpdatePickupPoint,
} from "./validators"

const One = z.object({ pickup_point: AdminPickupPoint })
const notFound = { status: 404, code: "pickup_point_not_found", description: "No such pickup point" }
const codeTaken = { status: 409, code: "pickup_point_code_taken", description: "Another point has this code" }

export default defineOperations([
  {
    method: "get",
    path: "/admin/pickup-points",
    summary: "Pickup points",
    tags: ["Pickup points"],
    auth: "admin",
    policy: "pickup_point:read",
    query: AdminListPickupPoints,
    response: z.object({ pickup_points: z.array(AdminPickupPoint), count: z.number(), offset: z.number(), limit: z.number() }),
  },
  {
    method: "post",
    path: "/admin/pickup-points",
    summary: "Create a pickup point",
    tags: ["Pickup points"],
    auth: "admin",
    policy: "pickup_point:create",
    body: AdminCreatePickupPoint,
    response: One,
    successStatus: 201,
    errors: [codeTaken],
  },
  {
    method: "get",
    path: "/admin/pickup-points/{id}",
    summary: "A pickup point",
    tags: ["Pickup points"],
    auth: "admin",
    policy: "pickup_point:read",
    response: One,
    errors: [notFound],
  },
  {
    method: "post",
    path: "/admin/pickup-points/{id}",
    summary: "Update a pickup point",
    tags: ["Pickup points"],
    auth: "admin",
    policy: "pickup_point:update",
    body: AdminUpdatePickupPoint,
    response: One,
    errors: [notFound, codeTaken],
  },
  {
    method: "delete",
    path: "/admin/pickup-points/{id}",
    summary: "Delete a pickup point",
    tags: ["Pickup points"],
    auth: "admin",
    policy: "pickup_point:delete",
    response: z.object({ id: z.string(), object: z.literal("pickup_point"), deleted: z.literal(true) }),
    errors: [
      notFound,
      { status: 409, code: "pickup_point_has_leader", description: "Reassign the point's leader first" },
      { status: 409, code: "pickup_point_in_use", description: "Orders are still to be collected there" },
    ],
  },
])

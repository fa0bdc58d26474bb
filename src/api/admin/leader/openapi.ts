import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../lib/openapi"
import { AdminPickupPoint } from "../pickup-points/validators"
import {
  LeaderVerifyPickupCode,
  OrderSummary,
  PickupOrderView,
  VERIFY_ERRORS,
  VerifyPickupCodeResponse,
} from "../pickup-codes/validators"
import { DeliveryBatchesResponse, DeliveryBatchResponse } from "../delivery-batches/validators"
import { LeaderListOrders, LeaderListVerifications, LeaderUpdatePickupPoint } from "./validators"

const leaderErrors = [
  { status: 403, code: "not_a_leader", description: "The logged-in user is not a leader" },
  { status: 403, code: "leader_suspended", description: "The leader is suspended" },
]

export default defineOperations([
  {
    method: "get",
    path: "/admin/leader/me",
    summary: "The logged-in leader and their point",
    description: "`confined` is true when the user has only leader roles (the dashboard sends them to /app/leader).",
    tags: ["Leader pages"],
    auth: "leader",
    policy: "leader_portal:read",
    response: z.object({
      leader: z.object({
        id: z.string(),
        name: z.string(),
        phone: z.string().nullable(),
        community: z.string().nullable(),
        status: z.enum(["active", "suspended"]),
        share_code: z.string(),
        approved_at: z.string().nullable(),
      }),
      pickup_point: AdminPickupPoint.nullable(),
      confined: z.boolean(),
    }),
    errors: leaderErrors,
  },
  {
    method: "post",
    path: "/admin/leader/pickup-point",
    summary: "Edit my point's opening hours and status",
    tags: ["Leader pages"],
    auth: "leader",
    policy: "leader_portal:update",
    body: LeaderUpdatePickupPoint,
    response: z.object({ pickup_point: AdminPickupPoint }),
    errors: [
      ...leaderErrors,
      { status: 403, code: "no_pickup_point", description: "The leader has no point" },
      { status: 400, code: "pickup_point_closed", description: "The point is closed for good" },
    ],
  },
  {
    method: "post",
    path: "/admin/leader/pickup-codes/verify",
    summary: "Verify a pickup code at my point",
    description:
      "Single use; completes the Medusa order (`order.completed`) and emits `pickup.order_picked_up`. Codes of " +
      "other points are refused. Wrong codes are rate limited per point; every attempt is logged.",
    tags: ["Leader pages"],
    auth: "leader",
    policy: "leader_portal:update",
    body: LeaderVerifyPickupCode,
    response: VerifyPickupCodeResponse,
    errors: [...leaderErrors, ...VERIFY_ERRORS],
  },
  {
    method: "get",
    path: "/admin/leader/orders",
    summary: "The orders of my point",
    tags: ["Leader pages"],
    auth: "leader",
    policy: "leader_portal:read",
    query: LeaderListOrders,
    response: z.object({
      orders: z.array(z.object({ pickup_order: PickupOrderView, order: OrderSummary.nullable() })),
      count: z.number(),
      offset: z.number(),
      limit: z.number(),
    }),
    errors: leaderErrors,
  },
  {
    method: "get",
    path: "/admin/leader/verifications",
    summary: "Verification attempts at my point",
    tags: ["Leader pages"],
    auth: "leader",
    policy: "leader_portal:read",
    query: LeaderListVerifications,
    response: z.object({
      verifications: z.array(
        z.object({
          id: z.string(),
          order_id: z.string().nullable(),
          actor_id: z.string(),
          actor_kind: z.enum(["leader", "operator"]),
          outcome: z.string().describe("verified, or the refusal's code"),
          created_at: z.string(),
        })
      ),
      count: z.number(),
      offset: z.number(),
      limit: z.number(),
    }),
    errors: leaderErrors,
  },
  {
    method: "get",
    path: "/admin/leader/delivery-batches",
    summary: "My point's delivery batches",
    tags: ["Leader pages"],
    auth: "leader",
    policy: "leader_portal:read",
    response: DeliveryBatchesResponse,
    errors: leaderErrors,
  },
  {
    method: "get",
    path: "/admin/leader/delivery-batches/{id}",
    summary: "One of my batches with its pick list",
    tags: ["Leader pages"],
    auth: "leader",
    policy: "leader_portal:read",
    response: DeliveryBatchResponse,
    errors: [...leaderErrors, { status: 404, code: "delivery_batch_not_found", description: "No such batch at my point" }],
  },
  {
    method: "post",
    path: "/admin/leader/delivery-batches/{id}/arrive",
    summary: "Confirm a batch arrived at my point",
    description:
      "Marks the batch's orders ready, emits `pickup.batch_arrived` and one `pickup.order_ready` per order; " +
      "each customer gets a `pickup.order_ready` notification.",
    tags: ["Leader pages"],
    auth: "leader",
    policy: "leader_portal:update",
    response: DeliveryBatchResponse,
    errors: [
      ...leaderErrors,
      { status: 404, code: "delivery_batch_not_found", description: "No such batch at my point" },
      { status: 409, code: "batch_not_dispatched", description: "The batch was not dispatched, or already arrived" },
    ],
  },
])

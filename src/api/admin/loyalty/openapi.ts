import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../lib/openapi"
import { AdminAdjustPoints, AdminEntrySchema, AdminListCustomerEntries, AdminSettingsSchema, AdminUpdateLoyaltySettings } from "./validators"

const tags = ["Loyalty"]

export default defineOperations([
  { method: "get", path: "/admin/loyalty/settings", auth: "admin", policy: "loyalty:read", summary: "Points and tier settings", tags, response: AdminSettingsSchema },
  {
    method: "post",
    path: "/admin/loyalty/settings",
    auth: "admin",
    policy: "loyalty:update",
    summary: "Change points rates, the check-in table, expiry and tiers",
    description: "Every field is optional; `tiers`, when given, is the full list (matched by code, missing ones removed).",
    tags,
    body: AdminUpdateLoyaltySettings,
    response: AdminSettingsSchema,
  },
  {
    method: "get",
    path: "/admin/loyalty/customers/{id}",
    auth: "admin",
    policy: "loyalty:read",
    summary: "A customer's points summary: balance, tier, expiring soon, latest entries",
    tags,
    responseDescription: "{ customer_id, balance, expiring_soon, tier, next_tier, spend, spend_to_next, progress, entries, entry_count }",
    errors: [{ status: 404, code: "customer_not_found", description: "No such customer" }],
  },
  {
    method: "get",
    path: "/admin/loyalty/customers/{id}/entries",
    auth: "admin",
    policy: "loyalty:read",
    summary: "A customer's points ledger",
    tags,
    query: AdminListCustomerEntries,
    response: z.object({ entries: z.array(AdminEntrySchema), count: z.number(), offset: z.number(), limit: z.number() }),
    errors: [{ status: 404, code: "customer_not_found", description: "No such customer" }],
  },
  {
    method: "post",
    path: "/admin/loyalty/customers/{id}/adjust",
    auth: "admin",
    policy: "loyalty:update",
    summary: "Adjust a customer's points with a reason (audited)",
    description: "Positive points credit, negative debit. The entry records the reason and the admin user. `reference` makes it idempotent.",
    tags,
    body: AdminAdjustPoints,
    response: z.object({ entry: AdminEntrySchema.nullable(), created: z.boolean(), balance: z.number() }),
    successStatus: 201,
    errors: [
      { status: 404, code: "customer_not_found", description: "No such customer" },
      { status: 400, code: "insufficient_points", description: "A debit larger than the balance" },
    ],
  },
  {
    method: "get",
    path: "/admin/loyalty/orders/{id}",
    auth: "admin",
    policy: "loyalty:read",
    summary: "Points an order earned and paid with",
    tags,
    responseDescription: "{ order_id, customer_id, earned, redeemed, entries }",
    errors: [{ status: 404, code: "order_not_found", description: "No such order" }],
  },
])

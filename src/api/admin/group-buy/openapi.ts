import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../lib/openapi"
import {
  AdminCampaignSchema,
  AdminCreateCampaign,
  AdminEndGroup,
  AdminGroupSchema,
  AdminListCampaigns,
  AdminListGroups,
  AdminMemberSchema,
  AdminOrderGroupSchema,
  AdminUpdateCampaign,
} from "./validators"

const tags = ["Group buy (admin)"]
const list = <T extends z.ZodType>(key: string, item: T) =>
  z.object({ [key]: z.array(item), count: z.number(), offset: z.number(), limit: z.number() })
const settlement = z
  .object({ refunds: z.number(), captures: z.number(), protections: z.number(), member_errors: z.number() })
  .passthrough()
  .describe("What the settlement did now; member_errors are retried by the expiry job")

export default defineOperations([
  {
    method: "get",
    path: "/admin/group-buy/campaigns",
    auth: "admin",
    policy: "group_buy:read",
    summary: "List group-buy campaigns",
    tags,
    query: AdminListCampaigns,
    response: list("campaigns", AdminCampaignSchema),
  },
  {
    method: "post",
    path: "/admin/group-buy/campaigns",
    auth: "admin",
    policy: "group_buy:create",
    summary: "Create a campaign with its price tiers",
    description:
      "Tiers per currency: thresholds rising, prices falling, within max_per_group; the first threshold is the success " +
      "threshold (members for team deals, quantity for community deals). Team deals need group_lifetime_hours, community " +
      "deals cutoff_time (HH:mm, store time zone). The variants must belong to the product.",
    tags,
    body: AdminCreateCampaign,
    successStatus: 201,
    response: z.object({ campaign: AdminCampaignSchema }),
    errors: [
      { status: 400, code: "invalid_tiers", description: "Tiers are not rising thresholds with falling prices within the group size" },
      { status: 400, code: "group_lifetime_required", description: "A team deal without group_lifetime_hours" },
      { status: 400, code: "cutoff_time_required", description: "A community deal without cutoff_time" },
      { status: 400, code: "invalid_window", description: "ends_at is not after starts_at" },
      { status: 404, code: "product_not_found", description: "No such product" },
      { status: 400, code: "variant_not_in_product", description: "A variant is not the product's" },
    ],
  },
  {
    method: "get",
    path: "/admin/group-buy/campaigns/{id}",
    auth: "admin",
    policy: "group_buy:read",
    summary: "A campaign with tiers, stock sold and group counts",
    tags,
    response: z.object({ campaign: AdminCampaignSchema }),
    errors: [{ status: 404, code: "campaign_not_found", description: "No such campaign" }],
  },
  {
    method: "post",
    path: "/admin/group-buy/campaigns/{id}",
    auth: "admin",
    policy: "group_buy:update",
    summary: "Edit a campaign",
    description: "kind, product_id, variant_ids, max_per_group and tiers change only while the campaign is a draft.",
    tags,
    body: AdminUpdateCampaign,
    response: z.object({ campaign: AdminCampaignSchema }),
    errors: [
      { status: 404, code: "campaign_not_found", description: "No such campaign" },
      { status: 400, code: "campaign_not_draft", description: "Pricing fields of a live or ended campaign" },
      { status: 400, code: "invalid_tiers", description: "Invalid tiers" },
      { status: 400, code: "stock_cap_below_sold", description: "A stock cap below what was sold" },
      { status: 400, code: "group_lifetime_required", description: "A team deal left without group_lifetime_hours" },
      { status: 400, code: "cutoff_time_required", description: "A community deal left without cutoff_time" },
      { status: 400, code: "invalid_window", description: "ends_at is not after starts_at" },
      { status: 404, code: "product_not_found", description: "No such product" },
      { status: 400, code: "variant_not_in_product", description: "A variant is not the product's" },
    ],
  },
  {
    method: "post",
    path: "/admin/group-buy/campaigns/{id}/activate",
    auth: "admin",
    policy: "group_buy:update",
    summary: "Activate a draft campaign",
    tags,
    response: z.object({ campaign: AdminCampaignSchema }),
    errors: [
      { status: 404, code: "campaign_not_found", description: "No such campaign" },
      { status: 400, code: "campaign_status_invalid", description: "Only a draft can be activated" },
    ],
  },
  {
    method: "post",
    path: "/admin/group-buy/campaigns/{id}/end",
    auth: "admin",
    policy: "group_buy:update",
    summary: "End a campaign (no more joins; open groups run to their expiry)",
    tags,
    response: z.object({ campaign: AdminCampaignSchema }),
    errors: [
      { status: 404, code: "campaign_not_found", description: "No such campaign" },
      { status: 400, code: "campaign_status_invalid", description: "The campaign has ended already" },
    ],
  },
  {
    method: "get",
    path: "/admin/group-buy/groups",
    auth: "admin",
    policy: "group_buy:read",
    summary: "List groups (filter by status, kind, campaign, pickup point)",
    tags,
    query: AdminListGroups,
    response: list("groups", AdminGroupSchema),
  },
  {
    method: "get",
    path: "/admin/group-buy/groups/{id}",
    auth: "admin",
    policy: "group_buy:read",
    summary: "A group with its members, their orders and payment state",
    tags,
    response: z.object({ group: AdminGroupSchema, members: z.array(AdminMemberSchema) }),
    errors: [{ status: 404, code: "group_not_found", description: "No such group" }],
  },
  {
    method: "post",
    path: "/admin/group-buy/groups/{id}/close-now",
    auth: "admin",
    policy: "group_buy:update",
    summary: "Close a succeeded group now, with a reason",
    description: "The same workflow as the expiry job: final tier price, price protection refunds, captures.",
    tags,
    body: AdminEndGroup,
    response: z.object({ group: AdminGroupSchema, settlement }),
    errors: [
      { status: 404, code: "group_not_found", description: "No such group" },
      { status: 409, code: "group_not_succeeded", description: "Only a succeeded group can be closed" },
      { status: 409, code: "group_busy", description: "A member's payment is in progress; retry in a moment" },
    ],
  },
  {
    method: "post",
    path: "/admin/group-buy/groups/{id}/fail-now",
    auth: "admin",
    policy: "group_buy:update",
    summary: "Fail an open or succeeded group now, with a reason",
    description: "The same workflow as the expiry job: every member's order is canceled and its payment voided or refunded.",
    tags,
    body: AdminEndGroup,
    response: z.object({ group: AdminGroupSchema, settlement }),
    errors: [
      { status: 404, code: "group_not_found", description: "No such group" },
      { status: 409, code: "group_not_open", description: "The group is closed or failed already" },
    ],
  },
  {
    method: "get",
    path: "/admin/group-buy/products/{id}/campaigns",
    auth: "admin",
    policy: "group_buy:read",
    summary: "A product's campaigns (product page widget)",
    tags,
    response: list("campaigns", AdminCampaignSchema),
    errors: [{ status: 404, code: "product_not_found", description: "No such product" }],
  },
  {
    method: "get",
    path: "/admin/group-buy/orders/{id}",
    auth: "admin",
    policy: "group_buy:read",
    summary: "An order's group, its status, the member's payment, and whether it may be fulfilled",
    description:
      "`fulfillment.allowed` is false with code `group_not_succeeded` and a reason while the order's group has not " +
      "succeeded; `POST /admin/orders/{id}/fulfillments` refuses such orders with 409 and the same code.",
    tags,
    response: AdminOrderGroupSchema,
  },
])

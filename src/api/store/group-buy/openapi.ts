import { z } from "@medusajs/framework/zod"
import { defineOperations, type OperationError } from "../../../lib/openapi"
import {
  StoreCampaignSchema,
  StoreGetGroupBuyCampaign,
  StoreGroupDetailSchema,
  StoreJoinGroup,
  StoreJoinResultSchema,
  StoreListGroupBuyCampaigns,
  StoreListMyGroups,
  StoreMembershipSchema,
  StoreOpenGroup,
} from "./validators"

const tags = ["Group buy"]

/** Refusals of open/join (the same rules are enforced again when the cart completes). */
const JOIN_ERRORS: OperationError[] = [
  { status: 404, code: "cart_not_found", description: "No such cart" },
  { status: 403, code: "cart_not_yours", description: "The cart belongs to someone else" },
  { status: 409, code: "cart_completed", description: "The cart is already an order" },
  { status: 400, code: "group_cart_not_empty", description: "A group-buy order holds the group item alone: use a new cart" },
  { status: 404, code: "campaign_not_found", description: "No such campaign" },
  { status: 400, code: "campaign_inactive", description: "The campaign is a draft or has ended" },
  { status: 400, code: "campaign_not_started", description: "The campaign window has not opened" },
  { status: 400, code: "campaign_ended", description: "The campaign window has closed" },
  { status: 400, code: "variant_not_in_campaign", description: "The variant is not sold by this campaign" },
  { status: 400, code: "currency_not_supported", description: "The campaign has no price in the cart's currency" },
  { status: 400, code: "customer_join_limit", description: "The customer joined this campaign as often as allowed" },
  { status: 400, code: "customer_unit_limit", description: "More units than the per-customer limit" },
  { status: 409, code: "campaign_sold_out", description: "The campaign's stock cap is reached" },
  { status: 400, code: "group_quantity_too_large", description: "More units than a group holds" },
]

export default defineOperations([
  {
    method: "get",
    path: "/store/group-buy/campaigns",
    auth: "publishable",
    summary: "List live group-buy campaigns (拼团 · 社区团购)",
    description:
      "Active campaigns inside their window, with product, the campaign's variants, price tiers per currency, stock left " +
      "and the groups a customer can join now: team deals any open group (nearly complete first); community deals the " +
      "groups at the pickup points serving `latitude`/`longitude` (none without coordinates), plus those points.",
    tags,
    query: StoreListGroupBuyCampaigns,
    response: z.object({ campaigns: z.array(StoreCampaignSchema), count: z.number(), offset: z.number(), limit: z.number() }),
  },
  {
    method: "get",
    path: "/store/group-buy/campaigns/{id}",
    auth: "publishable",
    summary: "A group-buy campaign with its joinable groups",
    tags,
    query: StoreGetGroupBuyCampaign,
    response: z.object({ campaign: StoreCampaignSchema }),
    errors: [{ status: 404, code: "campaign_not_found", description: "No such campaign (drafts are not shown)" }],
  },
  {
    method: "post",
    path: "/store/group-buy/campaigns/{id}/open",
    auth: "customer",
    summary: "Open a group: put the item in my cart at the group price",
    description:
      "Team deals: a new group opens when this cart completes (the normal `POST /store/carts/{id}/complete`), with me as " +
      "its initiator, at the first tier's price. Community deals: pass `pickup_point_id`; the item joins that point's " +
      "batch for the next cutoff (the group is created at completion if nobody opened it yet); the cart must then be " +
      "collected at that point (`POST /store/carts/{id}/pickup`). The line item carries metadata " +
      "`group_buy_campaign_id`, `group_buy_group_id` (null when a new group opens), `group_buy_action` and, for " +
      "community deals, `group_buy_pickup_point_id`.",
    tags,
    body: StoreOpenGroup,
    response: StoreJoinResultSchema,
    errors: [
      ...JOIN_ERRORS,
      { status: 400, code: "pickup_point_required", description: "Community deals need a pickup point" },
      { status: 404, code: "pickup_point_not_found", description: "No such pickup point" },
      { status: 400, code: "pickup_point_unavailable", description: "The point is paused or closed" },
    ],
  },
  {
    method: "post",
    path: "/store/group-buy/groups/{id}/join",
    auth: "customer",
    summary: "Join a group: put the item in my cart at the price of my place",
    description:
      "The price is the tier price at the count the group has with me (server-computed, a custom unit price). The place " +
      "is taken when the cart completes, under a lock: if the group filled up meanwhile I am moved to another open group " +
      "of the campaign whose place costs no more than I pay (or a new group when I pay its first price), otherwise the " +
      "completion is refused with `group_full` and nothing is charged.",
    tags,
    body: StoreJoinGroup,
    response: StoreJoinResultSchema,
    errors: [
      ...JOIN_ERRORS,
      { status: 404, code: "group_not_found", description: "No such group in this campaign" },
      { status: 409, code: "group_full", description: "The group has no place left" },
      { status: 409, code: "group_closed", description: "The group expired, closed or failed" },
      { status: 400, code: "already_in_group", description: "I am already a member of this group" },
      { status: 400, code: "currency_mismatch", description: "The group is in another currency than the cart" },
      { status: 400, code: "pickup_point_mismatch", description: "Community: the group is at another pickup point" },
    ],
  },
  {
    method: "get",
    path: "/store/group-buy/groups/{id}",
    auth: "publishable",
    summary: "A group: members (anonymised), time left, current and next tier, share token",
    tags,
    response: z.object({ group: StoreGroupDetailSchema }),
    errors: [{ status: 404, code: "group_not_found", description: "No such group" }],
  },
  {
    method: "get",
    path: "/store/group-buy/share/{token}",
    auth: "publishable",
    summary: "The group a share link points at",
    tags,
    response: z.object({ group: StoreGroupDetailSchema }),
    errors: [{ status: 404, code: "share_token_not_found", description: "No group is shared under this token" }],
  },
  {
    method: "get",
    path: "/store/group-buy/my-groups",
    auth: "customer",
    summary: "My group memberships with their status",
    description:
      "pending: paying right now; confirmed: my order is placed; refunded / canceled: the group failed (or the order was " +
      "canceled) and my payment was refunded / voided. `refunded_amount` includes price protection at close.",
    tags,
    query: StoreListMyGroups,
    response: z.object({ memberships: z.array(StoreMembershipSchema), count: z.number(), offset: z.number(), limit: z.number() }),
  },
])

import type { MedusaContainer } from "@medusajs/framework/types"
import { GROUP_BUY_MODULE } from "../../../modules/group-buy"
import type GroupBuyModuleService from "../../../modules/group-buy/service"

export function groupBuyService(container: MedusaContainer | { resolve: MedusaContainer["resolve"] }): GroupBuyModuleService {
  return container.resolve<GroupBuyModuleService>(GROUP_BUY_MODULE)
}

/** Workflow inputs carry instants as ISO strings (they are serialized); steps turn them back into dates. */
export const clock = (iso?: string | Date | null) => (iso ? new Date(iso) : new Date())

/**
 * Line item metadata of a group-buy item (put there by the Store open/join routes; other domains read it):
 * - group_buy_campaign_id: the campaign;
 * - group_buy_group_id: the group joined, or null for "open a group" (the group is created when the cart
 *   completes; the member row then names it);
 * - group_buy_action: "open" | "join";
 * - group_buy_pickup_point_id: community deals, the point the batch is collected at.
 */
export const LINE_META = {
  campaign: "group_buy_campaign_id",
  group: "group_buy_group_id",
  action: "group_buy_action",
  pickupPoint: "group_buy_pickup_point_id",
} as const

export type GroupLineMetadata = {
  group_buy_campaign_id: string
  group_buy_group_id: string | null
  group_buy_action: "open" | "join"
  group_buy_pickup_point_id?: string | null
}

type LineLike = { metadata?: Record<string, unknown> | null } | null | undefined

export function isGroupLine(item: LineLike): boolean {
  return typeof item?.metadata?.[LINE_META.campaign] === "string"
}

import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { GroupRow } from "../../../modules/group-buy/types"
import { money } from "../../../modules/group-buy/utils/present"
import { clock, groupBuyService } from "../utils/service"

/**
 * Group transitions (one conditional UPDATE each in the module, so two workers never both make one) and the
 * event payloads other domains read (pickup, commission, notifications).
 */
export type GroupEventData = {
  id: string
  kind: "team" | "community"
  campaign_id: string
  pickup_point_id: string | null
  member_ids: string[]
  member_order_ids: string[]
}

/** The group's members that have an order (confirmed, or ended after one), for the event payloads. */
export async function groupEventData(
  container: Parameters<typeof groupBuyService>[0],
  group: GroupRow,
  statuses: string[] = ["confirmed"]
): Promise<GroupEventData> {
  const members = (await groupBuyService(container).membersOfGroup(group.id)).filter(
    (m) => statuses.includes(m.status) && m.order_id
  )
  return {
    id: group.id,
    kind: group.kind,
    campaign_id: group.campaign_id,
    pickup_point_id: group.pickup_point_id,
    member_ids: members.map((m) => m.id),
    member_order_ids: members.map((m) => m.order_id!),
  }
}

type TransitionInput = { group_id: string; now?: string; reason?: string | null; ended_by?: string | null; force?: boolean }

export const failGroupStepId = "fail-group"
export const failGroupStep = createStep(failGroupStepId, async (input: TransitionInput, { container }) => {
  const group = await groupBuyService(container).failGroup({
    group_id: input.group_id,
    now: clock(input.now),
    reason: input.reason ?? "expired",
    ended_by: input.ended_by ?? null,
    force: input.force,
  })
  if (!group) {
    return new StepResponse(null as (GroupEventData & { reason: string }) | null)
  }
  const data = await groupEventData(container, group, ["pending", "confirmed"])
  return new StepResponse({ ...data, reason: group.end_reason ?? "expired" } as (GroupEventData & { reason: string }) | null)
})

export const closeGroupStepId = "close-group"
export const closeGroupStep = createStep(closeGroupStepId, async (input: TransitionInput, { container }) => {
  const group = await groupBuyService(container).closeGroup({
    group_id: input.group_id,
    now: clock(input.now),
    reason: input.reason ?? null,
    ended_by: input.ended_by ?? null,
    force: input.force,
  })
  type Closed = GroupEventData & { final_unit_price: number | null; currency_code: string; end_reason: string | null }
  if (!group) {
    return new StepResponse(null as Closed | null)
  }
  const data = await groupEventData(container, group)
  return new StepResponse({
    ...data,
    final_unit_price: money(group.final_unit_price, group.currency_code),
    currency_code: group.currency_code,
    end_reason: group.end_reason,
  } as Closed | null)
})

export const autoFillGroupStepId = "auto-fill-group"
export const autoFillGroupStep = createStep(autoFillGroupStepId, async (input: { group_id: string; now?: string }, { container }) => {
  const group = await groupBuyService(container).autoFillGroup({ group_id: input.group_id, now: clock(input.now) })
  return new StepResponse(group ? ((await groupEventData(container, group)) as GroupEventData | null) : null)
})

export const confirmGroupMemberStepId = "confirm-group-member"
/**
 * The order exists: confirms the cart's pending member (idempotent). Null when the order is not a group order.
 * Returns the events to emit: member_joined when confirmed now, succeeded when the group reached its first tier.
 */
export const confirmGroupMemberStep = createStep(
  confirmGroupMemberStepId,
  async (input: { order_id: string; now?: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: input.order_id } })
    const cartId = data[0]?.cart_id
    const result = cartId
      ? await groupBuyService(container).confirmMember({ cart_id: cartId, order_id: input.order_id, now: clock(input.now) })
      : null
    if (!result) {
      return new StepResponse(null)
    }
    const { member, group } = result
    return new StepResponse({
      member_id: member.id,
      group_id: group.id,
      group_status: group.status,
      joined: result.confirmed_now
        ? {
            id: member.id,
            group_id: group.id,
            campaign_id: group.campaign_id,
            customer_id: member.customer_id,
            order_id: input.order_id,
            /**
             * The group's status as this member joined, before counting them: succeeded (or closed) means a later
             * joiner, captured at once; a member whose confirmation made the group succeed is captured with the
             * others on group_buy.succeeded.
             */
            group_status: result.succeeded_now ? "open" : group.status,
          }
        : null,
      succeeded: result.succeeded_now ? await groupEventData(container, group) : null,
    })
  }
)

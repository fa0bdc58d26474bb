import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COUPON_MODULE } from "../../../modules/coupon"
import type CouponModuleService from "../../../modules/coupon/service"
import { LEADER_MODULE } from "../../../modules/leader"
import type LeaderModuleService from "../../../modules/leader/service"
import type { LeaderDTO } from "../../../modules/leader/types"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { Person } from "../../../modules/commission/utils/beneficiaries"
import { pickupOptionIds } from "../../pickup/utils/checkout"

/**
 * Who stands above whom, read from the modules that own it: leader bindings (锁粉, leader module) and
 * referrals (邀请, coupon module). Commission keeps no copy of either.
 */

async function activeLeader(container: MedusaContainer, filter: { id?: string; customer_id?: string }): Promise<LeaderDTO | null> {
  if (!container.hasRegistration(LEADER_MODULE)) return null
  const leaders: LeaderModuleService = container.resolve(LEADER_MODULE)
  const [leader] = (await leaders.listLeaders(filter, { take: 1 })) as LeaderDTO[]
  return leader && leader.status === "active" ? leader : null
}

/** A customer as a beneficiary: with their leader id when they are an active leader. */
export async function asPerson(container: MedusaContainer, customerId: string): Promise<Person> {
  const leader = await activeLeader(container, { customer_id: customerId })
  return { customer_id: customerId, leader_id: leader?.id ?? null }
}

/**
 * A customer's upline (level 1 of their purchases): the active leader they are bound to now, or else the
 * customer who referred them (coupon module's referral), or null.
 */
export async function uplineOf(container: MedusaContainer, customerId: string, at: Date): Promise<Person | null> {
  if (container.hasRegistration(LEADER_MODULE)) {
    const leaders: LeaderModuleService = container.resolve(LEADER_MODULE)
    const bound = await leaders.getBoundLeader(customerId, at)
    if (bound && bound.leader_status === "active") {
      return { customer_id: bound.leader_customer_id, leader_id: bound.leader_id }
    }
  }
  if (container.hasRegistration(COUPON_MODULE)) {
    const coupons: CouponModuleService = container.resolve(COUPON_MODULE)
    const referrer = await coupons.getReferrer(customerId)
    if (referrer) {
      return asPerson(container, referrer.referrer_id)
    }
  }
  return null
}

/**
 * The active leader whose pickup point serves the order: the leader recorded on its pickup order, or
 * (when the order.placed subscriber has not recorded it yet) the leader of the point named by its
 * community-pickup shipping method. Null for delivered orders.
 */
export async function pickupLeaderOf(
  container: MedusaContainer,
  order: { id: string; shipping_methods?: ({ shipping_option_id?: string | null; data?: Record<string, unknown> | null } | null)[] | null }
): Promise<Person | null> {
  if (!container.hasRegistration(PICKUP_MODULE)) return null
  const pickup: PickupModuleService = container.resolve(PICKUP_MODULE)
  const [recorded] = await pickup.listPickupOrders({ order_id: order.id }, { take: 1 })
  let leaderId: string | null = recorded?.leader_id ?? null
  if (!recorded) {
    const methods = (order.shipping_methods ?? []).filter((m): m is NonNullable<typeof m> => !!m)
    const ids = await pickupOptionIds(container, methods.map((m) => m.shipping_option_id ?? ""))
    const pointId = methods.find((m) => m.shipping_option_id && ids.has(m.shipping_option_id))?.data?.pickup_point_id
    if (typeof pointId === "string") {
      const [point] = await pickup.listPickupPoints({ id: pointId }, { withDeleted: true })
      leaderId = point?.leader_id ?? null
    }
  }
  const leader = leaderId ? await activeLeader(container, { id: leaderId }) : null
  return leader ? { customer_id: leader.customer_id, leader_id: leader.id } : null
}

/** Customers' display names (for operators' lists), by id. */
export async function customerNames(container: MedusaContainer, ids: string[]): Promise<Map<string, { name: string; email: string | null }>> {
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "first_name", "last_name", "email"], filters: { id: unique } })
  return new Map(
    data.map((c) => [c.id, { name: `${c.last_name ?? ""}${c.first_name ?? ""}`.trim() || (c.email ?? c.id), email: c.email ?? null }])
  )
}

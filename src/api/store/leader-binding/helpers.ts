import type { MedusaContainer } from "@medusajs/framework/types"
import { LEADER_MODULE } from "../../../modules/leader"
import type LeaderModuleService from "../../../modules/leader/service"
import type { LeaderDTO } from "../../../modules/leader/types"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"

/** What a customer sees of a leader: name, community and pickup point. */
export async function leaderCard(container: MedusaContainer, leader: LeaderDTO) {
  let pickup_point: { id: string; name: string; address: string; latitude: number; longitude: number } | null = null
  if (leader.pickup_point_id) {
    const points: PickupModuleService = container.resolve(PICKUP_MODULE)
    const [p] = await points.listPickupPoints({ id: leader.pickup_point_id })
    pickup_point = p
      ? { id: p.id, name: p.name, address: p.address, latitude: p.latitude, longitude: p.longitude }
      : null
  }
  return { id: leader.id, name: leader.name, community: leader.community, pickup_point }
}

/** The customer's current binding as the Store API shows it, or null. */
export async function currentBindingView(container: MedusaContainer, customerId: string) {
  const service: LeaderModuleService = container.resolve(LEADER_MODULE)
  const bound = await service.getBoundLeader(customerId)
  if (!bound) return null
  const leader = (await service.retrieveLeader(bound.leader_id)) as LeaderDTO
  return {
    leader: await leaderCard(container, leader),
    source: bound.source,
    bound_at: bound.bound_at,
    expires_at: bound.expires_at,
  }
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AudienceFacts } from "../../../modules/coupon/utils/claimability"
import { customerTierCode } from "./loyalty"

/** A customer is new until they place an order (canceled and draft orders do not count). */
export async function isNewCustomer(container: MedusaContainer, customerId: string): Promise<boolean> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { customer_id: customerId, status: { $nin: ["canceled", "draft"] }, is_draft_order: false },
    pagination: { take: 1 },
  })
  return data.length === 0
}

/** What a template's audience rules need to know; tier is only looked up when some template needs it. */
export async function audienceFacts(
  container: MedusaContainer,
  customerId: string,
  need: { tier: boolean } = { tier: true }
): Promise<AudienceFacts> {
  const [isNew, tierCode] = await Promise.all([
    isNewCustomer(container, customerId),
    need.tier ? customerTierCode(container, customerId) : Promise.resolve(null),
  ])
  return { isNewCustomer: isNew, tierCode }
}

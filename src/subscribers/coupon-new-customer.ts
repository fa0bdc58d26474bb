import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { couponService } from "../workflows/coupon/utils/coupon-service"
import { issueCouponWorkflow } from "../workflows/coupon"

/**
 * New-user coupons (新人券): every active template marked issue_on_register goes into a newly registered customer's wallet,
 * exactly once (source_key register:<template>:<customer>, unique), however often the event is delivered.
 */
export default async function issueNewCustomerCoupons({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // Registrations only: Medusa also creates a customer without an account for a guest checkout and for an
  // operator's POST /admin/customers; they have no wallet to use a gift from (a guest who registers later gets
  // it then, as the customer with the account).
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "has_account"], filters: { id: event.data.id } })
  if (!data[0]?.has_account) {
    return
  }
  const templates = await couponService(container).listCouponTemplates(
    { issue_on_register: true, status: "active" },
    { select: ["id"], take: null }
  )
  for (const t of templates) {
    try {
      await issueCouponWorkflow(container).run({
        input: {
          template_id: t.id,
          customer_id: event.data.id,
          source: "register",
          source_key: `register:${t.id}:${event.data.id}`,
        },
      })
    } catch (err) {
      // Out of stock or expired: the gift is simply not available any more; other templates still go out.
      logger.warn(`new-user coupon ${t.id} not issued to ${event.data.id}: ${(err as Error).message}`)
    }
  }
}

export const config: SubscriberConfig = {
  event: "customer.created",
  context: { subscriberId: "coupon-new-customer" },
}

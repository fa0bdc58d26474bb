import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { couponService } from "../workflows/coupon/utils/coupon-service"
import { issueCouponWorkflow } from "../workflows/coupon"

/**
 * New-user coupons (新人券): every active template marked issue_on_register goes into a new customer's wallet,
 * exactly once (source_key register:<template>:<customer>, unique), however often the event is delivered.
 */
export default async function issueNewCustomerCoupons({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
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

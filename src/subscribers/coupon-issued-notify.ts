import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyCustomer } from "../lib/notify"

type CouponClaimed = { id: string; template_id: string; customer_id: string; source: string }

/** Tells a customer a coupon was put into their wallet for them (new-user gift, operator issue, referral reward). */
export default async function notifyCouponIssued({ event, container }: SubscriberArgs<CouponClaimed>) {
  if (event.data.source === "claim") {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email"],
    filters: { id: event.data.customer_id },
  })
  const email = data[0]?.email
  if (!email) {
    return
  }
  const { data: templates } = await query.graph({
    entity: "coupon_template",
    fields: ["id", "name_zh", "name_en"],
    filters: { id: event.data.template_id },
  })
  const names = templates[0] ? { coupon_name: templates[0].name_zh, coupon_name_en: templates[0].name_en } : {}
  await notifyCustomer(container, {
    to: email,
    template: "coupon.issued",
    data: { claim_id: event.data.id, template_id: event.data.template_id, source: event.data.source, ...names },
    idempotencyKey: `coupon.issued:${event.data.id}`,
    resourceType: "coupon_claim",
    resourceId: event.data.id,
    customerId: event.data.customer_id,
  })
}

export const config: SubscriberConfig = {
  event: "coupon.claimed",
  context: { subscriberId: "coupon-issued-notify" },
}

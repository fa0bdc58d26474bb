import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { rewardReferralWorkflow } from "../workflows/coupon"

/** Invite a friend: the invitee's first completed order rewards both sides (once; see rewardReferralWorkflow). */
export default async function rewardReferralOnOrderCompleted({ event, container }: SubscriberArgs<{ id: string }>) {
  await rewardReferralWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.completed",
  context: { subscriberId: "coupon-referral-reward" },
}

import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { captureMember } from "../workflows/group-buy/jobs"
import { groupBuyService } from "../workflows/group-buy/utils/service"

type GroupEvent = { id: string; group_id?: string; group_status?: string; member_ids?: string[] }

/**
 * Payment is captured when the group succeeds: every confirmed member on `group_buy.succeeded`, and a later
 * joiner of a succeeded group at once on `group_buy.member_joined`. Each capture is once per member (a lease
 * and the payment's own state); a failure is recorded on the member and retried by the expiry job.
 */
export default async function groupBuyCapture({ event, container }: SubscriberArgs<GroupEvent>) {
  if (event.name === "group_buy.succeeded") {
    for (const memberId of event.data.member_ids ?? []) {
      await captureMember(container, memberId)
    }
    return
  }
  // member_joined carries the group's status after the join (read again for an event from an older payload).
  const status =
    event.data.group_status ?? (event.data.group_id ? (await groupBuyService(container).groupRow(event.data.group_id))?.status : null)
  if (status === "succeeded" || status === "closed") {
    await captureMember(container, event.data.id)
  }
}

export const config: SubscriberConfig = {
  event: ["group_buy.succeeded", "group_buy.member_joined"],
  context: { subscriberId: "group-buy-capture" },
}

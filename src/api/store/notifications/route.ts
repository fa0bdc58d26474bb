import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { presentNotification } from "./helpers"
import type { StoreListNotificationsType } from "./validators"

/** GET /store/notifications: my messages (order status, groups, pickups, reminders…), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListNotificationsType>, res: MedusaResponse) => {
  const { offset, limit } = req.validatedQuery as StoreListNotificationsType
  const [notifications, count] = await req.scope.resolve(Modules.NOTIFICATION).listAndCountNotifications(
    { receiver_id: req.auth_context.actor_id, channel: "feed" },
    { skip: offset, take: limit, order: { created_at: "DESC" } }
  )
  res.json({ notifications: notifications.map(presentNotification), count, offset, limit })
}

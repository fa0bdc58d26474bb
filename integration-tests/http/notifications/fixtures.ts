import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"

/** Notifications stored by Medusa's Notification module for a receiver (oldest first). */
export async function notificationsOf(container: MedusaContainer, receiverId: string, template?: string) {
  const rows = await container.resolve(Modules.NOTIFICATION).listNotifications(
    { receiver_id: receiverId, ...(template ? { template } : {}) },
    { order: { created_at: "ASC" }, take: null }
  )
  return rows as (typeof rows[number] & { data: Record<string, any> })[]
}

/** Resolves when every subscriber of `event` ran (count times). */
export function afterSubscribers(container: MedusaContainer, event: string, count = 1) {
  return TestEventUtils.waitSubscribersExecution(event, container.resolve(Modules.EVENT_BUS), { triggerCount: count })
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { waitFor } from "../group-buy/fixtures"

/** Notifications stored by Medusa's Notification module for a receiver (oldest first). */
export async function notificationsOf(container: MedusaContainer, receiverId: string, template?: string) {
  const rows = await container.resolve(Modules.NOTIFICATION).listNotifications(
    { receiver_id: receiverId, ...(template ? { template } : {}) },
    { order: { created_at: "ASC" }, take: null }
  )
  return rows as (typeof rows[number] & { data: Record<string, any> })[]
}

/**
 * Resolves when every subscriber of `event` handled it `count` times (register before the action). Uses the
 * group-buy fixtures' waitFor: N events each handled by every subscriber, with a timeout a loaded machine meets.
 */
export function afterSubscribers(container: MedusaContainer, event: string, count = 1) {
  return waitFor(container, event, count, 120_000)
}

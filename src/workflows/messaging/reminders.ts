import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyCustomer } from "../../lib/notify"
import { MESSAGING_MODULE } from "../../modules/messaging"
import type MessagingModuleService from "../../modules/messaging/service"
import type { ReminderClaim } from "../../modules/messaging/types"
import { couponService } from "../coupon/utils/coupon-service"
import { loyaltyService } from "../loyalty/utils/loyalty-service"

/** How far ahead customers are reminded. */
export const COUPON_REMINDER_DAYS = 3
export const POINTS_REMINDER_DAYS = 7

const PAGE = 200
const DAY_MS = 24 * 60 * 60 * 1000

type Due = { reference: string; customer_id: string; expires_at: Date; label?: string; label_en?: string; points?: number }
export type ReminderRun = { customers: number; reminded: number; skipped: number; failed: number }

/**
 * Coupons in a wallet that expire within `days` of `now` and are still unused: each coupon is reminded once
 * (one message per customer and run, listing their coupons), whatever how often the job runs.
 */
export async function remindExpiringCoupons(
  container: MedusaContainer,
  { now = new Date(), days = COUPON_REMINDER_DAYS }: { now?: Date; days?: number } = {}
): Promise<ReminderRun> {
  const until = new Date(now.getTime() + days * DAY_MS)
  const service = couponService(container)
  const due: Due[] = []
  let after: string | undefined
  for (;;) {
    const page = await service.listCouponClaims(
      { status: "available", expires_at: { $gt: now, $lte: until }, ...(after ? { id: { $gt: after } } : {}) },
      { relations: ["template"], take: PAGE, order: { id: "ASC" } }
    )
    due.push(
      ...page.map((c) => ({
        reference: c.id,
        customer_id: c.customer_id,
        expires_at: new Date(c.expires_at!),
        label: c.template?.name_zh,
        label_en: c.template?.name_en,
      }))
    )
    if (page.length < PAGE) break
    after = page[page.length - 1].id
  }
  return remind(container, "coupon.expiring_soon", due, (items) => ({
    count: items.length,
    coupon_names: items.map((i) => i.label).filter(Boolean),
    coupon_names_en: items.map((i) => i.label_en).filter(Boolean),
    claim_ids: items.map((i) => i.reference),
  }))
}

/**
 * Points lots with points left that expire within `days` of `now`: each lot is reminded once (one message
 * per customer and run, with the points and the earliest expiry).
 */
export async function remindExpiringPoints(
  container: MedusaContainer,
  { now = new Date(), days = POINTS_REMINDER_DAYS }: { now?: Date; days?: number } = {}
): Promise<ReminderRun> {
  const until = new Date(now.getTime() + days * DAY_MS)
  const service = loyaltyService(container)
  const due: Due[] = []
  let after: string | undefined
  for (;;) {
    const page = await service.listLoyaltyLots(
      { remaining: { $gt: 0 }, expires_at: { $gt: now, $lte: until }, ...(after ? { id: { $gt: after } } : {}) },
      { take: PAGE, order: { id: "ASC" } }
    )
    due.push(
      ...page.map((l) => ({ reference: l.id, customer_id: l.customer_id, expires_at: new Date(l.expires_at!), points: l.remaining }))
    )
    if (page.length < PAGE) break
    after = page[page.length - 1].id
  }
  return remind(container, "points.expiring_soon", due, (items) => ({
    points: items.reduce((sum, i) => sum + (i.points ?? 0), 0),
    lot_ids: items.map((i) => i.reference),
  }))
}

/**
 * Per customer: claim the references (unique (kind, reference) rows: a reference another run or instance
 * already claimed is left out), send one message about the newly claimed ones, and give the claims back
 * if sending fails so that the next run retries. Customers who switched the category off are counted as
 * skipped; their claims stay, so they are not reminded of the same thing later.
 */
async function remind(
  container: MedusaContainer,
  template: "coupon.expiring_soon" | "points.expiring_soon",
  due: Due[],
  dataFor: (items: Due[]) => Record<string, unknown>
): Promise<ReminderRun> {
  const run: ReminderRun = { customers: 0, reminded: 0, skipped: 0, failed: 0 }
  if (!due.length) return run
  const messaging = container.resolve<MessagingModuleService>(MESSAGING_MODULE)
  const byCustomer = new Map<string, Due[]>()
  for (const d of due) byCustomer.set(d.customer_id, [...(byCustomer.get(d.customer_id) ?? []), d])
  const emails = await customerEmails(container, [...byCustomer.keys()])
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const [customerId, items] of byCustomer) {
    const email = emails.get(customerId)
    if (!email) continue
    run.customers += 1
    const claimed: ReminderClaim[] = await messaging.claimReminders(
      template,
      items.map((i) => ({ reference: i.reference, customer_id: customerId }))
    )
    if (!claimed.length) continue
    const mine = new Set(claimed.map((c) => c.reference))
    const fresh = items.filter((i) => mine.has(i.reference)).sort((a, b) => a.expires_at.getTime() - b.expires_at.getTime())
    try {
      const res = await notifyCustomer(container, {
        to: email,
        template,
        data: { ...dataFor(fresh), expires_at: fresh[0].expires_at.toISOString() },
        idempotencyKey: `${template}:${customerId}:${fresh[0].reference}`,
        resourceType: "customer",
        resourceId: customerId,
        customerId,
      })
      if (res.sent) run.reminded += fresh.length
      else run.skipped += fresh.length
    } catch (e) {
      await messaging.releaseReminders(template, [...mine])
      run.failed += fresh.length
      logger.warn(`messaging: ${template} for customer ${customerId} failed and will be retried: ${(e as Error).message}`)
    }
  }
  return run
}

async function customerEmails(container: MedusaContainer, ids: string[]): Promise<Map<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: ids } })
  return new Map(data.filter((c) => !!c.email).map((c) => [c.id, c.email!]))
}

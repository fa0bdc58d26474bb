import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import { processDueGroups, type ExpiryRunOptions } from "../../../src/workflows/group-buy/jobs"
import type { Api, Headers } from "../../helpers/auth"
import { completeCheckout, createCart } from "../../helpers/checkout"

export { failure, variantIdsBySku } from "../coupons/fixtures"

export const DAY = 24 * 3600 * 1000

/** Raw SQL against the suite's database (counting rows, reading money state). */
export async function sql<T = Record<string, any>>(container: MedusaContainer, query: string, bindings: unknown[] = []): Promise<T[]> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const res = await pg.raw(query, bindings as readonly (string | number | boolean | Date | null)[])
  return res.rows as T[]
}

/** A campaign through the Admin API. Default: a team deal on 三亚麒麟西瓜 (1 pc), tiers 2→¥9.90, 3→¥8.80, active now. */
export async function createCampaign(
  api: Api,
  admin: Headers,
  { productId, variantId }: { productId: string; variantId: string },
  overrides: Record<string, unknown> = {}
) {
  const now = Date.now()
  const res = await api.post(
    "/admin/group-buy/campaigns",
    {
      title: "三亚麒麟西瓜 拼团",
      kind: "team",
      product_id: productId,
      variant_ids: [variantId],
      max_per_group: 3,
      group_lifetime_hours: 24,
      starts_at: new Date(now - DAY).toISOString(),
      ends_at: new Date(now + 7 * DAY).toISOString(),
      tiers: [
        { currency_code: "cny", threshold: 2, price: 9.9 },
        { currency_code: "cny", threshold: 3, price: 8.8 },
      ],
      status: "active",
      ...overrides,
    },
    admin
  )
  return res.data.campaign as { id: string } & Record<string, any>
}

type Listener = (...args: unknown[]) => unknown
type Emitter = {
  listeners: (e: string) => Listener[]
  on: (e: string, l: Listener) => unknown
  removeListener: (e: string, l: Listener) => unknown
}

/**
 * Resolves when every subscriber of `event` finished `count` times (register it before the action). For one event
 * this is TestEventUtils.waitSubscribersExecution; that utility's `triggerCount` counts the executions of all
 * the event's subscribers together, so it cannot wait for N events each handled by every subscriber: this does.
 */
export function waitFor(container: MedusaContainer, event: string, count = 1, timeoutMs = 120_000): Promise<unknown> {
  const bus = container.resolve(Modules.EVENT_BUS)
  if (count === 1) {
    return TestEventUtils.waitSubscribersExecution(event, bus, { timeout: timeoutMs })
  }
  const emitter = (bus as { eventEmitter_?: Emitter }).eventEmitter_
  if (!emitter) {
    throw new Error("waitFor: the local event bus is expected in tests")
  }
  const originals = emitter.listeners(event)
  const done = new Map<Listener, number>()
  return new Promise<void>((resolve, reject) => {
    const wrappers = originals.map((listener) => async (...args: unknown[]) => {
      try {
        await listener(...args)
      } finally {
        done.set(listener, (done.get(listener) ?? 0) + 1)
        if (originals.every((l) => (done.get(l) ?? 0) >= count)) {
          clearTimeout(timer)
          restore()
          resolve()
        }
      }
    })
    const restore = () => {
      wrappers.forEach((w) => emitter.removeListener(event, w))
      originals.forEach((l) => emitter.on(event, l))
    }
    const timer = setTimeout(() => {
      restore()
      reject(new Error(`Timeout of ${timeoutMs}ms waiting for ${count} × "${event}"`))
    }, timeoutMs)
    timer.unref()
    originals.forEach((l) => emitter.removeListener(event, l))
    wrappers.forEach((w) => emitter.on(event, w))
  })
}

/**
 * A customer's group checkout through the Store API: a new cart, open (campaign) or join (group), then the
 * normal Medusa checkout. Resolves to { cart_id, join, complete } (complete is the raw response, also a refusal).
 */
export async function groupCheckout(
  api: Api,
  customer: { headers: Headers; email: string },
  regionId: string,
  target: { campaign_id: string } | { group_id: string },
  body: { variant_id: string; quantity?: number; pickup_point_id?: string },
  checkout: { shippingOptionCode?: string; providerId?: string; beforeComplete?: (cartId: string) => Promise<void> } = {}
) {
  const cart = await createCart(api, customer.headers, regionId, customer.email)
  const path = "campaign_id" in target ? `/store/group-buy/campaigns/${target.campaign_id}/open` : `/store/group-buy/groups/${target.group_id}/join`
  const join = await api.post(path, { cart_id: cart.id, ...body }, customer.headers)
  await checkout.beforeComplete?.(cart.id)
  const complete = await completeCheckout(api, customer.headers, cart.id, {
    email: customer.email,
    shippingOptionCode: checkout.shippingOptionCode,
    providerId: checkout.providerId,
  }).catch((e: any) => e.response)
  return { cart_id: cart.id as string, join: join.data, complete }
}

/** The order's payment: amount, captured and refunded amounts (sums), canceled. */
export async function paymentOf(container: MedusaContainer, orderId: string) {
  const [row] = await sql<{ id: string; amount: string; captured_at: Date | null; canceled_at: Date | null; captured: string; refunded: string }>(
    container,
    `SELECT p.id, p.amount::text AS amount, p.captured_at, p.canceled_at,
            (SELECT coalesce(sum(c.amount), 0)::text FROM capture c WHERE c.payment_id = p.id AND c.deleted_at IS NULL) AS captured,
            (SELECT coalesce(sum(r.amount), 0)::text FROM refund r WHERE r.payment_id = p.id AND r.deleted_at IS NULL) AS refunded
       FROM order_payment_collection opc JOIN payment p ON p.payment_collection_id = opc.payment_collection_id
      WHERE opc.order_id = ? AND opc.deleted_at IS NULL AND p.deleted_at IS NULL`,
    [orderId]
  )
  return { id: row.id, amount: Number(row.amount), captured: Number(row.captured), refunded: Number(row.refunded), canceled: !!row.canceled_at }
}

export async function orderStatus(container: MedusaContainer, orderId: string): Promise<string> {
  const [row] = await sql<{ status: string }>(container, `SELECT status FROM "order" WHERE id = ?`, [orderId])
  return row.status
}

/** The expiry job's work with an explicit clock. */
export function runExpiry(container: MedusaContainer, now: Date, options: ExpiryRunOptions = {}) {
  return processDueGroups(container, { now, ...options })
}

export async function members(container: MedusaContainer, groupId: string) {
  return sql(
    container,
    `SELECT id, customer_id, order_id, cart_id, status, quantity, unit_price::text AS unit_price, captured_at,
            protection_amount::text AS protection_amount, protection_refunded_at, refunded_amount::text AS refunded_amount,
            attempts, last_error
       FROM group_buy_member WHERE group_id = ? ORDER BY created_at, id`,
    [groupId]
  )
}

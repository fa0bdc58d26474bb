import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { failGroupWorkflow } from "../../../src/workflows/group-buy"
import { createAdminUser, createStoreCustomer, type Headers } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import {
  createCampaign,
  DAY,
  groupCheckout,
  members,
  orderStatus,
  paymentOf,
  runExpiry,
  sql,
  variantIdsBySku,
  waitFor,
} from "./fixtures"

jest.setTimeout(400 * 1000)

const AUTOCAPTURE = "pp_autocapture_autocapture"

// The runner loads medusa-config before it applies its `env`, so the provider switch must be set while this file
// loads (and is taken back when it is done, so no other spec file sees it).
process.env.PAYMENT_AUTOCAPTURE = "true"
afterAll(() => {
  delete process.env.PAYMENT_AUTOCAPTURE
})

medusaIntegrationTestRunner({
  // A second payment provider that captures at checkout, so failed groups take the refund path.
  env: { PAYMENT_AUTOCAPTURE: "true" },
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let admin: Headers
    let melon: { productId: string; variantId: string }

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
      const variants = await variantIdsBySku(getContainer())
      melon = { productId: seed.productIds["sanya-mini-watermelon"], variantId: variants["FP-WMELON-1"] }
    })

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer(), api)).headers
      await api.post(`/admin/regions/${seed.regionId}`, { payment_providers: ["pp_system_default", AUTOCAPTURE] }, admin)
    })

    const customer = () => createStoreCustomer(api, seed.publishableKey)
    const notifications = async (template: string) =>
      (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template }, { take: 200 })).length

    /** One customer opens a group (and pays with `providerId`); resolves to the order and the group id. */
    async function opens(campaignId: string, providerId = "pp_system_default") {
      const c = await customer()
      const joined = waitFor(getContainer(), "group_buy.member_joined")
      const r = await groupCheckout(api, c, seed.regionId, { campaign_id: campaignId }, { variant_id: melon.variantId }, { providerId })
      expect(r.complete.data.type).toBe("order")
      await joined
      const [m] = (await api.get("/store/group-buy/my-groups", c.headers)).data.memberships
      return { customer: c, order: r.complete.data.order as { id: string; total: number }, groupId: m.group.id as string }
    }

    async function joins(groupId: string, providerId = "pp_system_default") {
      const c = await customer()
      const joined = waitFor(getContainer(), "group_buy.member_joined")
      const r = await groupCheckout(api, c, seed.regionId, { group_id: groupId }, { variant_id: melon.variantId }, { providerId })
      expect(r.complete.data.type).toBe("order")
      await joined
      return { customer: c, order: r.complete.data.order as { id: string; total: number } }
    }

    it("expiry with too few members: orders canceled, authorizations voided, captured payments refunded; re-running changes nothing", async () => {
      const campaign = await createCampaign(api, admin, melon) // success at 2 members
      const voided = await opens(campaign.id) // authorized only
      const refunded = await opens(campaign.id, AUTOCAPTURE) // captured at checkout
      expect((await paymentOf(getContainer(), refunded.order.id)).captured).toBe(refunded.order.total)

      // Not due before expires_at (24 h).
      expect(await runExpiry(getContainer(), new Date(Date.now() + DAY - 60_000))).toMatchObject({ groups: 0, failed: 0 })

      const failedEvents = waitFor(getContainer(), "group_buy.failed", 2)
      const refundEvents = waitFor(getContainer(), "group_buy.member_refunded", 1)
      const later = new Date(Date.now() + DAY + 60_000)
      const run = await runExpiry(getContainer(), later)
      expect(run).toMatchObject({ groups: 2, failed: 2, refunds: 2, member_errors: 0 })
      await Promise.all([failedEvents, refundEvents])

      // The authorized payment is voided (nothing captured, nothing refunded); the captured one refunded in full
      // (¥9.90 + ¥8.00 express shipping = ¥17.90).
      expect(await orderStatus(getContainer(), voided.order.id)).toBe("canceled")
      expect(await paymentOf(getContainer(), voided.order.id)).toMatchObject({ canceled: true, captured: 0, refunded: 0 })
      expect(await orderStatus(getContainer(), refunded.order.id)).toBe("canceled")
      expect(await paymentOf(getContainer(), refunded.order.id)).toMatchObject({ captured: 17.9, refunded: 17.9 })
      const [mv] = (await api.get("/store/group-buy/my-groups", voided.customer.headers)).data.memberships
      expect(mv).toMatchObject({ status: "canceled", refunded_amount: 0, group: { status: "failed" } })
      const [mr] = (await api.get("/store/group-buy/my-groups", refunded.customer.headers)).data.memberships
      expect(mr).toMatchObject({ status: "refunded", refunded_amount: 17.9, group: { status: "failed" } })
      const groups = await sql(getContainer(), `SELECT status, end_reason, settled_at FROM group_buy_group WHERE campaign_id = ?`, [campaign.id])
      expect(groups.every((g) => g.status === "failed" && g.end_reason === "expired" && g.settled_at)).toBe(true)
      // The stock the failed members held is free again.
      expect((await sql(getContainer(), `SELECT sold_quantity FROM group_buy_campaign WHERE id = ?`, [campaign.id]))[0].sold_quantity).toBe(0)

      // Again, later: nothing to do, nothing moves.
      const again = await runExpiry(getContainer(), new Date(later.getTime() + DAY))
      expect(again).toMatchObject({ groups: 0, failed: 0, refunds: 0, captures: 0 })
      expect(await paymentOf(getContainer(), refunded.order.id)).toMatchObject({ refunded: 17.9 })
      expect(await notifications("group_buy.failed")).toBe(2)
      expect(await notifications("group_buy.member_refunded")).toBe(1)
      // Each member is told what comes back: the whole order (¥9.90 + ¥8.00 shipping), not the item's price.
      const told = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "group_buy.failed" }, { take: 10 })
      expect(told.map((n) => (n.data as { amount?: number }).amount)).toEqual([17.9, 17.9])
      expect(told.every((n) => JSON.stringify(n.data).includes("17.90"))).toBe(true)
    })

    it("price protection on payments captured at checkout: success finds them captured, close refunds ¥1.10 each", async () => {
      const campaign = await createCampaign(api, admin, melon, { max_per_group: 5 })
      const a = await opens(campaign.id, AUTOCAPTURE)
      const b = await joins(a.groupId, AUTOCAPTURE) // 2 → ¥9.90, the group succeeds
      const c = await joins(a.groupId, AUTOCAPTURE) // 3 → ¥8.80
      const rows = await members(getContainer(), a.groupId)
      expect(rows.map((m) => [m.unit_price, !!m.captured_at])).toEqual([["9.9", true], ["9.9", true], ["8.8", true]])

      // Not full (3 of 5): it closes when it expires. (9.90 − 8.80) × 1 = ¥1.10 back to A and B.
      const run = await runExpiry(getContainer(), new Date(Date.now() + DAY + 60_000))
      expect(run).toMatchObject({ closed: 1, protections: 2, refunds: 0, member_errors: 0 })
      for (const [order, back] of [[a.order, 1.1], [b.order, 1.1], [c.order, 0]] as const) {
        const p = await paymentOf(getContainer(), order.id)
        expect([p.captured, p.refunded]).toEqual([order.total, back])
      }
      const [group] = await sql(getContainer(), `SELECT status, end_reason, final_unit_price::text AS p FROM group_buy_group WHERE id = ?`, [a.groupId])
      expect(group).toMatchObject({ status: "closed", end_reason: "expired", p: "8.8" })
    })

    it("failure injection: a refund that throws for one member leaves the others refunded and is retried on the next run", async () => {
      const campaign = await createCampaign(api, admin, melon, {
        max_per_group: 5,
        tiers: [{ currency_code: "cny", threshold: 4, price: 9.9 }],
      })
      const a = await opens(campaign.id, AUTOCAPTURE)
      const b = await joins(a.groupId, AUTOCAPTURE)
      const c = await joins(a.groupId, "pp_system_default")
      // Three of four: it fails at expiry. B's refund breaks at the payment provider.
      const payments = getContainer().resolve(Modules.PAYMENT)
      const paymentB = (await paymentOf(getContainer(), b.order.id)).id
      const original = payments.refundPayment.bind(payments)
      const spy = jest.spyOn(payments, "refundPayment").mockImplementation(async (data: any, ctx?: any) => {
        if (data.payment_id === paymentB) {
          throw new Error("injected: provider refused the refund")
        }
        return original(data, ctx)
      })
      const later = new Date(Date.now() + DAY + 60_000)
      const first = await runExpiry(getContainer(), later)
      spy.mockRestore()
      expect(first).toMatchObject({ failed: 1, refunds: 2, member_errors: 1 })
      expect(await paymentOf(getContainer(), a.order.id)).toMatchObject({ refunded: a.order.total })
      expect(await paymentOf(getContainer(), c.order.id)).toMatchObject({ canceled: true, refunded: 0 })
      // Medusa's cancelOrderWorkflow only logs a provider's refund error and cancels the order anyway: the money is
      // not back, so the member is not done.
      expect(await paymentOf(getContainer(), b.order.id)).toMatchObject({ refunded: 0 })
      expect(await orderStatus(getContainer(), b.order.id)).toBe("canceled")
      const stuck = (await members(getContainer(), a.groupId)).find((m) => m.order_id === b.order.id)!
      expect(stuck).toMatchObject({ status: "confirmed", attempts: 1 })
      expect(stuck.last_error).toMatch(/injected/)
      expect((await sql(getContainer(), `SELECT settled_at FROM group_buy_group WHERE id = ?`, [a.groupId]))[0].settled_at).toBeNull()

      // Next run: only B is retried; nobody is refunded twice.
      const second = await runExpiry(getContainer(), new Date(later.getTime() + 60_000))
      expect(second).toMatchObject({ groups: 1, failed: 0, refunds: 1, member_errors: 0 })
      expect(await paymentOf(getContainer(), b.order.id)).toMatchObject({ refunded: b.order.total })
      expect(await paymentOf(getContainer(), a.order.id)).toMatchObject({ refunded: a.order.total })
      const after = await members(getContainer(), a.groupId)
      expect(after.map((m) => m.status).sort()).toEqual(["canceled", "refunded", "refunded"])
      expect(after.find((m) => m.order_id === b.order.id)).toMatchObject({ last_error: null, refunded_amount: String(b.order.total) })
      const third = await runExpiry(getContainer(), new Date(later.getTime() + 120_000))
      expect(third).toMatchObject({ groups: 0, refunds: 0 })
    })

    it("after a crash between failing a group and refunding it, the next run refunds every member", async () => {
      const campaign = await createCampaign(api, admin, melon, { tiers: [{ currency_code: "cny", threshold: 3, price: 9.9 }] })
      const a = await opens(campaign.id, AUTOCAPTURE)
      const b = await joins(a.groupId)
      const later = new Date(Date.now() + DAY + 60_000)
      // A tick failed the group, then died before any refund (and before releasing its claim).
      await failGroupWorkflow(getContainer()).run({ input: { group_id: a.groupId, now: later.toISOString(), reason: "expired" } })
      await sql(getContainer(), `UPDATE group_buy_group SET lease_owner = 'crashed', lease_until = now() - interval '1 second' WHERE id = ?`, [a.groupId])
      const run = await runExpiry(getContainer(), later)
      expect(run).toMatchObject({ groups: 1, failed: 0, refunds: 2 })
      expect(await paymentOf(getContainer(), a.order.id)).toMatchObject({ refunded: a.order.total })
      expect(await paymentOf(getContainer(), b.order.id)).toMatchObject({ canceled: true })
    })

    it("two overlapping ticks never handle the same group: every member is refunded exactly once", async () => {
      const campaign = await createCampaign(api, admin, melon, { tiers: [{ currency_code: "cny", threshold: 3, price: 9.9 }] })
      const orders: string[] = []
      for (let i = 0; i < 4; i++) {
        orders.push((await opens(campaign.id, AUTOCAPTURE)).order.id)
      }
      const payments = getContainer().resolve(Modules.PAYMENT)
      const refundSpy = jest.spyOn(payments, "refundPayment")
      const later = new Date(Date.now() + DAY + 60_000)
      const [t1, t2] = await Promise.all([
        runExpiry(getContainer(), later, { batch_size: 1, concurrency: 1 }),
        runExpiry(getContainer(), later, { batch_size: 1, concurrency: 1 }),
      ])
      const refundCalls = refundSpy.mock.calls.length
      refundSpy.mockRestore()
      expect(t1.failed + t2.failed).toBe(4)
      expect(t1.refunds + t2.refunds).toBe(4)
      expect(refundCalls).toBe(4)
      for (const id of orders) {
        expect(await paymentOf(getContainer(), id)).toMatchObject({ refunded: 17.9 })
      }
    })

    it("auto-fill (模拟成团): one member short at expiry succeeds, marked auto-filled, captured and closed at the first tier; two short fails", async () => {
      const campaign = await createCampaign(api, admin, melon, {
        auto_fill: true,
        max_per_group: 5,
        tiers: [
          { currency_code: "cny", threshold: 3, price: 9.9 },
          { currency_code: "cny", threshold: 4, price: 8.8 },
        ],
      })
      const a = await opens(campaign.id)
      const b = await joins(a.groupId)
      const lonely = await opens(campaign.id)
      const succeeded = waitFor(getContainer(), "group_buy.succeeded")
      const later = new Date(Date.now() + DAY + 60_000)
      const run = await runExpiry(getContainer(), later)
      expect(run).toMatchObject({ auto_filled: 1, closed: 1, failed: 1 })
      await succeeded
      await runExpiry(getContainer(), new Date(later.getTime() + 60_000)) // settles captures the subscriber left
      const [filled] = await sql(getContainer(), `SELECT status, auto_filled, final_unit_price::text AS p, settled_at FROM group_buy_group WHERE id = ?`, [a.groupId])
      expect(filled).toMatchObject({ status: "closed", auto_filled: true, p: "9.9" })
      expect(filled.settled_at).toBeTruthy()
      for (const order of [a.order, b.order]) {
        expect(await paymentOf(getContainer(), order.id)).toMatchObject({ captured: order.total, refunded: 0 })
      }
      expect(await orderStatus(getContainer(), lonely.order.id)).toBe("canceled")
      const adminGroup = (await api.get(`/admin/group-buy/groups/${a.groupId}`, admin)).data.group
      expect(adminGroup).toMatchObject({ auto_filled: true, status: "closed" })
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { expireDuePoints, reviewTiersIfDue } from "../../../src/workflows/loyalty/jobs"
import { loyaltyService } from "../../../src/workflows/loyalty/utils/loyalty-service"
import { createAdminUser, createStoreCustomer, type Headers } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import { balanceOf, expectConsistentLedger, failure, grantPoints, sql } from "./fixtures"

jest.setTimeout(240 * 1000)

const DAY = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let admin: Awaited<ReturnType<typeof createAdminUser>>

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
    })

    beforeEach(async () => {
      admin = await createAdminUser(getContainer(), api)
    })

    describe("settings", () => {
      it("reads the defaults, saves rates, the check-in table and tiers, and refuses bad settings", async () => {
        const defaults = await api.get("/admin/loyalty/settings", admin.headers)
        expect(defaults.data.settings).toMatchObject({
          currency_code: "cny",
          earn_points_per_unit: 1,
          redeem_points_per_unit: 100,
          redeem_max_share: 0.5,
          expiry_months: 12,
          expiring_soon_days: 30,
          checkin_rewards: [5, 5, 10, 10, 15, 20, 30],
        })
        const saved = await api.post(
          "/admin/loyalty/settings",
          {
            earn_points_per_unit: 2,
            redeem_max_share: 0.3,
            checkin_rewards: [1, 2, 3],
            tiers: [
              { code: "normal", name: "普通", rank: 0, min_spend: 0, multiplier: 1 },
              { code: "gold", name: "金卡", rank: 1, min_spend: 500, multiplier: 2, free_shipping_threshold: 49 },
            ],
          },
          admin.headers
        )
        expect(saved.data.settings).toMatchObject({ earn_points_per_unit: 2, redeem_max_share: 0.3, checkin_rewards: [1, 2, 3], redeem_points_per_unit: 100 })
        expect(saved.data.tiers.map((t: any) => [t.code, t.rank, t.min_spend, t.multiplier, t.free_shipping_threshold])).toEqual([
          ["normal", 0, 0, 1, null],
          ["gold", 1, 500, 2, 49],
        ])
        const goldId = saved.data.tiers[1].id
        // Re-ranking keeps tier ids (customers keep their tier); a tier left out is removed.
        const reranked = await api.post(
          "/admin/loyalty/settings",
          { tiers: [{ code: "gold", name: "金卡", rank: 5, min_spend: 600, multiplier: 2 }] },
          admin.headers
        )
        expect(reranked.data.tiers.map((t: any) => [t.id, t.code, t.rank])).toEqual([[goldId, "gold", 5]])

        for (const body of [
          { redeem_max_share: 1.5 },
          { checkin_rewards: [] },
          { tiers: [{ code: "a", name: "A", rank: 0, min_spend: 0, multiplier: 1 }, { code: "a", name: "B", rank: 1, min_spend: 10, multiplier: 1 }] },
          { tiers: [{ code: "a", name: "A", rank: 0, min_spend: 100, multiplier: 1 }, { code: "b", name: "B", rank: 1, min_spend: 10, multiplier: 1 }] },
          { unknown: 1 },
        ]) {
          const bad = await failure(api.post("/admin/loyalty/settings", body, admin.headers))
          expect([bad.status, bad.data.code]).toEqual([400, "invalid_data"])
        }
      })

      it("needs the loyalty policies (RBAC)", async () => {
        const nobody = await createAdminUser(getContainer(), api, { roles: [] })
        expect((await failure(api.get("/admin/loyalty/settings", nobody.headers))).status).toBe(403)
        const c = await createStoreCustomer(api, seed.publishableKey)
        expect((await failure(api.post(`/admin/loyalty/customers/${c.customer.id}/adjust`, { points: 10, reason: "hi" }, nobody.headers))).status).toBe(403)
      })
    })

    describe("adjustments and the customer summary", () => {
      it("adjusts with a reason and the operator recorded, refuses a debit beyond the balance, and is idempotent by reference", async () => {
        const c = await createStoreCustomer(api, seed.publishableKey)
        const add = await api.post(
          `/admin/loyalty/customers/${c.customer.id}/adjust`,
          { points: 300, reason: "补偿：配送延误", reference: "ticket-42" },
          admin.headers
        )
        expect(add.status).toBe(201)
        expect(add.data).toMatchObject({ created: true, balance: 300, entry: { kind: "adjust", delta: 300, note: "补偿：配送延误", created_by: admin.user.id } })
        const replay = await api.post(
          `/admin/loyalty/customers/${c.customer.id}/adjust`,
          { points: 300, reason: "补偿：配送延误", reference: "ticket-42" },
          admin.headers
        )
        expect(replay.status).toBe(200)
        expect(replay.data).toMatchObject({ created: false, balance: 300, entry: { id: add.data.entry.id } })

        const take = await api.post(`/admin/loyalty/customers/${c.customer.id}/adjust`, { points: -100, reason: "误发" }, admin.headers)
        expect(take.data).toMatchObject({ balance: 200, entry: { delta: -100 } })
        const tooMuch = await failure(api.post(`/admin/loyalty/customers/${c.customer.id}/adjust`, { points: -201, reason: "误发" }, admin.headers))
        expect([tooMuch.status, tooMuch.data.code]).toEqual([400, "insufficient_points"])
        const noReason = await failure(api.post(`/admin/loyalty/customers/${c.customer.id}/adjust`, { points: 5 }, admin.headers))
        expect([noReason.status, noReason.data.code]).toEqual([400, "invalid_data"])
        const nobody = await failure(api.post(`/admin/loyalty/customers/cus_missing/adjust`, { points: 5, reason: "x y" }, admin.headers))
        expect([nobody.status, nobody.data.code]).toEqual([404, "customer_not_found"])

        const summary = await api.get(`/admin/loyalty/customers/${c.customer.id}`, admin.headers)
        expect(summary.data).toMatchObject({ customer_id: c.customer.id, balance: 200, entry_count: 2 })
        expect(summary.data.entries.map((e: any) => [e.kind, e.delta, e.created_by])).toEqual([
          ["adjust", -100, admin.user.id],
          ["adjust", 300, admin.user.id],
        ])
        const page = await api.get(`/admin/loyalty/customers/${c.customer.id}/entries?limit=1&offset=1`, admin.headers)
        expect(page.data).toMatchObject({ count: 2, offset: 1, limit: 1 })
        expect(page.data.entries.map((e: any) => e.delta)).toEqual([300])
        expect(await expectConsistentLedger(getContainer(), c.customer.id)).toBe(200)
      })
    })

    describe("expiry job", () => {
      it("spends and expires the oldest lots first, shows what expires within 30 days, and a re-run changes nothing", async () => {
        const c = await createStoreCustomer(api, seed.publishableKey)
        const a = await grantPoints(api, admin.headers, c.customer.id, 100, "lot A")
        const b = await grantPoints(api, admin.headers, c.customer.id, 50, "lot B")
        const cc = await grantPoints(api, admin.headers, c.customer.id, 70, "lot C")
        const now = Date.now()
        const setExpiry = (entryId: string, at: number) =>
          sql(getContainer(), "UPDATE loyalty_lot SET expires_at = ? WHERE entry_id = ?", [new Date(at), entryId])
        await setExpiry(a.entry.id, now + 1 * DAY)
        await setExpiry(b.entry.id, now + 2 * DAY)
        await setExpiry(cc.entry.id, now + 40 * DAY)

        // A spend takes from the lot that expires first (A: 100 → 70).
        await api.post(`/admin/loyalty/customers/${c.customer.id}/adjust`, { points: -30, reason: "spend" }, admin.headers)
        const soon = await api.get("/store/loyalty/expiring", c.headers)
        expect(soon.data.expiring_soon).toMatchObject({ points: 120, days: 30 }) // A 70 + B 50; C is 40 days away
        expect(soon.data.expiring_soon.lots.map((l: any) => l.points)).toEqual([70, 50])
        const summary = (await api.get("/store/loyalty/balance", c.headers)).data
        expect(summary).toMatchObject({ balance: 190, expiring_soon: { points: 120, days: 30 } })
        expect(summary.expiring_soon.lots.map((l: any) => [l.points, new Date(l.expires_at).getTime()])).toEqual([
          [70, now + 1 * DAY],
          [50, now + 2 * DAY],
        ])

        // A and B pass their expiry.
        await setExpiry(a.entry.id, now - 2 * DAY)
        await setExpiry(b.entry.id, now - 1 * DAY)
        expect(await balanceOf(api, c.headers)).toBe(70) // expired points never count, even before the job runs

        const first = await expireDuePoints(getContainer(), new Date(now))
        expect(first.points).toBeGreaterThanOrEqual(120)
        const expired = await sql(
          getContainer(),
          "SELECT delta FROM loyalty_entry WHERE customer_id = ? AND kind = 'expire' ORDER BY created_at, id",
          [c.customer.id]
        )
        expect(expired.map((e) => e.delta)).toEqual([-70, -50]) // one entry per expiry instant, oldest first
        expect(await expectConsistentLedger(getContainer(), c.customer.id)).toBe(70)

        const again = await expireDuePoints(getContainer(), new Date(now))
        expect(again).toEqual({ customers: 0, points: 0 })
        expect((await sql(getContainer(), "SELECT id FROM loyalty_entry WHERE customer_id = ? AND kind = 'expire'", [c.customer.id])).length).toBe(2)
        expect(await balanceOf(api, c.headers)).toBe(70)
        const history = await api.get("/store/loyalty/entries?kind=expire", c.headers)
        expect(history.data.count).toBe(2)
      })
    })

    describe("yearly tier review", () => {
      it("moves customers down on the review date once a year, never before it", async () => {
        await api.post(
          "/admin/loyalty/settings",
          {
            tier_review_date: "01-01",
            tier_basis: "rolling_12_months",
            tiers: [
              { code: "normal", name: "普通", rank: 0, min_spend: 0, multiplier: 1 },
              { code: "silver", name: "银卡", rank: 1, min_spend: 100, multiplier: 1.5 },
            ],
          },
          admin.headers
        )
        const c = await createStoreCustomer(api, seed.publishableKey)
        const service = loyaltyService(getContainer())
        // A received order of ¥300 about 11 months before the review: silver.
        const review = new Date("2027-01-01T00:30:00+08:00")
        await service.earnOrderPoints({
          order_id: "order_review_1",
          customer_id: c.customer.id,
          currency_code: "cny",
          paid_amount: "300",
          refunded_amount: "0",
          now: new Date("2026-02-01T10:00:00+08:00"),
        })
        expect((await api.get("/store/loyalty/tier", c.headers)).data.tier.code).toBe("silver")

        // The day before the review date (and long after it) nothing happens.
        const early = await reviewTiersIfDue(getContainer(), new Date("2026-12-31T23:00:00+08:00"))
        expect(early.skipped).toBe(true)
        expect((await reviewTiersIfDue(getContainer(), new Date("2026-06-01T10:00:00+08:00"))).skipped).toBe(true)

        // By the review the order has left the rolling 12 months: down to normal.
        await sql(getContainer(), "UPDATE loyalty_order SET completed_at = ? WHERE order_id = 'order_review_1'", [new Date("2025-12-15T10:00:00+08:00")])
        const done = await reviewTiersIfDue(getContainer(), review)
        expect(done.skipped).toBe(false)
        expect(done.changed).toBeGreaterThanOrEqual(1)
        // (The Store API counts spend at the real today, so only the tier is compared here.)
        expect((await api.get("/store/loyalty/tier", c.headers)).data.tier.code).toBe("normal")
        // Once a year: a second run the same year does nothing.
        expect((await reviewTiersIfDue(getContainer(), new Date("2027-03-01T10:00:00+08:00"))).skipped).toBe(true)
        expect((await api.get("/admin/loyalty/settings", admin.headers)).data.settings.last_tier_review_year).toBe(2027)
      })
    })
  },
})

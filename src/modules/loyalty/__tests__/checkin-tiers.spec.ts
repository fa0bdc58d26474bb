import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { uniqueModuleDb } from "../../../../integration-tests/helpers/module-db"
import { LOYALTY_MODULE } from ".."
import type LoyaltyModuleService from "../service"

jest.setTimeout(60 * 1000)

const at = (iso: string) => new Date(iso)

moduleIntegrationTestRunner<LoyaltyModuleService>({
  moduleName: LOYALTY_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  dbName: uniqueModuleDb("loyalty_module"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = async <T>(query: string, bindings: unknown[] = []): Promise<T[]> =>
      (await MikroOrmWrapper.forkManager().getConnection().execute(query, bindings)) as T[]

    async function seedTiers() {
      await service.createLoyaltyTiers([
        { code: "regular", name: "普通会员", rank: 0, min_spend: 0, multiplier: 1 },
        { code: "silver", name: "银卡会员", rank: 1, min_spend: 500, multiplier: 1.2 },
        { code: "gold", name: "金卡会员", rank: 2, min_spend: 2000, multiplier: 1.5 },
      ])
    }

    describe("check-in", () => {
      it("writes one check-in and one entry when 10 check-ins of one customer race", async () => {
        const now = at("2026-03-01T04:00:00Z")
        const results = await Promise.all(Array.from({ length: 10 }, () => service.checkIn("cus_1", now)))
        expect(results.filter((r) => r.created)).toHaveLength(1)
        const [{ n }] = await sql<{ n: string }>("SELECT COUNT(*) AS n FROM loyalty_entry WHERE customer_id = 'cus_1'")
        expect(Number(n)).toBe(1)
        expect(await service.getBalance("cus_1", now)).toBe(5)
      })

      it("counts store days in the store's time zone (Asia/Shanghai)", async () => {
        // 2026-03-01 23:59:59 and 2026-03-02 00:00:00 in Shanghai are two store days
        const late = await service.checkIn("cus_2", at("2026-03-01T15:59:59Z"))
        const early = await service.checkIn("cus_2", at("2026-03-01T16:00:00Z"))
        expect(late.day).toBe("2026-03-01")
        expect(early.day).toBe("2026-03-02")
        expect(early.created).toBe(true)
        expect(early.streak).toBe(2)
        // …while 08:00 UTC on 03-02 is still the same Shanghai day as 16:00 UTC on 03-01
        const same = await service.checkIn("cus_2", at("2026-03-02T08:00:00Z"))
        expect(same.created).toBe(false)
      })

      it("continues the streak day after day, restarts the cycle after day 7, and resets after a missed day", async () => {
        const rewards = [5, 5, 10, 10, 15, 20, 30]
        const got: number[] = []
        for (let d = 1; d <= 8; d++) {
          const res = await service.checkIn("cus_3", at(`2026-04-${String(d).padStart(2, "0")}T02:00:00Z`))
          expect(res.streak).toBe(d)
          got.push(res.points)
        }
        expect(got).toEqual([...rewards, 5]) // day 8 starts the cycle again
        const tomorrowOf8 = (await service.checkIn("cus_3", at("2026-04-08T10:00:00Z"))).tomorrow_points
        expect(tomorrowOf8).toBe(5) // day 9 = day 2 of the cycle
        // skip 04-09
        const after = await service.checkIn("cus_3", at("2026-04-10T02:00:00Z"))
        expect(after.streak).toBe(1)
        expect(after.points).toBe(5)
        expect(await service.getBalance("cus_3", at("2026-04-10T03:00:00Z"))).toBe(95 + 5 + 5)
      })
    })

    describe("order earning and tiers", () => {
      it("earns floor(paid) × tier multiplier once per order, then upgrades on the qualifying order", async () => {
        await seedTiers()
        const now = at("2026-05-01T00:00:00Z")
        const first = await service.earnOrderPoints({
          order_id: "order_1", customer_id: "cus_t", currency_code: "cny", paid_amount: "499.9", refunded_amount: "0", now,
        })
        expect(first.points).toBe(499) // floor(499.9) × 1 (regular)
        expect(first.tier!.current!.code).toBe("regular")

        const second = await service.earnOrderPoints({
          order_id: "order_2", customer_id: "cus_t", currency_code: "cny", paid_amount: "100", refunded_amount: "0", now,
        })
        expect(second.points).toBe(100) // earned at the tier held when the order came in
        expect(second.tier!.changed).toBe(true)
        expect(second.tier!.current!.code).toBe("silver") // 599.9 ≥ 500
        expect((await service.getCustomerTier("cus_t"))!.code).toBe("silver")

        const third = await service.earnOrderPoints({
          order_id: "order_3", customer_id: "cus_t", currency_code: "cny", paid_amount: "99.9", refunded_amount: "0", now,
        })
        expect(third.points).toBe(118) // floor(99.9) = 99; 99 × 1.2 = 118.8 → 118

        const replay = await service.earnOrderPoints({
          order_id: "order_3", customer_id: "cus_t", currency_code: "cny", paid_amount: "99.9", refunded_amount: "0", now,
        })
        expect(replay.created).toBe(false)
        expect(await service.getBalance("cus_t", now)).toBe(499 + 100 + 118)
      })

      it("reverses in proportion to refunds, cumulatively and idempotently", async () => {
        const now = at("2026-05-01T00:00:00Z")
        await service.earnOrderPoints({
          order_id: "order_r", customer_id: "cus_r", currency_code: "cny", paid_amount: "200", refunded_amount: "0", now,
        })
        const a = await service.reverseOrderPoints({ order_id: "order_r", refunded_amount: "50", now })
        expect(a!.reversed).toBe(50) // 200 × 50/200
        const replay = await service.reverseOrderPoints({ order_id: "order_r", refunded_amount: "50", now })
        expect(replay!.reversed).toBe(0)
        const b = await service.reverseOrderPoints({ order_id: "order_r", refunded_amount: "200", now })
        expect(b!.reversed).toBe(150)
        expect(await service.getBalance("cus_r", now)).toBe(0)
        const [row] = await sql<{ reversed_points: number; refunded_amount: string }>(
          "SELECT reversed_points, refunded_amount FROM loyalty_order WHERE order_id = 'order_r'"
        )
        expect(row.reversed_points).toBe(200)
        expect(Number(row.refunded_amount)).toBe(200)
      })

      it("earns nothing on refunds made before completion and counts only the rest as spend", async () => {
        const now = at("2026-05-01T00:00:00Z")
        const res = await service.earnOrderPoints({
          order_id: "order_p", customer_id: "cus_p", currency_code: "cny", paid_amount: "100", refunded_amount: "40", now,
        })
        expect(res.points).toBe(60)
        const more = await service.reverseOrderPoints({ order_id: "order_p", refunded_amount: "70", now })
        expect(more!.reversed).toBe(30) // 60 × (70 − 40) / (100 − 40)
        expect((await service.getTierSpend("cus_p", now)).spend).toBe("30")
      })

      it("the yearly review moves customers down to the tier their rolling spend still reaches", async () => {
        await seedTiers()
        await service.earnOrderPoints({
          order_id: "order_g", customer_id: "cus_g", currency_code: "cny", paid_amount: "2500", refunded_amount: "0",
          now: at("2026-01-10T00:00:00Z"),
        })
        expect((await service.getCustomerTier("cus_g"))!.code).toBe("gold")
        const upgradeOnly = await service.evaluateCustomerTier("cus_g", { now: at("2027-02-01T00:00:00Z"), mode: "upgrade" })
        expect(upgradeOnly.changed).toBe(false)
        const review = await service.evaluateCustomerTier("cus_g", { now: at("2027-02-01T00:00:00Z"), mode: "review" })
        expect(review.changed).toBe(true)
        expect(review.current!.code).toBe("regular") // nothing spent in the last 12 months
      })

      it("with the lifetime basis the yearly review counts every year's spend and keeps the tier", async () => {
        await seedTiers()
        await service.saveSettings({ tier_basis: "lifetime" })
        await service.earnOrderPoints({
          order_id: "order_l", customer_id: "cus_l", currency_code: "cny", paid_amount: "2500", refunded_amount: "0",
          now: at("2026-01-10T00:00:00Z"),
        })
        expect((await service.getCustomerTier("cus_l"))!.code).toBe("gold")
        const review = await service.evaluateCustomerTier("cus_l", { now: at("2028-02-01T00:00:00Z"), mode: "review" })
        expect(review.changed).toBe(false)
        expect((await service.getCustomerTier("cus_l"))!.code).toBe("gold")
        expect((await service.getTierSpend("cus_l", at("2028-02-01T00:00:00Z"))).spend).toBe("2500")
      })

      it("getCustomerTier answers null without tiers and the entry tier for a new customer", async () => {
        expect(await service.getCustomerTier("cus_new")).toBeNull()
        await seedTiers()
        const tier = await service.getCustomerTier("cus_new")
        expect(tier).toMatchObject({ code: "regular", name: "普通会员", multiplier: 1 })
      })
    })

    describe("redemptions", () => {
      it("debits once per placement, undoes a failed completion, restores on cancel", async () => {
        const now = at("2026-06-01T00:00:00Z")
        await service.creditPoints({ customer_id: "cus_x", points: 1000, kind: "referral", reference: "x0", now })
        const [red] = await service.createLoyaltyRedemptions([
          { customer_id: "cus_x", cart_id: "cart_1", points: 600, amount: 6, currency_code: "cny" },
        ])
        const d1 = await service.debitRedemption({ redemption_id: red.id, cart_id: "cart_1", customer_id: "cus_x", now })
        const again = await service.debitRedemption({ redemption_id: red.id, cart_id: "cart_1", customer_id: "cus_x", now })
        expect([d1.created, again.created]).toEqual([true, false])
        expect(await service.getBalance("cus_x", now)).toBe(400)

        await service.restoreRedemption({ redemption_id: red.id, to: "quoted", debit_count: d1.debit_count, now })
        expect(await service.getBalance("cus_x", now)).toBe(1000)
        const d2 = await service.debitRedemption({ redemption_id: red.id, cart_id: "cart_1", customer_id: "cus_x", now })
        expect(d2.debit_count).toBe(2)
        expect(await service.getBalance("cus_x", now)).toBe(400)

        await service.restoreRedemption({ redemption_id: red.id, to: "restored", order_id: "order_x", now })
        await service.restoreRedemption({ redemption_id: red.id, to: "restored", order_id: "order_x", now })
        expect(await service.getBalance("cus_x", now)).toBe(1000)
        const kinds = await sql<{ kind: string; delta: number }>(
          "SELECT kind, delta FROM loyalty_entry WHERE customer_id = 'cus_x' ORDER BY created_at, id"
        )
        expect(kinds.map((k) => `${k.kind}:${k.delta}`)).toEqual([
          "referral:1000", "redeem:-600", "reversal:600", "redeem:-600", "reversal:600",
        ])
      })

      it("refuses someone else's redemption", async () => {
        const [red] = await service.createLoyaltyRedemptions([
          { customer_id: "cus_x", cart_id: "cart_2", points: 10, amount: 0.1, currency_code: "cny" },
        ])
        await expect(
          service.debitRedemption({ redemption_id: red.id, cart_id: "cart_2", customer_id: "cus_other" })
        ).rejects.toMatchObject({ code: "points_redemption_invalid" })
      })

      it("allows one live redemption per cart (unique index)", async () => {
        await service.createLoyaltyRedemptions([{ customer_id: "c", cart_id: "cart_3", points: 1, amount: 0.01, currency_code: "cny" }])
        await expect(
          service.createLoyaltyRedemptions([{ customer_id: "c", cart_id: "cart_3", points: 2, amount: 0.02, currency_code: "cny" }])
        ).rejects.toThrow()
      })
    })
  },
})

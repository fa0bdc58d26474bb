import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { earnOrderPointsWorkflow } from "../../../src/workflows/loyalty"
import { createAdminUser, createStoreCustomer, type Headers } from "../../helpers/auth"
import { buyVariant } from "../../helpers/checkout"
import { seedDemo } from "../../helpers/seed"
import { balanceOf, completeOrders, expectConsistentLedger, paymentOf, variantIdsBySku, withoutSeededRegisterGifts } from "./fixtures"

jest.setTimeout(300 * 1000)

const TIERS = [
  { code: "normal", name: "普通", name_en: "Member", rank: 0, min_spend: 0, multiplier: 1 },
  { code: "silver", name: "银卡", name_en: "Silver", rank: 1, min_spend: 100, multiplier: 1.5 },
  { code: "gold", name: "金卡", name_en: "Gold", rank: 2, min_spend: 1000, multiplier: 2, free_shipping_threshold: 0 },
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let variants: Record<string, string>
    let admin: Headers

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
      variants = await variantIdsBySku(getContainer())
      await withoutSeededRegisterGifts(getContainer())
    })

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer(), api)).headers
      await api.post("/admin/loyalty/settings", { tiers: TIERS }, admin)
    })

    const buy = (c: { headers: Headers; email: string }, sku: string) =>
      buyVariant(api, c.headers, { regionId: seed.regionId, variantId: variants[sku], email: c.email })

    it("earns nothing at placement, 1 point per ¥1 on completion, and upgrades the tier on the qualifying order", async () => {
      const c = await createStoreCustomer(api, seed.publishableKey)
      const before = await api.get("/store/loyalty/tier", c.headers)
      expect(before.data).toMatchObject({ tier: { code: "normal" }, next_tier: { code: "silver" }, spend: 0, spend_to_next: 100, progress: 0 })

      const first = await buy(c, "RO-RICE-10KG") // ¥129.00 + shipping
      expect(await balanceOf(api, c.headers)).toBe(0) // not at placement
      const { total: paid1 } = await paymentOf(getContainer(), first.id)
      await completeOrders(getContainer(), api, admin, [first.id])
      const earned1 = Math.floor(paid1) // normal tier, ×1, rounded down
      expect(await balanceOf(api, c.headers)).toBe(earned1)

      // The order's spend (≥ ¥100) qualifies for silver at once.
      const after = await api.get("/store/loyalty/tier", c.headers)
      expect(after.data).toMatchObject({ tier: { code: "silver", multiplier: 1.5 }, next_tier: { code: "gold" }, spend: paid1 })
      expect(after.data.spend_to_next).toBeCloseTo(1000 - paid1, 2)

      // The next order earns at the silver multiplier.
      const second = await buy(c, "RO-RICE-5KG") // ¥69.90 + shipping
      const { total: paid2 } = await paymentOf(getContainer(), second.id)
      const points = TestEventUtils.waitSubscribersExecution("points.earned", getContainer().resolve(Modules.EVENT_BUS)).catch(() => null)
      await completeOrders(getContainer(), api, admin, [second.id])
      await points
      const earned2 = Math.floor(Math.floor(paid2) * 1.5) // floor(paid) × 1.5, rounded down
      expect(await balanceOf(api, c.headers)).toBe(earned1 + earned2)

      const view = await api.get(`/admin/loyalty/orders/${second.id}`, admin)
      expect(view.data.earned).toMatchObject({ points: earned2, multiplier: 1.5, tier_code: "silver", reversed_points: 0 })

      // Replaying the completion credits nothing more.
      const { result } = await earnOrderPointsWorkflow(getContainer()).run({ input: { order_id: second.id } })
      expect(result.created).toBe(false)
      expect(await expectConsistentLedger(getContainer(), c.customer.id)).toBe(earned1 + earned2)
      const history = await api.get("/store/loyalty/entries?kind=earn_purchase", c.headers)
      expect(history.data.entries.map((e: any) => [e.order_id, e.delta])).toEqual([
        [second.id, earned2],
        [first.id, earned1],
      ])
    })

    it("reverses earned points in proportion to each refund, cumulatively", async () => {
      const c = await createStoreCustomer(api, seed.publishableKey)
      const order = await buy(c, "RO-PEANUT-5L") // ¥149.90 + shipping
      const { total, payment } = await paymentOf(getContainer(), order.id)
      await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
      await completeOrders(getContainer(), api, admin, [order.id])
      const earned = Math.floor(total)
      expect(await balanceOf(api, c.headers)).toBe(earned)

      const bus = getContainer().resolve(Modules.EVENT_BUS)
      let refunded = TestEventUtils.waitSubscribersExecution("payment.refunded", bus)
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 50 }, admin)
      await refunded
      const target1 = Math.round((earned * 50) / total) // in proportion, half up
      expect(await balanceOf(api, c.headers)).toBe(earned - target1)

      refunded = TestEventUtils.waitSubscribersExecution("payment.refunded", bus)
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 25 }, admin)
      await refunded
      const target2 = Math.round((earned * 75) / total) // cumulative: 75 of the total refunded
      expect(await balanceOf(api, c.headers)).toBe(earned - target2)

      const view = await api.get(`/admin/loyalty/orders/${order.id}`, admin)
      expect(view.data.earned).toMatchObject({ points: earned, reversed_points: target2, refunded_amount: 75 })
      expect(view.data.entries.map((e: any) => [e.kind, e.delta])).toEqual([
        ["earn_purchase", earned],
        ["reversal", -target1],
        ["reversal", -(target2 - target1)],
      ])
      expect(await expectConsistentLedger(getContainer(), c.customer.id)).toBe(earned - target2)
    })

    it("earns nothing for a guest order", async () => {
      const order = await buyVariant(api, { headers: { "x-publishable-api-key": seed.publishableKey } }, {
        regionId: seed.regionId,
        variantId: variants["ED-EGG-10"],
        email: "guest@test.local",
      })
      await completeOrders(getContainer(), api, admin, [order.id])
      const view = await api.get(`/admin/loyalty/orders/${order.id}`, admin)
      expect(view.data).toMatchObject({ earned: null, redeemed: [], entries: [] })
    })
  },
})

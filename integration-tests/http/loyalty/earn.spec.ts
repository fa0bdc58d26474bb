import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { earnOrderPointsWorkflow } from "../../../src/workflows/loyalty"
import { createAdminUser, createStoreCustomer, storeHeaders, type Headers } from "../../helpers/auth"
import { buyVariant } from "../../helpers/checkout"
import { seedDemo } from "../../helpers/seed"
import {
  addPayment,
  addShipping,
  balanceOf,
  cartWithVariants,
  complete,
  completeOrders,
  expectConsistentLedger,
  paymentOf,
  variantIdsBySku,
  withoutSeededRegisterGifts,
} from "./fixtures"

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

    it("a tier's free-shipping threshold waives shipping once the items reach it, through Medusa's promotion", async () => {
      const c = await createStoreCustomer(api, seed.publishableKey)
      const cartOf = async (id: string) => (await api.get(`/store/carts/${id}`, c.headers)).data.cart
      // The entry tier has no threshold: shipping is charged however much is in the cart.
      const plain = await cartWithVariants(api, c.headers, seed.regionId, [variants["RO-RICE-10KG"], variants["RO-RICE-5KG"]], c.email)
      await addShipping(api, c.headers, plain, c.email)
      const charged = await cartOf(plain)
      expect(charged.shipping_total).toBeGreaterThan(0)
      expect(charged.item_total).toBeGreaterThanOrEqual(150)

      // The entry tier waives shipping from ¥150 of items.
      await api.post("/admin/loyalty/settings", { tiers: TIERS.map((t) => (t.code === "normal" ? { ...t, free_shipping_threshold: 150 } : t)) }, admin)
      const cartId = await cartWithVariants(api, c.headers, seed.regionId, [variants["RO-RICE-10KG"]], c.email) // ¥129
      await addShipping(api, c.headers, cartId, c.email)
      const below = await cartOf(cartId)
      expect(below.shipping_total).toBe(charged.shipping_total)
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variants["RO-RICE-5KG"], quantity: 1 }, c.headers) // + ¥69.90
      const free = await cartOf(cartId)
      expect(free.shipping_total).toBe(0)
      expect(free.shipping_discount_total).toBe(charged.shipping_total)
      expect(free.total).toBe(free.item_total)

      // The order keeps it; a guest's cart of the same items pays shipping.
      await addPayment(api, c.headers, cartId)
      const placed = await complete(api, c.headers, cartId)
      expect(placed.data.type).toBe("order")
      expect(placed.data.order.shipping_total).toBe(0)
      expect(placed.data.order.total).toBe(free.item_total)
      const guest = storeHeaders(seed.publishableKey)
      const guestCart = await cartWithVariants(api, guest, seed.regionId, [variants["RO-RICE-10KG"], variants["RO-RICE-5KG"]], "guest-shipping@test.local")
      await addShipping(api, guest, guestCart, "guest-shipping@test.local")
      expect((await api.get(`/store/carts/${guestCart}`, guest)).data.cart.shipping_total).toBe(charged.shipping_total)

      // No tier with a threshold left: Medusa's promotion is switched off.
      await api.post("/admin/loyalty/settings", { tiers: TIERS.map((t) => ({ ...t, free_shipping_threshold: null })) }, admin)
      const promotion = await getContainer().resolve(Modules.PROMOTION).listPromotions({ code: "LOYALTY-TIER-FREE-SHIPPING" })
      expect(promotion.map((p) => p.status)).toEqual(["inactive"])
    })
  },
})

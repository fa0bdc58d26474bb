import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createAdminUser, createStoreCustomer, type Headers } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { COUPON_MODULE } from "../../../src/modules/coupon"
import type CouponModuleService from "../../../src/modules/coupon/service"
import {
  applyCoupon,
  cartTotals,
  cartWith,
  checkout,
  claim,
  createTemplate,
  failure,
  readyForCompletion,
  variantIdsBySku,
  withoutSeededRegisterGifts,
  yuan,
} from "./fixtures"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let variants: Record<string, string>
    let admin: Headers
    const coupons = () => getContainer().resolve<CouponModuleService>(COUPON_MODULE)
    const customer = () => createStoreCustomer(api, seed.publishableKey)

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
      variants = await variantIdsBySku(getContainer())
      await withoutSeededRegisterGifts(getContainer())
    })

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer(), api)).headers
    })

    describe("applying at checkout", () => {
      it("applies a threshold coupon at exactly the threshold and not below, and follows the cart", async () => {
        const tpl = await createTemplate(api, admin, { type: "threshold", value: 15, min_subtotal: 99.8 })
        const buyer = await customer()
        const coupon = await claim(api, buyer.headers, tpl.id)
        const cartId = await cartWith(api, buyer.headers, seed.regionId, variants, ["RO-RICE-5KG"])

        const below = await failure(applyCoupon(api, buyer.headers, cartId, coupon.id))
        expect(below.status).toBe(400)
        expect(below.data.code).toBe("coupon_threshold_not_met")
        expect(below.data.message).toContain("29.9") // 99.80 − 69.90

        const apple = await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: variants["FP-APPLE-2.5KG"], quantity: 1 },
          buyer.headers
        )
        const applied = await applyCoupon(api, buyer.headers, cartId, coupon.id)
        expect(yuan(applied.data.cart.discount_total)).toBe(15)
        let cart = await cartTotals(api, buyer.headers, cartId)
        expect(cart.item_subtotal).toBe(99.8) // 69.90 + 29.90
        expect(yuan(cart.total)).toBe(84.8) // 99.80 − 15.00

        // Below the threshold again: the discount goes, the coupon stays applied but inactive.
        const appleLine = apple.data.cart.items.find((i: any) => i.variant_id === variants["FP-APPLE-2.5KG"])
        await api.delete(`/store/carts/${cartId}/line-items/${appleLine.id}`, buyer.headers)
        cart = await cartTotals(api, buyer.headers, cartId)
        expect(cart.discount_total).toBe(0)
        const picker = await api.get(`/store/carts/${cartId}/coupons`, buyer.headers)
        expect(picker.data.applied).toEqual([
          expect.objectContaining({ active: false, reason: "coupon_threshold_not_met", missing_amount: 29.9 }),
        ])

        // And back above it: the discount returns by itself.
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variants["FP-APPLE-2.5KG"], quantity: 1 }, buyer.headers)
        expect(yuan((await cartTotals(api, buyer.headers, cartId)).discount_total)).toBe(15)
      })

      it("caps a percentage coupon", async () => {
        const tpl = await createTemplate(api, admin, { type: "percentage", value: 10, max_discount: 20 })
        const buyer = await customer()
        const small = await claim(api, buyer.headers, tpl.id)
        const smallCart = await cartWith(api, buyer.headers, seed.regionId, variants, ["RO-RICE-5KG"])
        await applyCoupon(api, buyer.headers, smallCart, small.id)
        expect(yuan((await cartTotals(api, buyer.headers, smallCart)).discount_total)).toBe(6.99) // 10% of 69.90

        const big = await claim(api, buyer.headers, tpl.id)
        const bigCart = await cartWith(api, buyer.headers, seed.regionId, variants, ["RO-RICE-10KG", "RO-PEANUT-5L"])
        const picker = await api.get(`/store/carts/${bigCart}/coupons`, buyer.headers)
        expect(picker.data.applied).toEqual([])
        // Both wallet coupons could go on this cart (the other one also sits in the small cart): 20 each, capped.
        expect(picker.data.available.map((a: any) => [a.coupon.id, a.usable, a.estimated_discount]).sort()).toEqual(
          [[big.id, true, 20], [small.id, true, 20]].sort()
        )
        await applyCoupon(api, buyer.headers, bigCart, big.id)
        const cart = await cartTotals(api, buyer.headers, bigCart)
        expect(cart.item_subtotal).toBe(278.9) // 129.00 + 149.90
        expect(yuan(cart.discount_total)).toBe(20) // 10% would be 27.89: capped at 20
        expect(cart.promotions.map((p: any) => p.code)).toEqual([`CPN-${tpl.id.toUpperCase()}-CAP`])
      })

      it("limits a category coupon to that category's lines", async () => {
        const tpl = await createTemplate(api, admin, {
          type: "percentage",
          value: 20,
          max_discount: 50,
          scope: "categories",
          scope_ids: [seed.categoryIds["fresh-produce"]],
        })
        const buyer = await customer()
        const coupon = await claim(api, buyer.headers, tpl.id)
        const cartId = await cartWith(api, buyer.headers, seed.regionId, variants, ["FP-APPLE-2.5KG", "RO-RICE-5KG"])
        await applyCoupon(api, buyer.headers, cartId, coupon.id)
        const cart = await cartTotals(api, buyer.headers, cartId)
        expect(yuan(cart.discount_total)).toBe(5.98) // 20% of the apples' 29.90; nothing off the rice
        const discounted = cart.items.filter((i: any) => i.adjustments?.length).map((i: any) => i.variant_id)
        expect(discounted).toEqual([variants["FP-APPLE-2.5KG"]])

        const other = await claim(api, buyer.headers, tpl.id)
        const riceOnly = await cartWith(api, buyer.headers, seed.regionId, variants, ["RO-RICE-5KG"])
        expect((await failure(applyCoupon(api, buyer.headers, riceOnly, other.id))).data.code).toBe("coupon_no_eligible_items")
      })

      it("refuses a second coupon unless both are stackable", async () => {
        const a = await createTemplate(api, admin, { value: 5 })
        const b = await createTemplate(api, admin, { value: 3 })
        const sa = await createTemplate(api, admin, { value: 5, stackable: true })
        const sb = await createTemplate(api, admin, { value: 3, stackable: true })
        const buyer = await customer()
        const [ca, cb, csa, csb] = [await claim(api, buyer.headers, a.id), await claim(api, buyer.headers, b.id), await claim(api, buyer.headers, sa.id), await claim(api, buyer.headers, sb.id)]

        const cartId = await cartWith(api, buyer.headers, seed.regionId, variants, ["RO-RICE-5KG"])
        await applyCoupon(api, buyer.headers, cartId, ca.id)
        const refused = await failure(applyCoupon(api, buyer.headers, cartId, cb.id))
        expect(refused.status).toBe(400)
        expect(refused.data.code).toBe("coupon_not_stackable")
        expect((await failure(applyCoupon(api, buyer.headers, cartId, csa.id))).data.code).toBe("coupon_not_stackable")
        const picker = await api.get(`/store/carts/${cartId}/coupons`, buyer.headers)
        expect(picker.data.applied).toEqual([expect.objectContaining({ active: true, estimated_discount: 5 })])
        expect(picker.data.available.map((a: any) => [a.coupon.id, a.usable, a.reason])).toEqual(
          expect.arrayContaining([[cb.id, false, "coupon_not_stackable"], [csa.id, false, "coupon_not_stackable"]])
        )

        const stacked = await cartWith(api, buyer.headers, seed.regionId, variants, ["RO-RICE-5KG"])
        await applyCoupon(api, buyer.headers, stacked, csa.id)
        await applyCoupon(api, buyer.headers, stacked, csb.id)
        expect(yuan((await cartTotals(api, buyer.headers, stacked)).discount_total)).toBe(8) // 5 + 3

        // Removing one leaves the other.
        await api.delete(`/store/carts/${stacked}/coupons/${csb.id}`, buyer.headers)
        expect(yuan((await cartTotals(api, buyer.headers, stacked)).discount_total)).toBe(5)
      })

      it("gives no discount for a coupon code added through Medusa's own promotion route", async () => {
        const tpl = await createTemplate(api, admin, { value: 10 })
        const buyer = await customer()
        const cartId = await cartWith(api, buyer.headers, seed.regionId, variants, ["RO-RICE-5KG"])
        await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [`CPN-${tpl.id.toUpperCase()}`] }, buyer.headers)
        expect((await cartTotals(api, buyer.headers, cartId)).discount_total).toBe(0)
      })

      it("keeps other customers out of my cart and my coupons", async () => {
        const tpl = await createTemplate(api, admin)
        const owner = await customer()
        const stranger = await customer()
        const coupon = await claim(api, owner.headers, tpl.id)
        const cartId = await cartWith(api, owner.headers, seed.regionId, variants, ["RO-RICE-5KG"])
        const strangerCart = await cartWith(api, stranger.headers, seed.regionId, variants, ["RO-RICE-5KG"])

        expect((await failure(applyCoupon(api, stranger.headers, cartId, coupon.id))).data.code).toBe("cart_not_found")
        expect((await failure(applyCoupon(api, stranger.headers, strangerCart, coupon.id))).data.code).toBe("coupon_not_found")
        expect((await failure(api.get(`/store/carts/${cartId}/coupons`, stranger.headers))).status).toBe(404)
        const bad = await failure(api.post(`/store/carts/${cartId}/coupons`, { claim: coupon.id }, owner.headers))
        expect(bad.status).toBe(400)
        expect(bad.data.code).toBe("invalid_data")
        expect((await failure(api.get(`/store/coupons/wallet?status=lost`, owner.headers))).data.code).toBe("invalid_data")
      })
    })

    describe("using", () => {
      it("marks the coupon used by the order, and shows it with the order", async () => {
        const tpl = await createTemplate(api, admin, { value: 10 })
        const buyer = await customer()
        const coupon = await claim(api, buyer.headers, tpl.id)
        const cartId = await cartWith(api, buyer.headers, seed.regionId, variants, ["RO-RICE-5KG"])
        await applyCoupon(api, buyer.headers, cartId, coupon.id)
        const res = await checkout(api, buyer.headers, cartId, buyer.email)
        expect(res.data.type).toBe("order")
        expect(yuan(res.data.order.total)).toBe(67.9) // 69.90 − 10 + 8 express

        const used = await api.get("/store/coupons/wallet?status=used", buyer.headers)
        expect(used.data.coupons).toEqual([
          expect.objectContaining({ id: coupon.id, status: "used", order_id: res.data.order.id, discount_total: 10 }),
        ])
        const byOrder = await api.get(`/admin/coupons/claims?order_id=${res.data.order.id}`, admin)
        expect(byOrder.data.coupons.map((c: any) => c.id)).toEqual([coupon.id])
        expect((await api.get(`/admin/coupons/templates/${tpl.id}`, admin)).data.template.counts.used).toBe(1)
      })

      it("refuses at completion a coupon that expired after it was applied, and leaves it unused", async () => {
        const tpl = await createTemplate(api, admin, { value: 10 })
        const buyer = await customer()
        const coupon = await claim(api, buyer.headers, tpl.id)
        const cartId = await cartWith(api, buyer.headers, seed.regionId, variants, ["RO-RICE-5KG"])
        await applyCoupon(api, buyer.headers, cartId, coupon.id)
        await readyForCompletion(api, buyer.headers, cartId, buyer.email)
        // The coupon runs out while the discount still sits on the cart (no refresh since).
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await pg.raw("UPDATE coupon_claim SET expires_at = now() - interval '1 second' WHERE id = ?", [coupon.id])
        const res = await api.post(`/store/carts/${cartId}/complete`, {}, buyer.headers).catch((e: any) => e.response)
        expect([res.status, res.data.code]).toEqual([400, "coupon_expired"])
        const claimRow = await coupons().retrieveCouponClaim(coupon.id)
        expect(claimRow.status).toBe("available")
        expect((await coupons().retrieveCouponTemplate(tpl.id)).used_count).toBe(0)
      })

      it("lets only one of two carts completing at once use the same coupon", async () => {
        const tpl = await createTemplate(api, admin, { value: 10 })
        const buyer = await customer()
        const coupon = await claim(api, buyer.headers, tpl.id)
        const carts = [
          await cartWith(api, buyer.headers, seed.regionId, variants, ["RO-RICE-5KG"]),
          await cartWith(api, buyer.headers, seed.regionId, variants, ["FP-APPLE-5KG"]),
        ]
        for (const cartId of carts) {
          await applyCoupon(api, buyer.headers, cartId, coupon.id)
          await readyForCompletion(api, buyer.headers, cartId, buyer.email)
        }
        const results = await Promise.all(
          carts.map((cartId) => api.post(`/store/carts/${cartId}/complete`, {}, buyer.headers).catch((e: any) => e.response))
        )
        const orders = results.filter((r) => r.data?.type === "order")
        expect(orders).toHaveLength(1)
        const refused = results.find((r) => r.data?.type !== "order")!
        expect(refused.status).toBe(409)
        expect(refused.data.code).toBe("coupon_already_used")

        const claimRow = await coupons().retrieveCouponClaim(coupon.id)
        expect(claimRow.status).toBe("used")
        expect((await coupons().retrieveCouponTemplate(tpl.id)).used_count).toBe(1)
      })

      it("returns the coupon to the wallet when the order is canceled, ready to use again", async () => {
        const tpl = await createTemplate(api, admin, { value: 10, total_stock: 1 })
        const buyer = await customer()
        const coupon = await claim(api, buyer.headers, tpl.id)
        const first = await cartWith(api, buyer.headers, seed.regionId, variants, ["RO-RICE-5KG"])
        await applyCoupon(api, buyer.headers, first, coupon.id)
        const order = (await checkout(api, buyer.headers, first, buyer.email)).data.order

        await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
        const wallet = await api.get("/store/coupons/wallet?status=available", buyer.headers)
        expect(wallet.data.coupons.map((c: any) => c.id)).toEqual([coupon.id])
        expect((await coupons().retrieveCouponTemplate(tpl.id)).used_count).toBe(0)

        // Stock 1 means a Medusa usage budget of 1: the cancel gave that use back too.
        const second = await cartWith(api, buyer.headers, seed.regionId, variants, ["RO-RICE-5KG"])
        await applyCoupon(api, buyer.headers, second, coupon.id)
        expect(yuan((await cartTotals(api, buyer.headers, second)).discount_total)).toBe(10)
        const again = await checkout(api, buyer.headers, second, buyer.email)
        expect(again.data.type).toBe("order")
        expect((await coupons().retrieveCouponClaim(coupon.id)).status).toBe("used")
      })

      it("returns the coupon when the completion fails after it was marked used", async () => {
        const tpl = await createTemplate(api, admin, { value: 10 })
        const buyer = await customer()
        const coupon = await claim(api, buyer.headers, tpl.id)
        const cartId = await cartWith(api, buyer.headers, seed.regionId, variants, ["RO-RICE-5KG"])
        await applyCoupon(api, buyer.headers, cartId, coupon.id)
        const promotions = getContainer().resolve(Modules.PROMOTION)
        const spy = jest.spyOn(promotions, "registerUsage").mockRejectedValueOnce(new Error("injected failure"))
        try {
          const res = await checkout(api, buyer.headers, cartId, buyer.email)
          expect(res.data.type).not.toBe("order")
        } finally {
          spy.mockRestore()
        }
        const row = await coupons().retrieveCouponClaim(coupon.id)
        expect(row.status).toBe("available")
        expect((await coupons().retrieveCouponTemplate(tpl.id)).used_count).toBe(0)
        const res = await checkout(api, buyer.headers, cartId, buyer.email)
        expect(res.data.type).toBe("order")
      })

      it("refuses a new-customer coupon to a customer who has ordered", async () => {
        const tpl = await createTemplate(api, admin, { audience: "new_customers", value: 5 })
        const buyer = await customer()
        const coupon = await claim(api, buyer.headers, tpl.id)
        const plain = await cartWith(api, buyer.headers, seed.regionId, variants, ["ED-EGG-10"])
        expect((await checkout(api, buyer.headers, plain, buyer.email)).data.type).toBe("order")

        expect((await failure(claim(api, buyer.headers, tpl.id))).data.code).toBe("coupon_audience_new_customer")
        const listed = await api.get("/store/coupons/templates", buyer.headers)
        expect(listed.data.templates.some((t: any) => t.id === tpl.id)).toBe(false)
        const cartId = await cartWith(api, buyer.headers, seed.regionId, variants, ["RO-RICE-5KG"])
        expect((await failure(applyCoupon(api, buyer.headers, cartId, coupon.id))).data.code).toBe(
          "coupon_audience_new_customer"
        )
      })
    })
  },
})

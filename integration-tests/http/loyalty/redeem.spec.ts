import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { createAdminUser, createStoreCustomer, type Headers } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import {
  addPayment,
  addShipping,
  balanceOf,
  cartWithVariants,
  complete,
  expectConsistentLedger,
  failure,
  grantPoints,
  sql,
  variantIdsBySku,
  withoutSeededRegisterGifts,
} from "./fixtures"

jest.setTimeout(300 * 1000)

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
    })

    const customerWith = async (points: number) => {
      const c = await createStoreCustomer(api, seed.publishableKey)
      if (points) {
        await grantPoints(api, admin, c.customer.id, points)
      }
      return c
    }
    const rice = () => variants["RO-RICE-5KG"] // ¥69.90
    const applyPoints = (h: Headers, cartId: string, points: number) => api.post(`/store/carts/${cartId}/loyalty-points`, { points }, h)

    it("applies points within the cap as a cart credit line, removes them again, and debits them when the order is placed", async () => {
      const c = await customerWith(5000)
      const cartId = await cartWithVariants(api, c.headers, seed.regionId, [rice()], c.email)

      const picker = await api.get(`/store/carts/${cartId}/loyalty-points`, c.headers)
      // Cap: 50% of ¥69.90 = ¥34.95 = 3495 points (100 points = ¥1); the balance would allow 5000.
      expect(picker.data.loyalty_points).toMatchObject({ applied: null, balance: 5000, max_points: 3495, cap_amount: 34.95, step: 1, points_per_unit: 100 })
      expect(picker.data.cart).toMatchObject({ item_total: 69.9, credit_line_total: 0, total: 69.9 })

      const applied = await applyPoints(c.headers, cartId, 2000)
      expect(applied.data.loyalty_points.applied).toEqual({ points: 2000, amount: 20 })
      expect(applied.data.cart).toMatchObject({ credit_line_total: 20, total: 49.9 }) // 69.90 − 20.00
      // The Store API's own cart shows the same totals.
      const storeCart = (await api.get(`/store/carts/${cartId}`, c.headers)).data.cart
      expect(storeCart).toMatchObject({ credit_line_total: 20, total: 49.9 })

      const removed = await api.delete(`/store/carts/${cartId}/loyalty-points`, c.headers)
      expect(removed.data.loyalty_points.applied).toBeNull()
      expect(removed.data.cart).toMatchObject({ credit_line_total: 0, total: 69.9 })
      expect(await balanceOf(api, c.headers)).toBe(5000) // quoting debits nothing

      await applyPoints(c.headers, cartId, 3000)
      const replaced = await applyPoints(c.headers, cartId, 1234)
      expect(replaced.data.loyalty_points.applied).toEqual({ points: 1234, amount: 12.34 })
      expect(replaced.data.cart).toMatchObject({ credit_line_total: 12.34, total: 57.56 }) // 69.90 − 12.34

      await addShipping(api, c.headers, cartId, c.email)
      await addPayment(api, c.headers, cartId)
      const ready = (await api.get(`/store/carts/${cartId}`, c.headers)).data.cart
      const placed = TestEventUtils.waitSubscribersExecution("order.placed", getContainer().resolve(Modules.EVENT_BUS))
      const res = await complete(api, c.headers, cartId)
      expect(res.data.type).toBe("order")
      await placed
      const order = res.data.order
      expect(Number(order.total)).toBeCloseTo(Number(ready.total), 2) // items + shipping − 12.34
      expect(await balanceOf(api, c.headers)).toBe(3766) // 5000 − 1234
      expect(await expectConsistentLedger(getContainer(), c.customer.id)).toBe(3766)

      const history = await api.get("/store/loyalty/entries?kind=redeem", c.headers)
      expect(history.data.entries).toEqual([expect.objectContaining({ kind: "redeem", delta: -1234 })])
      const adminView = await api.get(`/admin/loyalty/orders/${order.id}`, admin)
      expect(adminView.data.redeemed).toEqual([expect.objectContaining({ points: 1234, amount: 12.34, status: "debited" })])
      expect(adminView.data.entries.map((e: any) => [e.kind, e.delta])).toEqual([["redeem", -1234]])
      const [redemption] = await sql(getContainer(), "SELECT order_id FROM loyalty_redemption WHERE cart_id = ? AND status = 'debited'", [cartId])
      expect(redemption.order_id).toBe(order.id)

      // The cart is an order now.
      const late = await failure(applyPoints(c.headers, cartId, 10))
      expect([late.status, late.data.code]).toEqual([409, "cart_completed"])
    })

    it("refuses more than the balance or the cap, bad amounts and other people's carts, with stable codes", async () => {
      const c = await customerWith(1000)
      const cartId = await cartWithVariants(api, c.headers, seed.regionId, [rice(), variants["RO-PEANUT-5L"]], c.email) // ¥219.80
      const over = await failure(applyPoints(c.headers, cartId, 1001))
      expect([over.status, over.data.code]).toEqual([400, "insufficient_points"])

      const rich = await customerWith(20000)
      const richCart = await cartWithVariants(api, rich.headers, seed.regionId, [rice()], rich.email)
      const capped = await failure(applyPoints(rich.headers, richCart, 3496)) // cap 3495 = 50% of ¥69.90
      expect([capped.status, capped.data.code]).toEqual([400, "points_cap_exceeded"])
      expect((await applyPoints(rich.headers, richCart, 3495)).data.cart.total).toBe(34.95)

      const zero = await failure(applyPoints(c.headers, cartId, 0))
      expect([zero.status, zero.data.code]).toEqual([400, "invalid_data"])
      const fraction = await failure(api.post(`/store/carts/${cartId}/loyalty-points`, { points: 1.5 }, c.headers))
      expect([fraction.status, fraction.data.code]).toEqual([400, "invalid_data"])

      const notMine = await failure(applyPoints(rich.headers, cartId, 100))
      expect([notMine.status, notMine.data.code]).toEqual([403, "cart_not_yours"])
      const missing = await failure(applyPoints(c.headers, "cart_missing", 100))
      expect([missing.status, missing.data.code]).toEqual([404, "cart_not_found"])
      // Nothing was quoted by any refusal.
      expect((await api.get(`/store/carts/${cartId}/loyalty-points`, c.headers)).data.loyalty_points.applied).toBeNull()
    })

    it("concurrent applies on one cart leave exactly one quote, matching the cart's credit line", async () => {
      const c = await customerWith(5000)
      const cartId = await cartWithVariants(api, c.headers, seed.regionId, [rice()], c.email)
      const amounts = [100, 200, 300, 400, 500]
      const results = await Promise.all(amounts.map((p) => applyPoints(c.headers, cartId, p).catch((e: any) => e.response)))
      expect(results.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(1)
      const live = await sql(getContainer(), "SELECT id, points FROM loyalty_redemption WHERE cart_id = ? AND status IN ('quoted', 'debited')", [cartId])
      expect(live).toHaveLength(1)
      const view = await api.get(`/store/carts/${cartId}/loyalty-points`, c.headers)
      const lines = view.data.cart.credit_lines
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatchObject({ reference: "loyalty_points", reference_id: live[0].id, amount: live[0].points / 100 })
      expect(view.data.cart.credit_line_total).toBe(live[0].points / 100)
    })

    it("refuses the order when the items shrank below the cap after applying, and debits nothing", async () => {
      const c = await customerWith(5000)
      const cartId = await cartWithVariants(api, c.headers, seed.regionId, [rice(), variants["RO-PEANUT-5L"]], c.email)
      await applyPoints(c.headers, cartId, 5000) // cap 50% of ¥219.80 = ¥109.90
      const cart = (await api.get(`/store/carts/${cartId}`, c.headers)).data.cart
      const peanut = cart.items.find((i: any) => i.variant_id === variants["RO-PEANUT-5L"])
      await api.delete(`/store/carts/${cartId}/line-items/${peanut.id}`, c.headers)
      await addShipping(api, c.headers, cartId, c.email)
      await addPayment(api, c.headers, cartId)
      const res = await complete(api, c.headers, cartId)
      expect([res.status, res.data.code]).toEqual([400, "points_cap_exceeded"])
      expect(await balanceOf(api, c.headers)).toBe(5000)
      expect(await expectConsistentLedger(getContainer(), c.customer.id)).toBe(5000)
    })

    it("10 concurrent orders redeeming the same points: one order, the others refused, the balance never negative", async () => {
      const c = await customerWith(1000)
      const carts: string[] = []
      for (let i = 0; i < 10; i++) {
        const cartId = await cartWithVariants(api, c.headers, seed.regionId, [rice()], c.email)
        await addShipping(api, c.headers, cartId, c.email)
        await applyPoints(c.headers, cartId, 1000) // every quote is within the balance on its own
        await addPayment(api, c.headers, cartId)
        carts.push(cartId)
      }
      const results = await Promise.all(carts.map((id) => complete(api, c.headers, id)))
      const orders = results.filter((r) => r.data?.type === "order")
      const refused = results.filter((r) => r.status === 400)
      expect(orders).toHaveLength(1)
      expect(refused).toHaveLength(9)
      expect(new Set(refused.map((r) => r.data.code))).toEqual(new Set(["insufficient_points"]))
      expect(await balanceOf(api, c.headers)).toBe(0)
      expect(await expectConsistentLedger(getContainer(), c.customer.id)).toBe(0)
      const redeems = await sql(getContainer(), "SELECT delta FROM loyalty_entry WHERE customer_id = ? AND kind = 'redeem'", [c.customer.id])
      expect(redeems.map((r) => r.delta)).toEqual([-1000])
      const debited = await sql(getContainer(), "SELECT cart_id FROM loyalty_redemption WHERE customer_id = ? AND status = 'debited'", [c.customer.id])
      expect(debited).toHaveLength(1)
    })

    it("a completion that fails after the debit gives exactly those points back, and the cart completes on retry", async () => {
      const c = await customerWith(2000)
      const cartId = await cartWithVariants(api, c.headers, seed.regionId, [rice()], c.email)
      await addShipping(api, c.headers, cartId, c.email)
      await applyPoints(c.headers, cartId, 1000)
      await addPayment(api, c.headers, cartId)
      // Failure injection: the order cannot be created (a step after the validate hook that debited the points).
      const orders = getContainer().resolve(Modules.ORDER)
      const spy = jest.spyOn(orders, "createOrders").mockRejectedValueOnce(new Error("injected failure"))
      const failed = await complete(api, c.headers, cartId)
      spy.mockRestore()
      expect(failed.data?.type).not.toBe("order")
      expect(await balanceOf(api, c.headers)).toBe(2000)
      expect(await expectConsistentLedger(getContainer(), c.customer.id)).toBe(2000)
      const [quote] = await sql(getContainer(), "SELECT status, debit_count FROM loyalty_redemption WHERE cart_id = ? AND status IN ('quoted', 'debited')", [cartId])
      expect(quote).toMatchObject({ status: "quoted", debit_count: 1 })

      const retry = await complete(api, c.headers, cartId)
      expect(retry.data.type).toBe("order")
      expect(await balanceOf(api, c.headers)).toBe(1000)
      const entries = await sql(getContainer(), "SELECT kind, delta FROM loyalty_entry WHERE customer_id = ? AND kind <> 'adjust' ORDER BY created_at, id", [c.customer.id])
      expect(entries.map((e) => [e.kind, e.delta])).toEqual([
        ["redeem", -1000],
        ["reversal", 1000],
        ["redeem", -1000],
      ])
      expect(await expectConsistentLedger(getContainer(), c.customer.id)).toBe(1000)
    })

    it("applying points leaves nothing behind when adding the credit line fails", async () => {
      const c = await customerWith(2000)
      const cartId = await cartWithVariants(api, c.headers, seed.regionId, [rice()], c.email)
      await applyPoints(c.headers, cartId, 500)
      const cart = getContainer().resolve<{ createCreditLines: (...a: unknown[]) => Promise<unknown> }>(Modules.CART)
      const spy = jest.spyOn(cart, "createCreditLines").mockRejectedValueOnce(new Error("injected failure"))
      const res = await failure(applyPoints(c.headers, cartId, 800))
      spy.mockRestore()
      expect(res.status).toBeGreaterThanOrEqual(400)
      // The earlier quote of 500 is back, with its credit line; no half-written quote of 800.
      const view = await api.get(`/store/carts/${cartId}/loyalty-points`, c.headers)
      expect(view.data.loyalty_points.applied).toEqual({ points: 500, amount: 5 })
      expect(view.data.cart).toMatchObject({ credit_line_total: 5, total: 64.9 }) // 69.90 − 5.00
      const live = await sql(getContainer(), "SELECT points FROM loyalty_redemption WHERE cart_id = ? AND status IN ('quoted', 'debited')", [cartId])
      expect(live.map((r) => r.points)).toEqual([500])
    })

    it("gives the points back when the order is canceled", async () => {
      const c = await customerWith(3000)
      const cartId = await cartWithVariants(api, c.headers, seed.regionId, [rice()], c.email)
      await addShipping(api, c.headers, cartId, c.email)
      await applyPoints(c.headers, cartId, 1500)
      await addPayment(api, c.headers, cartId)
      const res = await complete(api, c.headers, cartId)
      expect(res.data.type).toBe("order")
      expect(await balanceOf(api, c.headers)).toBe(1500)

      await api.post(`/admin/orders/${res.data.order.id}/cancel`, {}, admin)
      expect(await balanceOf(api, c.headers)).toBe(3000)
      expect(await expectConsistentLedger(getContainer(), c.customer.id)).toBe(3000)
      const view = await api.get(`/admin/loyalty/orders/${res.data.order.id}`, admin)
      expect(view.data.redeemed).toEqual([expect.objectContaining({ points: 1500, status: "restored" })])
      expect(view.data.entries.map((e: any) => [e.kind, e.delta])).toEqual([
        ["redeem", -1500],
        ["reversal", 1500],
      ])
    })
  },
})

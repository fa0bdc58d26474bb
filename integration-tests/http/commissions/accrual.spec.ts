import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { accrueOrderCommissionsWorkflow } from "../../../src/workflows/commission"
import { accrueOrderCommissionsStep } from "../../../src/workflows/commission/steps/accrue-order-commissions"
import { createAdminUser, type Headers } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import {
  applyCoupon,
  balanceOf,
  buyAtPoint,
  buyDelivered,
  capture,
  claim,
  createTemplate,
  customer,
  defaultRule,
  leader,
  orderCommission,
  rule,
  sql,
  variantIdsBySku,
  withoutSeededRegisterGifts,
} from "./fixtures"

jest.setTimeout(300 * 1000)

/** Failure injection: the accrual step, then a step that throws; the accrual's compensation must undo it. */
const explode = createStep("commission-spec-explode", async () => {
  throw new Error("injected failure after the accrual")
})
const accrueThenFail = createWorkflow(
  "commission-spec-accrue-then-fail",
  (input: Parameters<typeof accrueOrderCommissionsStep>[0]) => {
    const accrued = accrueOrderCommissionsStep(input)
    explode()
    return new WorkflowResponse(accrued)
  }
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let sku: Record<string, string>
    let admin: Headers

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
      sku = await variantIdsBySku(getContainer())
      await withoutSeededRegisterGifts(getContainer())
    })

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer(), api)).headers
      await defaultRule(api, admin) // 5% pickup, 3% level 1, 1% level 2
    })

    it("pays the pickup leader the default rate on what was paid, nothing at placement, and level 2 to the leader's referrer", async () => {
      const inviter = await customer(api, seed.publishableKey)
      const a = await leader(api, seed.publishableKey, admin, inviter.code)
      const buyer = await customer(api, seed.publishableKey)
      const order = await buyAtPoint(getContainer(), api, buyer.headers, {
        regionId: seed.regionId,
        pointId: a.pickupPoint.id,
        lines: [[sku["ED-EGG-10"], 2]], // 2 × ¥15.90 = ¥31.80
      })
      expect((await orderCommission(api, admin, order.id)).entries).toEqual([]) // authorized only: nothing yet

      await capture(getContainer(), api, admin, order.id)
      const view = await orderCommission(api, admin, order.id)
      // The buyer is now bound to leader A (their first order at A's point): A earns the pickup commission and is
      // not paid a second time as level 1; level 2 is A's own referrer.
      expect(view.rows).toEqual([
        ["accrual", "pickup", a.customer.customer.id, 1.59, "pending"], // 5% of 31.80
        ["accrual", "referral_l2", inviter.customer.id, 0.32], // 1% of 31.80 = 0.318
      ].map((r) => (r.length === 4 ? [...r, "pending"] : r)))
      expect(view.commission).toMatchObject({ items_total: 31.8, commission_total: 1.91, reversed_total: 0, received_at: null })
      expect(await balanceOf(getContainer(), a.customer.customer.id)).toEqual({ pending: 1.59, available: 0, withdrawing: 0, withdrawn: 0 })
    })

    it("pays level 1 and level 2 referrers (plain customers) on a delivered order", async () => {
      const top = await customer(api, seed.publishableKey)
      const mid = await customer(api, seed.publishableKey, top.code)
      const buyer = await customer(api, seed.publishableKey, mid.code)
      const order = await buyDelivered(getContainer(), api, buyer.headers, { regionId: seed.regionId, lines: [[sku["RO-PEANUT-5L"], 1]] }) // ¥149.90 + ¥8 shipping
      await capture(getContainer(), api, admin, order.id)
      expect((await orderCommission(api, admin, order.id)).rows).toEqual([
        ["accrual", "referral_l1", mid.customer.id, 4.5, "pending"], // 3% of 149.90 = 4.497 (shipping earns nothing)
        ["accrual", "referral_l2", top.customer.id, 1.5, "pending"], // 1% of 149.90 = 1.499
      ])
      // The referrer sees it in the Store API.
      const me = await api.get("/store/commissions/me", mid.headers)
      expect(me.data.balances).toEqual([{ currency_code: "cny", pending: 4.5, available: 0, withdrawing: 0, withdrawn: 0 }])
      expect(me.data.friends).toMatchObject({ invited: 1, total: 1, level2: 0 })
      expect((await api.get("/store/commissions/me", top.headers)).data.friends).toMatchObject({ invited: 1, level2: 1 })
      const entries = await api.get("/store/commissions/entries", mid.headers)
      expect(entries.data.entries.map((e: any) => [e.order_id, e.kind, e.amount])).toEqual([[order.id, "referral_l1", 4.5]])
    })

    it("applies category, product and leader overrides, most specific first, the newest on a tie", async () => {
      const a = await leader(api, seed.publishableKey, admin)
      const b = await leader(api, seed.publishableKey, admin)
      await rule(api, admin, { scope: "category", target_id: seed.categoryIds["eggs-dairy"], pickup_rate: 8 })
      await rule(api, admin, { scope: "product", target_id: seed.productIds["free-range-eggs"], pickup_rate: 9 })
      await rule(api, admin, { scope: "product", target_id: seed.productIds["free-range-eggs"], pickup_rate: 10 }) // newer: wins
      await rule(api, admin, { scope: "leader", target_id: b.leader.id, pickup_rate: 12 })
      const lines: [string, number][] = [
        [sku["ED-MILK-950"], 1], // ¥13.80, category eggs-dairy
        [sku["ED-EGG-10"], 1], // ¥15.90, product free-range-eggs
        [sku["RO-RICE-5KG"], 1], // ¥69.90, default
      ]
      const atA = await buyAtPoint(getContainer(), api, (await customer(api, seed.publishableKey)).headers, {
        regionId: seed.regionId,
        pointId: a.pickupPoint.id,
        lines,
      })
      const atB = await buyAtPoint(getContainer(), api, (await customer(api, seed.publishableKey)).headers, {
        regionId: seed.regionId,
        pointId: b.pickupPoint.id,
        lines,
      })
      await capture(getContainer(), api, admin, atA.id)
      await capture(getContainer(), api, admin, atB.id)
      const amounts = async (orderId: string) =>
        ((await orderCommission(api, admin, orderId)).entries as any[]).map((e) => [e.product_id, e.rate, e.amount])
      expect(await amounts(atA.id)).toEqual(
        expect.arrayContaining([
          [seed.productIds["fresh-milk-950ml"], 8, 1.1], // 8% of 13.80 = 1.104
          [seed.productIds["free-range-eggs"], 10, 1.59], // 10% of 15.90
          [seed.productIds["wuchang-rice"], 5, 3.5], // 5% of 69.90 = 3.495 → 3.50 (half up)
        ])
      )
      // Leader B's own rule beats the product and category rules for what B earns.
      expect(await amounts(atB.id)).toEqual(
        expect.arrayContaining([
          [seed.productIds["fresh-milk-950ml"], 12, 1.66], // 12% of 13.80 = 1.656
          [seed.productIds["free-range-eggs"], 12, 1.91], // 12% of 15.90 = 1.908
          [seed.productIds["wuchang-rice"], 12, 8.39], // 12% of 69.90 = 8.388
        ])
      )
    })

    it("earns on what the customer paid for a discounted line (after the coupon)", async () => {
      const a = await leader(api, seed.publishableKey, admin)
      const buyer = await customer(api, seed.publishableKey)
      const template = await createTemplate(api, admin, { type: "fixed", value: 10 }) // ¥10 off
      const coupon = await claim(api, buyer.headers, template.id)
      const order = await buyAtPoint(getContainer(), api, buyer.headers, {
        regionId: seed.regionId,
        pointId: a.pickupPoint.id,
        lines: [[sku["RO-PEANUT-5L"], 1]], // ¥149.90 − ¥10.00 = ¥139.90 paid for the line
        beforePayment: (cartId) => applyCoupon(api, buyer.headers, cartId, coupon.id),
      })
      await capture(getContainer(), api, admin, order.id)
      expect((await orderCommission(api, admin, order.id)).entries).toEqual([
        expect.objectContaining({ kind: "pickup", base_amount: 139.9, rate: 5, amount: 7 }), // 5% of 139.90 = 6.995 → 7.00
      ])
    })

    it("earns on what was paid in money when points paid part of the order (points split over the lines)", async () => {
      const a = await leader(api, seed.publishableKey, admin)
      const buyer = await customer(api, seed.publishableKey)
      await api.post(`/admin/loyalty/customers/${buyer.customer.id}/adjust`, { points: 1000, reason: "spec" }, admin)
      const order = await buyAtPoint(getContainer(), api, buyer.headers, {
        regionId: seed.regionId,
        pointId: a.pickupPoint.id,
        lines: [
          [sku["RO-PEANUT-5L"], 1], // ¥149.90
          [sku["RO-SOY-1.28L"], 1], // ¥16.80
        ],
        // 1,000 points = ¥10.00 (100 points per yuan), split 149.90 : 16.80 → 8.99 + 1.01
        beforePayment: (cartId) => api.post(`/store/carts/${cartId}/loyalty-points`, { points: 1000 }, buyer.headers),
      })
      await capture(getContainer(), api, admin, order.id)
      const view = await orderCommission(api, admin, order.id)
      // One accrual per line; Medusa does not promise the order of an order's lines, so compared by amount.
      const byBase = view.entries.map((e: any) => [e.base_amount, e.amount]).sort((x: number[], y: number[]) => y[0] - x[0])
      expect(byBase).toEqual([
        [140.91, 7.05], // 149.90 − 8.99; 5% = 7.0455
        [15.79, 0.79], // 16.80 − 1.01; 5% = 0.7895
      ])
      expect(view.commission.items_total).toBe(156.7) // 166.70 − 10.00
    })

    it("creates nothing twice when the capture event is replayed, also many times at once", async () => {
      const a = await leader(api, seed.publishableKey, admin)
      const order = await buyAtPoint(getContainer(), api, (await customer(api, seed.publishableKey)).headers, {
        regionId: seed.regionId,
        pointId: a.pickupPoint.id,
        lines: [[sku["ED-EGG-30"], 1]], // ¥42.00
      })
      const { paymentId } = await capture(getContainer(), api, admin, order.id)
      const bus = getContainer().resolve(Modules.EVENT_BUS)
      const replayed = TestEventUtils.waitSubscribersExecution("payment.captured", bus, { triggerCount: 3 })
      await bus.emit([1, 2, 3].map(() => ({ name: "payment.captured", data: { id: paymentId } })))
      await replayed
      const runs = await Promise.all(
        Array.from({ length: 5 }, () => accrueOrderCommissionsWorkflow(getContainer()).run({ input: { order_id: order.id } }))
      )
      expect(runs.map((r) => r.result.created)).toEqual([false, false, false, false, false])
      const [{ n }] = await sql<{ n: number }>(getContainer(), "SELECT COUNT(*)::int AS n FROM commission_entry WHERE order_id = ?", [order.id])
      expect(n).toBe(1)
      expect(await balanceOf(getContainer(), a.customer.customer.id)).toMatchObject({ pending: 2.1 }) // 5% of 42.00, once
    })

    it("leaves nothing half written when a later step of the accrual fails (compensation)", async () => {
      const entry = (beneficiary_id: string, kind: "pickup" | "referral_l1", amount: string) => ({
        line_item_id: "ordli_fail_1",
        product_id: null,
        beneficiary_id,
        leader_id: null,
        kind,
        base_amount: "100",
        rate: "5",
        rule_id: null,
        amount,
      })
      const { errors } = await accrueThenFail(getContainer()).run({
        input: {
          order_id: "order_fail_1",
          customer_id: "cus_buyer_fail",
          currency_code: "cny",
          items_total: "100",
          pickup_leader_id: null,
          entries: [entry("cus_fail_a", "pickup", "5"), entry("cus_fail_b", "referral_l1", "3")],
          refunded_amount: "40",
          canceled: false,
          received_at: null,
          now: new Date().toISOString(),
        },
        throwOnError: false,
      })
      expect(errors[0]?.error?.message).toMatch(/injected failure/)
      const rows = await sql(getContainer(), "SELECT id FROM commission_entry WHERE order_id = 'order_fail_1' UNION ALL SELECT id FROM commission_order WHERE order_id = 'order_fail_1'")
      expect(rows).toEqual([])
      // The accrual (and its immediate 40% reversal) moved the balances; the compensation moved them back.
      expect(await balanceOf(getContainer(), "cus_fail_a")).toEqual({ pending: 0, available: 0, withdrawing: 0, withdrawn: 0 })
      expect(await balanceOf(getContainer(), "cus_fail_b")).toEqual({ pending: 0, available: 0, withdrawing: 0, withdrawn: 0 })
    })
  },
})

import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { markOrderReceivedWorkflow } from "../../../src/workflows/commission"
import { createAdminUser, type Headers } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import {
  balanceOf,
  buyAtPoint,
  capture,
  customer,
  defaultRule,
  leader,
  orderCommission,
  refund,
  settle,
  sql,
  variantIdsBySku,
  withoutSeededRegisterGifts,
} from "./fixtures"

jest.setTimeout(300 * 1000)

const net = (rows: unknown[][], who: string) =>
  Math.round(rows.filter((r) => r[2] === who).reduce((s, r) => s + (r[3] as number) * 100, 0)) / 100 + 0 // + 0: no -0

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let sku: Record<string, string>
    let admin: Headers
    const bus = () => getContainer().resolve(Modules.EVENT_BUS)

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
      sku = await variantIdsBySku(getContainer())
      await withoutSeededRegisterGifts(getContainer())
    })

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer(), api)).headers
      await defaultRule(api, admin) // 5% pickup, 3% level 1, 1% level 2
    })

    /** Leader A (invited by `inviter`) and a captured order of `lines` at A's point. */
    async function capturedOrderAtA(lines: [string, number][]) {
      const inviter = await customer(api, seed.publishableKey)
      const a = await leader(api, seed.publishableKey, admin, inviter.code)
      const buyer = await customer(api, seed.publishableKey)
      const order = await buyAtPoint(getContainer(), api, buyer.headers, { regionId: seed.regionId, pointId: a.pickupPoint.id, lines })
      const { paymentId } = await capture(getContainer(), api, admin, order.id)
      return { inviter, a, buyer, order, paymentId, leaderCustomerId: a.customer.customer.id as string }
    }

    it("reverses a refund of one unit of three by its proportional share, the parts adding up to the fen", async () => {
      const { inviter, order, paymentId, leaderCustomerId } = await capturedOrderAtA([[sku["SN-SEEDS-308G"], 3]]) // 3 × ¥13.50 = ¥40.50
      expect((await orderCommission(api, admin, order.id)).rows).toEqual([
        ["accrual", "pickup", leaderCustomerId, 2.03, "pending"], // 5% of 40.50 = 2.025 → 2.03
        ["accrual", "referral_l2", inviter.customer.id, 0.41, "pending"], // 1% of 40.50 = 0.405 → 0.41
      ])

      await refund(getContainer(), api, admin, paymentId, 13.5) // one unit of three
      let view = await orderCommission(api, admin, order.id)
      // The order's share: 2.44 × 13.50 / 40.50 = 0.8133 → 0.81, split over what is left of each accrual
      // (2.03 : 0.41 → 0.6739 + 0.1361; floors 0.67 + 0.13, the spare fen to the larger remainder).
      expect(view.rows.slice(2)).toEqual([
        ["reversal", "pickup", leaderCustomerId, -0.67, "pending"],
        ["reversal", "referral_l2", inviter.customer.id, -0.14, "pending"],
      ])
      expect(view.commission).toMatchObject({ commission_total: 2.44, reversed_total: 0.81, net_total: 1.63, refunded_amount: 13.5 })

      // The same refund event again changes nothing.
      const replay = TestEventUtils.waitSubscribersExecution("payment.refunded", bus())
      await bus().emit({ name: "payment.refunded", data: { id: paymentId } })
      await replay
      expect((await orderCommission(api, admin, order.id)).entries).toHaveLength(4)

      // The other two units: everything left is reversed, exactly.
      await refund(getContainer(), api, admin, paymentId, 27)
      view = await orderCommission(api, admin, order.id)
      expect(view.rows.slice(4)).toEqual([
        ["reversal", "pickup", leaderCustomerId, -1.36, "reversed"], // 2.03 − 0.67
        ["reversal", "referral_l2", inviter.customer.id, -0.27, "reversed"], // 0.41 − 0.14
      ])
      expect(net(view.rows, leaderCustomerId)).toBe(0)
      expect(net(view.rows, inviter.customer.id)).toBe(0)
      expect(view.rows.every((r: unknown[]) => r[4] === "reversed")).toBe(true)
      expect(await balanceOf(getContainer(), leaderCustomerId)).toEqual({ pending: 0, available: 0, withdrawing: 0, withdrawn: 0 })
    })

    it("settles only what is due (collected + 7 store days), once, and reverses a refund after settlement from the available balance", async () => {
      const { a, buyer, order, paymentId, leaderCustomerId } = await capturedOrderAtA([[sku["RO-RICE-10KG"], 1]]) // ¥129.00 → 6.45
      const second = await buyAtPoint(getContainer(), api, buyer.headers, {
        regionId: seed.regionId,
        pointId: a.pickupPoint.id,
        lines: [[sku["RO-FLOUR-2.5KG"], 1]], // ¥22.90 → 1.145 → 1.15; never collected
      })
      await capture(getContainer(), api, admin, second.id)
      const third = await buyAtPoint(getContainer(), api, buyer.headers, {
        regionId: seed.regionId,
        pointId: a.pickupPoint.id,
        lines: [[sku["RO-SOY-1.28L"], 1]], // ¥16.80 → 0.84
      })
      await capture(getContainer(), api, admin, third.id)

      // The leader hands the first order over: pickup verification completes it (order.completed).
      const { data: mine } = await api.get(`/store/orders/${order.id}/pickup`, buyer.headers)
      const completed = TestEventUtils.waitSubscribersExecution("order.completed", bus())
      await api.post("/admin/leader/pickup-codes/verify", { code: mine.pickup.code }, a.adminHeaders)
      await completed
      const { commission } = await orderCommission(api, admin, order.id)
      const collectedAt = new Date(commission.received_at)
      const settleAt = new Date(commission.settle_at)
      // Settles at 00:00 Asia/Shanghai 7 days after the store day it was collected on.
      const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10)
      expect(settleAt.toISOString()).toBe(new Date(`${shanghaiDay(new Date(collectedAt.getTime() + 7 * 86400 * 1000))}T00:00:00+08:00`).toISOString())
      // The third order was delivered a day later (explicit instant).
      await markOrderReceivedWorkflow(getContainer()).run({
        input: { order_id: third.id, received_at: new Date(collectedAt.getTime() + 86400 * 1000).toISOString() },
      })

      expect(await balanceOf(getContainer(), leaderCustomerId)).toMatchObject({ pending: 8.44, available: 0 }) // 6.45 + 1.15 + 0.84
      expect(await settle(getContainer(), new Date(settleAt.getTime() - 1))).toEqual({ orders: 0 })
      expect(await balanceOf(getContainer(), leaderCustomerId)).toMatchObject({ pending: 8.44, available: 0 })

      expect(await settle(getContainer(), settleAt)).toEqual({ orders: 1 })
      expect(await balanceOf(getContainer(), leaderCustomerId)).toMatchObject({ pending: 1.99, available: 6.45 })
      expect(await settle(getContainer(), settleAt)).toEqual({ orders: 0 }) // twice: nothing more
      expect(await balanceOf(getContainer(), leaderCustomerId)).toMatchObject({ pending: 1.99, available: 6.45 })
      expect((await orderCommission(api, admin, order.id)).rows.map((r: unknown[]) => r[4])).toEqual(["available", "available"])

      const dayLater = new Date(settleAt.getTime() + 86400 * 1000)
      expect(await settle(getContainer(), dayLater)).toEqual({ orders: 1 }) // the third order; the second was never received
      expect(await balanceOf(getContainer(), leaderCustomerId)).toMatchObject({ pending: 1.15, available: 7.29 })
      const [secondRow] = await sql(getContainer(), "SELECT settled_at FROM commission_order WHERE order_id = ?", [second.id])
      expect(secondRow.settled_at).toBeNull()

      // A refund after settlement: negative entries against the available balance.
      await refund(getContainer(), api, admin, paymentId, 43) // a third of ¥129.00
      const view = await orderCommission(api, admin, order.id)
      // Order commission 6.45 + level 2 1.29 = 7.74; × 43 / 129 = 2.58, split 6.45 : 1.29 → 2.15 + 0.43.
      expect(view.rows.slice(2)).toEqual([
        ["reversal", "pickup", leaderCustomerId, -2.15, "available"],
        ["reversal", "referral_l2", expect.any(String), -0.43, "available"],
      ])
      expect(await balanceOf(getContainer(), leaderCustomerId)).toMatchObject({ pending: 1.15, available: 5.14 }) // 7.29 − 2.15
    })

    it("a delivered order (every item, Medusa's mark-as-delivered) starts its settlement delay like a collected one", async () => {
      const { order, leaderCustomerId } = await capturedOrderAtA([[sku["RO-RICE-5KG"], 2]]) // 2 × ¥69.90
      const full = (await api.get(`/admin/orders/${order.id}?fields=*items`, admin)).data.order
      const fulfilled = await api.post(
        `/admin/orders/${order.id}/fulfillments?fields=*fulfillments`,
        { items: full.items.map((i: any) => ({ id: i.id, quantity: 1 })), location_id: seed.stockLocationId },
        admin
      )
      // One unit of each line delivered is not the whole order: nothing starts.
      let delivered = TestEventUtils.waitSubscribersExecution("delivery.created", bus())
      await api.post(`/admin/orders/${order.id}/fulfillments/${fulfilled.data.order.fulfillments[0].id}/mark-as-delivered`, {}, admin)
      await delivered
      expect((await orderCommission(api, admin, order.id)).commission.received_at).toBeNull()

      const rest = await api.post(
        `/admin/orders/${order.id}/fulfillments?fields=*fulfillments`,
        { items: full.items.map((i: any) => ({ id: i.id, quantity: 1 })), location_id: seed.stockLocationId },
        admin
      )
      const second = rest.data.order.fulfillments.find((f: any) => f.id !== fulfilled.data.order.fulfillments[0].id)
      delivered = TestEventUtils.waitSubscribersExecution("delivery.created", bus())
      await api.post(`/admin/orders/${order.id}/fulfillments/${second.id}/mark-as-delivered`, {}, admin)
      await delivered
      const { commission } = await orderCommission(api, admin, order.id)
      expect(commission.received_at).not.toBeNull()
      const receivedAt = new Date(commission.received_at)
      const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10)
      expect(new Date(commission.settle_at).toISOString()).toBe(
        new Date(`${shanghaiDay(new Date(receivedAt.getTime() + 7 * 86400 * 1000))}T00:00:00+08:00`).toISOString()
      )
      expect(await settle(getContainer(), new Date(commission.settle_at))).toEqual({ orders: 1 })
      expect(await balanceOf(getContainer(), leaderCustomerId)).toMatchObject({ pending: 0, available: 6.99 }) // 5% of 139.80
    })

    it("reverses everything when the order is canceled", async () => {
      const { order, leaderCustomerId } = await capturedOrderAtA([[sku["HH-TISSUE-24"], 1]]) // ¥45.90 → 2.30 (2.295), level 2 0.46 (0.459)
      const canceled = TestEventUtils.waitSubscribersExecution("order.canceled", bus())
      await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
      await canceled
      const view = await orderCommission(api, admin, order.id)
      expect(view.commission).toMatchObject({ commission_total: 2.76, reversed_total: 2.76, net_total: 0 })
      expect(view.commission.canceled_at).not.toBeNull()
      expect(view.rows.every((r: unknown[]) => r[4] === "reversed")).toBe(true)
      expect(await balanceOf(getContainer(), leaderCustomerId)).toEqual({ pending: 0, available: 0, withdrawing: 0, withdrawn: 0 })
    })
  },
})

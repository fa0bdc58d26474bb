import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { createAdminUser, type Headers, storeHeaders } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import {
  balanceOf,
  buyAtPoint,
  buyDelivered,
  capture,
  completeOrders,
  customer,
  defaultRule,
  expectError,
  leader,
  orderCommission,
  rule,
  settle,
  variantIdsBySku,
  withoutSeededRegisterGifts,
} from "./fixtures"

jest.setTimeout(300 * 1000)

const status = (p: Promise<any>) => p.then((r) => r.status, (e) => e.response?.status)

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
      await defaultRule(api, admin)
    })

    /**
     * Leader A with ¥250.00 available: a rule of 100% for A, 20 × ¥12.50 bought at A's point, captured,
     * collected (order completed) and settled at its settlement date.
     */
    async function fundedLeader() {
      const a = await leader(api, seed.publishableKey, admin)
      await rule(api, admin, { scope: "leader", target_id: a.leader.id, pickup_rate: 100 })
      const buyer = await customer(api, seed.publishableKey)
      const order = await buyAtPoint(getContainer(), api, buyer.headers, {
        regionId: seed.regionId,
        pointId: a.pickupPoint.id,
        lines: [[sku["RO-NOODLE-1KG"], 20]], // 20 × ¥12.50 = ¥250.00, 100% → 250.00
      })
      await capture(getContainer(), api, admin, order.id)
      await completeOrders(getContainer(), api, admin, [order.id])
      const { commission } = await orderCommission(api, admin, order.id)
      const settledAt = new Date(commission.settle_at)
      await settle(getContainer(), settledAt)
      const summary = await api.get("/admin/leader/commissions", a.adminHeaders)
      expect(summary.data.balances).toEqual([{ currency_code: "cny", pending: 0, available: 250, withdrawing: 0, withdrawn: 0 }])
      return { a, buyer, order, settledAt, customerId: a.customer.customer.id as string }
    }

    it("lets at most 2 of 20 concurrent withdrawals of ¥100 through against ¥250 available; the balance never goes negative", async () => {
      const { a, customerId } = await fundedLeader()
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          api.post("/admin/leader/commissions/withdrawals", { amount: 100, payee: "微信 13800138000" }, a.adminHeaders).then(
            (r: any) => r,
            (e: any) => e.response
          )
        )
      )
      const created = results.filter((r) => r.status === 201)
      expect(created).toHaveLength(2)
      expect(new Set(results.filter((r) => r.status !== 201).map((r) => `${r.status} ${r.data.code}`))).toEqual(new Set(["400 insufficient_balance"]))
      expect(await balanceOf(getContainer(), customerId)).toEqual({ pending: 0, available: 50, withdrawing: 200, withdrawn: 0 })
      const mine = await api.get("/admin/leader/commissions/withdrawals", a.adminHeaders)
      expect(mine.data.withdrawals.map((w: any) => [w.amount, w.fee, w.net_amount, w.status])).toEqual([
        [100, 0, 100, "requested"],
        [100, 0, 100, "requested"],
      ])
    })

    it("finance pays out with a reference or rejects (money back), once; minimum and fee from the settings; other operators get 403", async () => {
      const { a, customerId } = await fundedLeader()
      const finance = await createAdminUser(getContainer(), api, { roles: [seed.roleIds.finance] })
      const operations = await createAdminUser(getContainer(), api, { roles: [seed.roleIds.operations] })
      await api.post("/admin/commissions/settings", { withdrawal_min_amount: 20, withdrawal_fee_percent: 1, withdrawal_fee_fixed: 0.5 }, finance.headers)

      await expectError(api.post("/admin/leader/commissions/withdrawals", { amount: 19.99 }, a.adminHeaders), 400, "withdrawal_below_minimum")
      await expectError(api.post("/admin/leader/commissions/withdrawals", { amount: 20.001 }, a.adminHeaders), 400, "invalid_data")
      await expectError(api.post("/admin/leader/commissions/withdrawals", { amount: 30, extra: 1 }, a.adminHeaders), 400, "invalid_data")
      const w1 = (await api.post("/admin/leader/commissions/withdrawals", { amount: 50 }, a.adminHeaders)).data.withdrawal
      expect([w1.amount, w1.fee, w1.net_amount]).toEqual([50, 1, 49]) // 1% of 50.00 = 0.50, + 0.50
      const w2 = (await api.post("/admin/leader/commissions/withdrawals", { amount: 120 }, a.adminHeaders)).data.withdrawal
      expect([w2.fee, w2.net_amount]).toEqual([1.7, 118.3]) // 1% of 120.00 = 1.20, + 0.50

      const queue = await api.get("/admin/commissions/withdrawals?status=requested", finance.headers)
      expect(queue.data.withdrawals.map((w: any) => [w.id, w.beneficiary_name])).toEqual([
        [w1.id, a.leader.name],
        [w2.id, a.leader.name],
      ])
      // RBAC (no withdrawal:* for operations) answers 403 without a code of ours.
      expect(await status(api.get("/admin/commissions/withdrawals", operations.headers))).toBe(403)
      expect(await status(api.post(`/admin/commissions/withdrawals/${w1.id}/approve`, { reference: "X" }, operations.headers))).toBe(403)
      await expectError(api.post(`/admin/commissions/withdrawals/${w1.id}/approve`, {}, finance.headers), 400, "invalid_data")

      const paid = await api.post(`/admin/commissions/withdrawals/${w1.id}/approve`, { reference: "WXPAY-20261203-0001" }, finance.headers)
      expect(paid.data.withdrawal).toMatchObject({ status: "paid", reference: "WXPAY-20261203-0001" })
      await api.post(`/admin/commissions/withdrawals/${w2.id}/reject`, { reason: "收款账号有误" }, finance.headers)
      await expectError(api.post(`/admin/commissions/withdrawals/${w1.id}/reject`, { reason: "too late" }, finance.headers), 409, "withdrawal_already_decided")
      await expectError(api.post(`/admin/commissions/withdrawals/${w2.id}/approve`, { reference: "R" }, finance.headers), 409, "withdrawal_already_decided")
      await expectError(api.post(`/admin/commissions/withdrawals/cwd_missing/approve`, { reference: "R" }, finance.headers), 404, "withdrawal_not_found")

      // 250 − 50 paid; the rejected 120 came back.
      expect(await balanceOf(getContainer(), customerId)).toEqual({ pending: 0, available: 200, withdrawing: 0, withdrawn: 50 })
      const summary = await api.get("/admin/leader/commissions", a.adminHeaders)
      expect(summary.data.balances[0]).toEqual({ currency_code: "cny", pending: 0, available: 200, withdrawing: 0, withdrawn: 50 })
      const history = await api.get("/admin/leader/commissions/withdrawals", a.adminHeaders)
      expect(history.data.withdrawals.map((w: any) => [w.status, w.reference, w.rejection_reason])).toEqual([
        ["rejected", null, "收款账号有误"],
        ["paid", "WXPAY-20261203-0001", null],
      ])
    })

    it("never shows a leader another leader's earnings or lets them withdraw them; operator routes answer 403", async () => {
      const { a, order, customerId } = await fundedLeader()
      const b = await leader(api, seed.publishableKey, admin)
      const mine = await api.get("/admin/leader/commissions/entries", a.adminHeaders)
      expect(mine.data.entries.map((e: any) => [e.order_id, e.amount])).toEqual([[order.id, 250]])
      expect((await api.get("/admin/leader/commissions/orders", a.adminHeaders)).data.orders).toEqual([
        expect.objectContaining({ order_id: order.id, earned: 250, available: 250, net: 250, kinds: ["pickup"] }),
      ])

      expect((await api.get("/admin/leader/commissions/entries", b.adminHeaders)).data).toMatchObject({ entries: [], count: 0 })
      expect((await api.get(`/admin/leader/commissions/entries?order_id=${order.id}`, b.adminHeaders)).data.entries).toEqual([])
      expect((await api.get("/admin/leader/commissions/orders", b.adminHeaders)).data.orders).toEqual([])
      await expectError(api.post("/admin/leader/commissions/withdrawals", { amount: 100 }, b.adminHeaders), 400, "insufficient_balance")
      await expectError(api.post("/admin/leader/commissions/withdrawals", { amount: 100, customer_id: customerId }, b.adminHeaders), 400, "invalid_data")
      expect(await balanceOf(getContainer(), customerId)).toMatchObject({ available: 250, withdrawing: 0 })

      const w = (await api.post("/admin/leader/commissions/withdrawals", { amount: 100 }, a.adminHeaders)).data.withdrawal
      expect((await api.get("/admin/leader/commissions/withdrawals", b.adminHeaders)).data.withdrawals).toEqual([])
      for (const [method, url, body] of [
        ["get", "/admin/commissions/entries"],
        ["get", `/admin/commissions/orders/${order.id}`],
        ["get", "/admin/commissions/withdrawals"],
        ["post", `/admin/commissions/withdrawals/${w.id}/approve`, { reference: "SELF" }],
        ["get", "/admin/commissions/export?from=2026-01-01&to=2026-12-31"],
        ["post", "/admin/commissions/rules", { scope: "leader", target_id: b.leader.id, pickup_rate: 50 }],
      ] as [string, string, unknown?][]) {
        const res = await (method === "get" ? api.get(url, b.adminHeaders) : api.post(url, body, b.adminHeaders)).catch((e: any) => e.response)
        expect([url, res.status]).toEqual([url, 403])
      }

      // A's point: today one order of ¥250.00 in the 30-day statistics.
      const stats = await api.get("/admin/leader/commissions/stats", a.adminHeaders)
      expect(stats.data.days).toHaveLength(30)
      expect(stats.data.totals).toEqual({ orders: 1, gmv: 250 })
      expect(stats.data.days[29]).toMatchObject({ orders: 1, gmv: 250 })
      expect((await api.get("/admin/leader/commissions/stats", b.adminHeaders)).data.totals).toEqual({ orders: 0, gmv: 0 })
    })

    it("operators manage rules (validated), filter the ledger and export a period's settled commission per leader as CSV", async () => {
      const { a, order, settledAt } = await fundedLeader()
      await expectError(api.post("/admin/commissions/rules", { scope: "product", pickup_rate: 5 }, admin), 400, "invalid_data")
      await expectError(api.post("/admin/commissions/rules", { scope: "default" }, admin), 400, "invalid_data")
      await expectError(api.post("/admin/commissions/rules", { scope: "default", pickup_rate: 101 }, admin), 400, "invalid_data")
      await expectError(api.post("/admin/commissions/rules", { scope: "product", target_id: "prod_nope", pickup_rate: 5 }, admin), 400, "rule_target_not_found")
      const created = await rule(api, admin, { scope: "category", target_id: seed.categoryIds.snacks, referral_l1_rate: 4.5 })
      const updated = await api.post(`/admin/commissions/rules/${created.id}`, { referral_l1_rate: 6, is_active: false }, admin)
      expect(updated.data.rule).toMatchObject({ scope: "category", target_name: "休闲零食", pickup_rate: null, referral_l1_rate: 6, is_active: false })
      await api.delete(`/admin/commissions/rules/${created.id}`, admin)
      await expectError(api.get(`/admin/commissions/rules/${created.id}`, admin), 404, "commission_rule_not_found")

      const byLeader = await api.get(`/admin/commissions/entries?leader_id=${a.leader.id}&status=available&kind=pickup`, admin)
      expect(byLeader.data.entries.map((e: any) => [e.order_id, e.amount, e.beneficiary_name])).toEqual([[order.id, 250, a.leader.name]])
      expect((await api.get(`/admin/commissions/entries?leader_id=${a.leader.id}&status=pending`, admin)).data.count).toBe(0)
      await expectError(api.get("/admin/commissions/entries?status=nope", admin), 400, "invalid_data")

      const day = new Date(settledAt.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10) // the store day it settled on
      const csv = await api.get(`/admin/commissions/export?from=${day}&to=${day}`, admin)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      const lines = (csv.data as string).replace(/^\uFEFF/, "").trim().split("\r\n")
      expect(lines[0]).toBe("period_from,period_to,leader_id,leader_name,leader_phone,beneficiary_customer_id,beneficiary_name,currency,orders,entries,settled,reversed,net")
      expect(lines.slice(1)).toEqual([
        [day, day, a.leader.id, a.leader.name, a.leader.phone ?? "", a.customer.customer.id, a.leader.name, "CNY", 1, 1, "250.00", "0.00", "250.00"].join(","),
      ])
      const before = await api.get(`/admin/commissions/export?from=2026-01-01&to=2026-01-31`, admin)
      expect((before.data as string).trim().split("\r\n")).toHaveLength(1)
      await expectError(api.get(`/admin/commissions/export?from=${day}&to=2026-01-01`, admin), 400, "invalid_data")
    })

    it("lets a plain customer see and withdraw their referral commission through the Store API, and nobody else's", async () => {
      const referrer = await customer(api, seed.publishableKey)
      const buyer = await customer(api, seed.publishableKey, referrer.code)
      await rule(api, admin, { scope: "default", referral_l1_rate: 20 })
      const order = await buyDelivered(getContainer(), api, buyer.headers, { regionId: seed.regionId, lines: [[sku["RO-PEANUT-5L"], 1]] }) // 20% of 149.90 = 29.98
      await capture(getContainer(), api, admin, order.id)
      await completeOrders(getContainer(), api, admin, [order.id])
      await settle(getContainer(), new Date((await orderCommission(api, admin, order.id)).commission.settle_at))

      const me = await api.get("/store/commissions/me", referrer.headers)
      expect(me.data).toMatchObject({
        referral: { code: referrer.code, share_url: expect.stringContaining(referrer.code) },
        leader: null,
        friends: { invited: 1, bound: 0, total: 1, level2: 0 },
        balances: [{ currency_code: "cny", pending: 0, available: 29.98, withdrawing: 0, withdrawn: 0 }],
      })
      await expectError(api.post("/store/commissions/withdrawals", { amount: 30 }, referrer.headers), 400, "insufficient_balance")
      const w = await api.post("/store/commissions/withdrawals", { amount: 29.98, payee: "支付宝 138****8000" }, referrer.headers)
      expect(w.status).toBe(201)
      expect((await api.get("/store/commissions/withdrawals", referrer.headers)).data.withdrawals).toHaveLength(1)

      expect((await api.get("/store/commissions/entries", buyer.headers)).data.entries).toEqual([])
      expect((await api.get("/store/commissions/withdrawals", buyer.headers)).data.withdrawals).toEqual([])
      expect(await status(api.get("/store/commissions/me", storeHeaders(seed.publishableKey)))).toBe(401)
    })
  },
})

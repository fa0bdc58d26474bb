import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MathBN } from "@medusajs/framework/utils"
import { uniqueModuleDb } from "../../../../integration-tests/helpers/module-db"
import { COMMISSION_MODULE } from ".."
import type CommissionModuleService from "../service"
import type { AccrualInput, AccrueOrderInput } from "../types"

jest.setTimeout(120 * 1000)

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a refusal")
    },
    (e: { code?: string; type?: string }) => e
  )

const T0 = new Date("2026-11-25T07:00:00Z") // 15:00 in Shanghai

/** An order: one line of ¥100.00 with pickup 5% (c_lead), level 1 3% (c_ref), level 2 1% (c_top). */
function order(id: string, over: Partial<AccrueOrderInput> = {}): AccrueOrderInput {
  const line = (beneficiary_id: string, kind: AccrualInput["kind"], rate: string, amount: string): AccrualInput => ({
    line_item_id: `${id}_li1`,
    product_id: "prod_1",
    beneficiary_id,
    leader_id: beneficiary_id === "c_lead" ? "ldr_1" : null,
    kind,
    base_amount: "100",
    rate,
    rule_id: "crule_default",
    amount,
  })
  return {
    order_id: id,
    customer_id: "c_buyer",
    currency_code: "cny",
    items_total: "100",
    pickup_leader_id: "ldr_1",
    entries: [line("c_lead", "pickup", "5", "5"), line("c_ref", "referral_l1", "3", "3"), line("c_top", "referral_l2", "1", "1")],
    refunded_amount: "0",
    canceled: false,
    received_at: null,
    now: T0,
    ...over,
  }
}

moduleIntegrationTestRunner<CommissionModuleService>({
  moduleName: COMMISSION_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  dbName: uniqueModuleDb("commission_module"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = async <T>(query: string, bindings: unknown[] = []): Promise<T[]> =>
      (await MikroOrmWrapper.forkManager().getConnection().execute(query, bindings)) as T[]

    /** The invariant: every bucket equals what the ledger and the withdrawals say. Returns the buckets. */
    async function expectConsistent(customerId: string) {
      const [row] = await sql<Record<string, string>>(
        `SELECT a.pending_amount::text AS pending, a.available_amount::text AS available,
           a.withdrawing_amount::text AS withdrawing, a.withdrawn_amount::text AS withdrawn,
           (SELECT COALESCE(SUM(amount), 0) FROM commission_entry e WHERE e.beneficiary_id = a.customer_id AND e.status = 'pending')::text AS l_pending,
           (SELECT COALESCE(SUM(amount), 0) FROM commission_entry e WHERE e.beneficiary_id = a.customer_id AND e.status = 'available')::text AS l_available,
           (SELECT COALESCE(SUM(amount), 0) FROM commission_withdrawal w WHERE w.customer_id = a.customer_id AND w.status IN ('requested', 'paid'))::text AS w_held,
           (SELECT COALESCE(SUM(amount), 0) FROM commission_withdrawal w WHERE w.customer_id = a.customer_id AND w.status = 'requested')::text AS w_requested,
           (SELECT COALESCE(SUM(amount), 0) FROM commission_withdrawal w WHERE w.customer_id = a.customer_id AND w.status = 'paid')::text AS w_paid,
           a.raw_available_amount->>'value' AS raw_available
         FROM commission_account a WHERE a.customer_id = ?`,
        [customerId]
      )
      expect(MathBN.eq(row.pending, row.l_pending)).toBe(true)
      expect(MathBN.eq(row.available, MathBN.sub(row.l_available, row.w_held))).toBe(true)
      expect(MathBN.eq(row.withdrawing, row.w_requested)).toBe(true)
      expect(MathBN.eq(row.withdrawn, row.w_paid)).toBe(true)
      expect(MathBN.eq(row.raw_available, row.available)).toBe(true)
      return { pending: Number(row.pending), available: Number(row.available), withdrawing: Number(row.withdrawing), withdrawn: Number(row.withdrawn) }
    }

    describe("accrual", () => {
      it("records an order once: a replay, also 10 at once, creates nothing more", async () => {
        const first = await service.accrueOrderCommissions(order("order_1"))
        expect(first.created).toBe(true)
        expect(first.entries.map((e) => [e.beneficiary_id, e.kind, e.amount, e.status])).toEqual([
          ["c_lead", "pickup", "5", "pending"],
          ["c_ref", "referral_l1", "3", "pending"],
          ["c_top", "referral_l2", "1", "pending"],
        ])
        const replays = await Promise.all(Array.from({ length: 10 }, () => service.accrueOrderCommissions(order("order_1"))))
        expect(replays.every((r) => !r.created && r.entries.length === 0)).toBe(true)
        const [{ n }] = await sql<{ n: number }>("SELECT COUNT(*)::int AS n FROM commission_entry WHERE order_id = 'order_1'")
        expect(n).toBe(3)
        expect(await expectConsistent("c_lead")).toEqual({ pending: 5, available: 0, withdrawing: 0, withdrawn: 0 })
      })

      it("keeps (line item, beneficiary, kind) unique in the database itself", async () => {
        await service.accrueOrderCommissions(order("order_2"))
        const insert = () =>
          sql(
            `INSERT INTO commission_entry (id, beneficiary_id, order_id, line_item_id, kind, type, amount, raw_amount, base_amount, raw_base_amount, currency_code, status)
             VALUES (?, 'c_lead', 'order_2', 'order_2_li1', 'pickup', 'accrual', 5, '{"value":"5","precision":20}', 100, '{"value":"100","precision":20}', 'cny', 'pending')`,
            [`cent_dup_${Math.random()}`]
          )
        await expect(insert()).rejects.toThrow(/IDX_commission_entry_accrual_unique|duplicate key/)
      })

      it("refuses in the database an entry paying the buyer on their own purchase", async () => {
        await expect(
          sql(
            `INSERT INTO commission_entry (id, beneficiary_id, customer_id, order_id, line_item_id, kind, type, amount, raw_amount, base_amount, raw_base_amount, currency_code, status)
             VALUES ('cent_self', 'c_buyer', 'c_buyer', 'o', 'li', 'pickup', 'accrual', 5, '{}', 100, '{}', 'cny', 'pending')`
          )
        ).rejects.toThrow(/commission_entry_not_own_purchase/)
      })
    })

    describe("reversal", () => {
      it("reverses a partial refund in proportion, cumulatively, and a replay changes nothing", async () => {
        await service.accrueOrderCommissions(order("order_r"))
        const a = await service.reverseOrderCommissions({ order_id: "order_r", refunded_amount: "33.33", now: T0 })
        // 9.00 × 33.33 / 100 = 2.9997 → 3.00: pickup 5/9 of it (1.666…), level 1 1.00, level 2 0.333…
        expect(a!.reversed).toBe("3")
        expect(a!.entries.map((e) => [e.beneficiary_id, e.amount, e.status])).toEqual([
          ["c_lead", "-1.67", "pending"],
          ["c_ref", "-1", "pending"],
          ["c_top", "-0.33", "pending"],
        ])
        const again = await service.reverseOrderCommissions({ order_id: "order_r", refunded_amount: "33.33", now: T0 })
        expect(again!.entries).toEqual([])
        await service.reverseOrderCommissions({ order_id: "order_r", refunded_amount: "100", now: T0 })
        const rows = await sql<{ beneficiary_id: string; net: string; statuses: string }>(
          `SELECT beneficiary_id, SUM(amount)::text AS net, string_agg(DISTINCT status, ',') AS statuses
           FROM commission_entry WHERE order_id = 'order_r' GROUP BY beneficiary_id ORDER BY beneficiary_id`
        )
        // Fully reversed while pending: nets to zero and leaves pending for good.
        expect(rows.map((r) => [r.beneficiary_id, Number(r.net), r.statuses])).toEqual([
          ["c_lead", 0, "reversed"],
          ["c_ref", 0, "reversed"],
          ["c_top", 0, "reversed"],
        ])
        expect(await expectConsistent("c_lead")).toMatchObject({ pending: 0, available: 0 })
      })

      it("accrues and reverses at once when the refund arrived first", async () => {
        const res = await service.accrueOrderCommissions(order("order_early", { refunded_amount: "50" }))
        expect(res.reversed!.reversed).toBe("4.5") // half of 9.00
        expect(await expectConsistent("c_ref")).toMatchObject({ pending: 1.5 })
      })

      it("is nothing for an order that earned nothing", async () => {
        expect(await service.reverseOrderCommissions({ order_id: "order_unknown", refunded_amount: "10" })).toBeNull()
      })
    })

    describe("settlement", () => {
      it("settles only orders whose date passed, once; a refund after settlement reverses available money", async () => {
        await service.accrueOrderCommissions(order("order_s1", { received_at: T0 }))
        await service.accrueOrderCommissions(order("order_s2"))
        await service.markOrderReceived({ order_id: "order_s2", received_at: new Date("2026-11-27T07:00:00Z") })
        // 25 Nov + 7 days → 2 Dec 00:00 Shanghai (1 Dec 16:00Z); 27 Nov → 4 Dec 00:00 Shanghai.
        expect(await service.listDueOrders(new Date("2026-12-01T15:59:59Z"))).toEqual([])
        const at = new Date("2026-12-01T16:00:00Z")
        expect(await service.listDueOrders(at)).toEqual(["order_s1"])
        const settled = await service.settleOrderCommissions("order_s1", at)
        expect(settled.amounts).toEqual([
          { customer_id: "c_lead", amount: "5" },
          { customer_id: "c_ref", amount: "3" },
          { customer_id: "c_top", amount: "1" },
        ])
        expect((await service.settleOrderCommissions("order_s1", at)).settled).toBe(false)
        expect((await service.settleOrderCommissions("order_s2", at)).settled).toBe(false)
        expect(await expectConsistent("c_lead")).toMatchObject({ pending: 5, available: 5 })

        const rev = await service.reverseOrderCommissions({ order_id: "order_s1", refunded_amount: "20", now: at })
        // Accruals written in one transaction share created_at: compared in beneficiary order.
        expect(rev!.entries.map((e) => [e.beneficiary_id, e.amount, e.status]).sort()).toEqual([
          ["c_lead", "-1", "available"], // 20% of 5.00
          ["c_ref", "-0.6", "available"],
          ["c_top", "-0.2", "available"],
        ])
        expect(await expectConsistent("c_lead")).toMatchObject({ pending: 5, available: 4 })
      })
    })

    describe("withdrawals", () => {
      async function fund(customerId: string, amount: string) {
        await service.accrueOrderCommissions({
          ...order(`fund_${customerId}`, { received_at: T0 }),
          entries: [
            { line_item_id: `fund_${customerId}_li`, product_id: null, beneficiary_id: customerId, leader_id: null, kind: "pickup", base_amount: amount, rate: "100", rule_id: null, amount },
          ],
        })
        await service.settleOrderCommissions(`fund_${customerId}`, new Date("2026-12-02T00:00:00Z"))
      }

      it("lets at most 2 of 20 concurrent withdrawals of 100 through against 250 available", async () => {
        await fund("c_w", "250")
        const results = await Promise.allSettled(
          Array.from({ length: 20 }, () =>
            service.requestWithdrawal({ customer_id: "c_w", leader_id: null, currency_code: "cny", amount: "100", requested_by: "c_w" })
          )
        )
        const ok = results.filter((r) => r.status === "fulfilled")
        const refused = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[]
        expect(ok).toHaveLength(2)
        expect(new Set(refused.map((r) => r.reason.code))).toEqual(new Set(["insufficient_balance"]))
        expect(await expectConsistent("c_w")).toEqual({ pending: 0, available: 50, withdrawing: 200, withdrawn: 0 })
      })

      it("pays with a reference or rejects (money back), exactly once", async () => {
        await fund("c_d", "300")
        const w1 = await service.requestWithdrawal({ customer_id: "c_d", leader_id: null, currency_code: "cny", amount: "100", requested_by: "c_d" })
        const w2 = await service.requestWithdrawal({ customer_id: "c_d", leader_id: null, currency_code: "cny", amount: "120", requested_by: "c_d" })
        const both = await Promise.allSettled([
          service.decideWithdrawal({ id: w1.id, decision: "paid", reference: "WX-1", decided_by: "user_f" }),
          service.decideWithdrawal({ id: w1.id, decision: "rejected", reason: "dup", decided_by: "user_g" }),
        ])
        expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1)
        expect((both.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.code).toBe("withdrawal_already_decided")
        await service.decideWithdrawal({ id: w2.id, decision: "rejected", reason: "wrong account", decided_by: "user_f" })
        const [paid] = await sql<{ status: string }>("SELECT status FROM commission_withdrawal WHERE id = ?", [w1.id])
        const expected = paid.status === "paid" ? { available: 200, withdrawn: 100 } : { available: 300, withdrawn: 0 }
        expect(await expectConsistent("c_d")).toEqual({ pending: 0, withdrawing: 0, ...expected })
        expect((await refusal(service.decideWithdrawal({ id: "cwd_nope", decision: "paid", reference: "x", decided_by: "u" }))).code).toBe(
          "withdrawal_not_found"
        )
      })

      it("applies the minimum and the fee from the settings", async () => {
        await fund("c_f", "100")
        await service.updateSettings({ withdrawal_min_amount: "50", withdrawal_fee_percent: "1", withdrawal_fee_fixed: "0.5" })
        expect((await refusal(service.requestWithdrawal({ customer_id: "c_f", leader_id: null, currency_code: "cny", amount: "49.99", requested_by: "c_f" }))).code).toBe(
          "withdrawal_below_minimum"
        )
        const w = await service.requestWithdrawal({ customer_id: "c_f", leader_id: null, currency_code: "cny", amount: "80", requested_by: "c_f" })
        // 1% of 80.00 = 0.80, + 0.50 = 1.30 → net 78.70
        expect([w.amount, w.fee, w.net_amount]).toEqual(["80", "1.3", "78.7"])
      })
    })
  },
})

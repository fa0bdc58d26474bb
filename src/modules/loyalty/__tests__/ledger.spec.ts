import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { uniqueModuleDb } from "../../../../integration-tests/helpers/module-db"
import { LOYALTY_MODULE } from ".."
import type LoyaltyModuleService from "../service"

jest.setTimeout(60 * 1000)

const day = (iso: string) => new Date(iso)
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a refusal")
    },
    (e: { code?: string; type?: string }) => e
  )

moduleIntegrationTestRunner<LoyaltyModuleService>({
  moduleName: LOYALTY_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  dbName: uniqueModuleDb("loyalty_module"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = async <T>(query: string, bindings: unknown[] = []): Promise<T[]> =>
      (await MikroOrmWrapper.forkManager().getConnection().execute(query, bindings)) as T[]

    /** The invariant: cached balance = sum of entries = sum of open lots, never negative. */
    async function expectConsistent(customerId: string) {
      const [row] = await sql<{ balance: number; entries: string; lots: string }>(
        `SELECT a.balance,
           (SELECT COALESCE(SUM(delta), 0) FROM loyalty_entry WHERE customer_id = a.customer_id) AS entries,
           (SELECT COALESCE(SUM(remaining), 0) FROM loyalty_lot WHERE customer_id = a.customer_id) AS lots
         FROM loyalty_account a WHERE a.customer_id = ?`,
        [customerId]
      )
      expect(row.balance).toBeGreaterThanOrEqual(0)
      expect(Number(row.entries)).toBe(row.balance)
      expect(Number(row.lots)).toBe(row.balance)
      return row.balance
    }

    describe("creditPoints", () => {
      it("credits once per (kind, reference): a replay returns the first entry and changes nothing", async () => {
        const first = await service.creditPoints({ customer_id: "cus_a", points: 50, kind: "referral", reference: "ref_1" })
        const again = await service.creditPoints({ customer_id: "cus_a", points: 50, kind: "referral", reference: "ref_1" })
        expect(first.created).toBe(true)
        expect(again.created).toBe(false)
        expect(again.entry!.id).toBe(first.entry!.id)
        expect(await service.getBalance("cus_a")).toBe(50)
        expect(await expectConsistent("cus_a")).toBe(50)
      })

      it("keeps one entry when 20 identical credits race", async () => {
        await Promise.all(
          Array.from({ length: 20 }, () =>
            service.creditPoints({ customer_id: "cus_r", points: 30, kind: "referral", reference: "ref_race" })
          )
        )
        const [{ n }] = await sql<{ n: string }>("SELECT COUNT(*) AS n FROM loyalty_entry WHERE reference = 'ref_race'")
        expect(Number(n)).toBe(1)
        expect(await expectConsistent("cus_r")).toBe(30)
      })

      it("refuses the same source key for another customer", async () => {
        await service.creditPoints({ customer_id: "cus_a", points: 5, kind: "referral", reference: "ref_x" })
        const err = await refusal(
          service.creditPoints({ customer_id: "cus_b", points: 5, kind: "referral", reference: "ref_x" })
        )
        expect(err.code).toBe("ledger_reference_taken")
      })

      it("refuses zero, negative and fractional points with invalid_points", async () => {
        for (const points of [0, -5, 1.5]) {
          const err = await refusal(
            service.creditPoints({ customer_id: "cus_a", points, kind: "adjust", reference: `bad_${points}` })
          )
          expect(err.code).toBe("invalid_points")
        }
      })

      it("makes points expire after the configured months, at the start of the next store day", async () => {
        const res = await service.creditPoints({
          customer_id: "cus_e",
          points: 10,
          kind: "referral",
          reference: "exp_1",
          now: day("2026-03-15T02:00:00Z"), // 10:00 in Shanghai
        })
        // valid through 2027-03-15 (Shanghai), expires 2027-03-16 00:00 +08:00
        expect(res.entry!.expires_at!.toISOString()).toBe("2027-03-15T16:00:00.000Z")
      })
    })

    describe("debitPoints", () => {
      it("refuses more than the balance with insufficient_points and writes nothing", async () => {
        await service.creditPoints({ customer_id: "cus_d", points: 100, kind: "referral", reference: "d1" })
        const err = await refusal(
          service.debitPoints({ customer_id: "cus_d", points: 101, kind: "adjust", reference: "d2" })
        )
        expect(err.code).toBe("insufficient_points")
        expect(await expectConsistent("cus_d")).toBe(100)
      })

      it("never lets 10 concurrent debits take the balance below zero", async () => {
        await service.creditPoints({ customer_id: "cus_c", points: 100, kind: "referral", reference: "c0" })
        const results = await Promise.allSettled(
          Array.from({ length: 10 }, (_, i) =>
            service.debitPoints({ customer_id: "cus_c", points: 30, kind: "adjust", reference: `c${i + 1}` })
          )
        )
        const ok = results.filter((r) => r.status === "fulfilled")
        const refused = results.filter(
          (r) => r.status === "rejected" && (r.reason as { code?: string }).code === "insufficient_points"
        )
        expect(ok).toHaveLength(3) // 3 × 30 ≤ 100 < 4 × 30
        expect(refused).toHaveLength(7)
        expect(await expectConsistent("cus_c")).toBe(10)
      })

      it("takes the lots that expire first (FIFO) and records what it took", async () => {
        await service.creditPoints({ customer_id: "cus_f", points: 40, kind: "referral", reference: "f_late", expires_at: day("2027-06-01T00:00:00Z") })
        await service.creditPoints({ customer_id: "cus_f", points: 30, kind: "referral", reference: "f_early", expires_at: day("2027-01-01T00:00:00Z") })
        const res = await service.debitPoints({ customer_id: "cus_f", points: 50, kind: "adjust", reference: "f_debit" })
        expect(res.entry!.metadata!.consumed).toEqual([
          { expires_at: "2027-01-01T00:00:00.000Z", points: 30 },
          { expires_at: "2027-06-01T00:00:00.000Z", points: 20 },
        ])
        const lots = await sql<{ remaining: number }>(
          "SELECT remaining FROM loyalty_lot WHERE customer_id = 'cus_f' ORDER BY expires_at"
        )
        expect(lots.map((l) => l.remaining)).toEqual([0, 20])
        expect(await expectConsistent("cus_f")).toBe(20)
      })

      it("debits what the balance allows when partial debits are allowed, and reports the shortfall", async () => {
        await service.creditPoints({ customer_id: "cus_p", points: 20, kind: "referral", reference: "p0" })
        const res = await service.debitPoints({ customer_id: "cus_p", points: 50, kind: "reversal", reference: "p1", allow_partial: true })
        expect(res.entry!.delta).toBe(-20)
        expect(res.shortfall).toBe(30)
        expect(await expectConsistent("cus_p")).toBe(0)
      })
    })

    describe("expiry", () => {
      it("expires lots oldest first, one expire entry per expiry instant, and is idempotent", async () => {
        const c = "cus_x"
        await service.creditPoints({ customer_id: c, points: 10, kind: "referral", reference: "x1", expires_at: day("2027-01-01T16:00:00Z") })
        await service.creditPoints({ customer_id: c, points: 20, kind: "referral", reference: "x2", expires_at: day("2027-01-01T16:00:00Z") })
        await service.creditPoints({ customer_id: c, points: 40, kind: "referral", reference: "x3", expires_at: day("2027-02-01T16:00:00Z") })
        await service.debitPoints({ customer_id: c, points: 15, kind: "adjust", reference: "x_spend" }) // takes 10 of x1, 5 of x2

        const at = day("2027-01-15T00:00:00Z")
        expect(await service.getBalance(c, at)).toBe(40) // 55 on the books, 15 of them due
        expect(await service.listCustomersWithDuePoints(at)).toEqual([c])
        const first = await service.expireCustomerPoints(c, at)
        expect(first).toEqual({ points: 15, entries: 1 })
        const again = await service.expireCustomerPoints(c, at)
        expect(again).toEqual({ points: 0, entries: 0 })
        expect(await service.listCustomersWithDuePoints(at)).toEqual([])

        const expires = await sql<{ delta: number; reference: string }>(
          "SELECT delta, reference FROM loyalty_entry WHERE customer_id = ? AND kind = 'expire'",
          [c]
        )
        expect(expires).toEqual([{ delta: -15, reference: `${c}:2027-01-01T16:00:00.000Z` }])
        expect(await expectConsistent(c)).toBe(40)
      })

      it("lists points expiring within the window, grouped by expiry", async () => {
        const c = "cus_s"
        const now = day("2027-01-01T00:00:00Z")
        await service.creditPoints({ customer_id: c, points: 7, kind: "referral", reference: "s1", expires_at: day("2027-01-10T16:00:00Z") })
        await service.creditPoints({ customer_id: c, points: 8, kind: "referral", reference: "s2", expires_at: day("2027-01-10T16:00:00Z") })
        await service.creditPoints({ customer_id: c, points: 9, kind: "referral", reference: "s3", expires_at: day("2027-01-30T16:00:00Z") })
        await service.creditPoints({ customer_id: c, points: 100, kind: "referral", reference: "s4", expires_at: day("2027-03-01T16:00:00Z") })
        const soon = await service.getExpiringSoon(c, { now, days: 30 })
        expect(soon.points).toBe(24)
        expect(soon.lots).toEqual([
          { expires_at: day("2027-01-10T16:00:00Z"), points: 15 },
          { expires_at: day("2027-01-30T16:00:00Z"), points: 9 },
        ])
      })

      it("a debit never spends points that have expired, even before the job ran", async () => {
        const c = "cus_y"
        await service.creditPoints({ customer_id: c, points: 50, kind: "referral", reference: "y1", expires_at: day("2027-01-01T00:00:00Z") })
        const err = await refusal(
          service.debitPoints({ customer_id: c, points: 10, kind: "adjust", reference: "y2", now: day("2027-01-02T00:00:00Z") })
        )
        expect(err.code).toBe("insufficient_points")
      })
    })

    describe("ledger table", () => {
      it("is append-only in the database", async () => {
        const res = await service.creditPoints({ customer_id: "cus_a", points: 5, kind: "referral", reference: "ao" })
        await expect(sql("UPDATE loyalty_entry SET delta = 500 WHERE id = ?", [res.entry!.id])).rejects.toThrow(/append-only/)
        await expect(sql("DELETE FROM loyalty_entry WHERE id = ?", [res.entry!.id])).rejects.toThrow(/append-only/)
      })

      it("refuses a credit kind with a negative delta and a negative balance", async () => {
        await expect(
          sql("INSERT INTO loyalty_entry (id, customer_id, delta, kind, reference) VALUES ('lent_x', 'c', -5, 'checkin', 'r')")
        ).rejects.toThrow(/loyalty_entry_sign_by_kind/)
        await expect(
          sql("INSERT INTO loyalty_account (id, customer_id, balance) VALUES ('lacct_x', 'c', -1)")
        ).rejects.toThrow(/loyalty_account_balance_not_negative/)
      })
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { createAdminUser, createStoreCustomer, storeHeaders } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import { expectConsistentLedger, failure, sql } from "./fixtures"

jest.setTimeout(240 * 1000)

/** Fakes only the clock (Date), so the server in this process sees `iso` as now; timers stay real. */
function clockAt(iso: string) {
  jest.useFakeTimers({
    now: new Date(iso),
    doNotFake: [
      "hrtime",
      "nextTick",
      "performance",
      "queueMicrotask",
      "requestAnimationFrame",
      "cancelAnimationFrame",
      "requestIdleCallback",
      "cancelIdleCallback",
      "setImmediate",
      "clearImmediate",
      "setInterval",
      "clearInterval",
      "setTimeout",
      "clearTimeout",
    ],
  })
}

/** The next midnight in Asia/Shanghai after the real now, and instants around it. */
function shanghaiMidnight() {
  const midnight = DateTime.now().setZone("Asia/Shanghai").plus({ days: 1 }).startOf("day")
  return {
    midnight,
    iso: (shift: { days?: number; seconds?: number }) => midnight.plus(shift).toUTC().toISO()!,
    day: (days: number) => midnight.plus({ days }).toISODate()!,
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
    })

    afterEach(() => {
      jest.useRealTimers()
    })

    /** Logs a customer in again (after moving the clock, so the token is valid at that time). */
    const relogin = async (email: string, password: string) => {
      const login = await api.post("/auth/customer/emailpass", { email, password })
      return storeHeaders(seed.publishableKey, login.data.token)
    }

    it("10 concurrent check-ins by one customer write one check-in and one ledger entry", async () => {
      const c = await createStoreCustomer(api, seed.publishableKey)
      const responses = await Promise.all(Array.from({ length: 10 }, () => api.post("/store/loyalty/check-in", {}, c.headers)))
      const statuses = responses.map((r) => r.status).sort()
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201])
      const created = responses.filter((r) => r.data.check_in.created)
      expect(created).toHaveLength(1)
      // Every answer tells the same check-in: day 1 of the streak, 5 points, tomorrow 5 more.
      for (const r of responses) {
        expect(r.data.check_in).toMatchObject({ day: created[0].data.check_in.day, streak: 1, points: 5, tomorrow_points: 5 })
      }
      const entries = await sql(getContainer(), "SELECT id FROM loyalty_entry WHERE customer_id = ? AND kind = 'checkin'", [c.customer.id])
      expect(entries).toHaveLength(1)
      const checkins = await sql(getContainer(), "SELECT id FROM loyalty_checkin WHERE customer_id = ?", [c.customer.id])
      expect(checkins).toHaveLength(1)
      expect((await api.get("/store/loyalty/balance", c.headers)).data.balance).toBe(5)
      expect(await expectConsistentLedger(getContainer(), c.customer.id)).toBe(5)
      const history = await api.get("/store/loyalty/entries", c.headers)
      expect(history.data).toMatchObject({ count: 1, offset: 0, limit: 20 })
      expect(history.data.entries[0]).toMatchObject({ kind: "checkin", delta: 5 })
    })

    it("counts store days in Asia/Shanghai: 23:59 and 00:01 are two days, the streak continues, then resets after a missed day", async () => {
      const t = shanghaiMidnight()
      const password = "secret-password"
      clockAt(t.iso({ seconds: -120 }))
      const c = await createStoreCustomer(api, seed.publishableKey, { password })

      // 23:59 Shanghai (15:59 UTC): day D.
      clockAt(t.iso({ seconds: -60 }))
      const late = await api.post("/store/loyalty/check-in", {}, c.headers)
      expect(late.status).toBe(201)
      expect(late.data.check_in).toMatchObject({ day: t.day(-1), streak: 1, points: 5, tomorrow_points: 5 })

      // 23:59:30, still day D (UTC has long been on the same date): nothing new.
      clockAt(t.iso({ seconds: -30 }))
      const again = await api.post("/store/loyalty/check-in", {}, c.headers)
      expect(again.status).toBe(200)
      expect(again.data.check_in).toMatchObject({ created: false, day: t.day(-1), streak: 1 })

      // 00:01 Shanghai (still the same UTC date as 23:59): day D+1, streak 2; day 3 of the table pays 10.
      clockAt(t.iso({ seconds: 60 }))
      const next = await api.post("/store/loyalty/check-in", {}, c.headers)
      expect(next.status).toBe(201)
      expect(next.data.check_in).toMatchObject({ day: t.day(0), streak: 2, points: 5, tomorrow_points: 10, balance: 10 })

      const calendar = await api.get(`/store/loyalty/check-ins?month=${t.day(0).slice(0, 7)}`, c.headers)
      expect(calendar.data).toMatchObject({ today: t.day(0), checked_in_today: true, streak: 2, today_points: 5, tomorrow_points: 10 })
      const marked = calendar.data.days.filter((d: any) => d.checked_in).map((d: any) => [d.day, d.streak, d.points])
      const expected = [[t.day(-1), 1, 5], [t.day(0), 2, 5]].filter(([d]) => (d as string).startsWith(t.day(0).slice(0, 7)))
      expect(marked).toEqual(expected)

      // Day D+2 is missed; on D+3 the streak starts again at day 1.
      clockAt(t.iso({ days: 2, seconds: 60 }))
      const headers = await relogin(c.email, password)
      const before = await api.get("/store/loyalty/check-ins", headers)
      expect(before.data).toMatchObject({ today: t.day(2), checked_in_today: false, streak: 0, today_points: 5 })
      const reset = await api.post("/store/loyalty/check-in", {}, headers)
      expect(reset.data.check_in).toMatchObject({ created: true, day: t.day(2), streak: 1, points: 5, balance: 15 })
      jest.useRealTimers()
      expect(await expectConsistentLedger(getContainer(), c.customer.id)).toBe(15)
    })

    it("pays the streak table day by day and restarts the cycle after its last day", async () => {
      const admin = await createAdminUser(getContainer(), api)
      await api.post("/admin/loyalty/settings", { checkin_rewards: [1, 2, 3] }, admin.headers)
      const t = shanghaiMidnight()
      const password = "secret-password"
      clockAt(t.iso({ seconds: 36000 }))
      const c = await createStoreCustomer(api, seed.publishableKey, { password })
      const got: [number, number, number][] = []
      for (let d = 0; d < 5; d++) {
        clockAt(t.iso({ days: d, seconds: 3600 }))
        const h = await relogin(c.email, password)
        const r = await api.post("/store/loyalty/check-in", {}, h)
        got.push([r.data.check_in.streak, r.data.check_in.points, r.data.check_in.tomorrow_points])
      }
      // Streak days 1..5 → table [1, 2, 3] cycles: 1, 2, 3, 1, 2.
      expect(got).toEqual([
        [1, 1, 2],
        [2, 2, 3],
        [3, 3, 1],
        [4, 1, 2],
        [5, 2, 3],
      ])
      jest.useRealTimers()
      expect(await expectConsistentLedger(getContainer(), c.customer.id)).toBe(9)
    })

    it("needs a logged-in customer", async () => {
      const res = await failure(api.post("/store/loyalty/check-in", {}, storeHeaders(seed.publishableKey)))
      expect(res.status).toBe(401)
      const bad = await failure(api.get("/store/loyalty/check-ins?month=2026-13", (await createStoreCustomer(api, seed.publishableKey)).headers))
      expect(bad.status).toBe(400)
      expect(bad.data.code).toBe("invalid_data")
    })
  },
})

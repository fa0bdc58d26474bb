import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { uniqueModuleDb } from "../../../../integration-tests/helpers/module-db"
import { ACCOUNT_MODULE } from ".."
import type AccountModuleService from "../service"
import { LoggingSmsSender } from "../sms/logging"
import type { VerifyOtpResult } from "../types"

jest.setTimeout(60 * 1000)

const T0 = new Date("2026-11-25T04:00:00Z")
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000)
const PHONE = "+8613800138000"

moduleIntegrationTestRunner<AccountModuleService>({
  moduleName: ACCOUNT_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  dbName: uniqueModuleDb("account_otp"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = async <T>(query: string, bindings: unknown[] = []): Promise<T[]> =>
      (await MikroOrmWrapper.forkManager().getConnection().execute(query, bindings)) as T[]
    const outbox = () => service.smsSender() as LoggingSmsSender
    const lastCode = (phone: string) => String(outbox().lastTo(phone)?.data.code)
    const request = (phone: string, s: number) => service.requestOtp({ phone, scope: "customer", now: at(s) })
    const verify = (phone: string, code: string, s: number, consume = true) =>
      service.verifyOtp({ phone, scope: "customer", code, consume, now: at(s) })
    const wrongCode = (code: string) => (code === "000000" ? "111111" : "000000")

    it("texts a 6-digit code through the SMS sender and stores only its keyed hash", async () => {
      const res = await request(PHONE, 0)
      expect(res).toEqual({ ok: true, expires_at: at(300), resend_at: at(60) })
      expect(outbox()).toBeInstanceOf(LoggingSmsSender)
      const code = lastCode(PHONE)
      expect(code).toMatch(/^\d{6}$/)
      expect(outbox().lastTo(PHONE)).toMatchObject({ template: "auth.otp", data: { code, minutes: 5 } })
      const [row] = await sql<{ code_hash: string; attempts: number }>("SELECT code_hash, attempts FROM account_otp_code WHERE phone = ?", [PHONE])
      expect(row.code_hash).toMatch(/^[0-9a-f]{64}$/)
      expect(row.code_hash).not.toContain(code)
    })

    it("accepts the right code once, within 5 minutes", async () => {
      await request(PHONE, 0)
      const code = lastCode(PHONE)
      expect(await verify(PHONE, code, 299)).toEqual({ ok: true })
      // Single use.
      expect(await verify(PHONE, code, 299)).toEqual({ ok: false, code: "otp_invalid", attempts_left: null })
    })

    it("refuses an expired code and a code of another phone", async () => {
      await request(PHONE, 0)
      await request("+8613900139000", 0)
      const code = lastCode(PHONE)
      if (code !== lastCode("+8613900139000")) {
        expect(await verify("+8613900139000", code, 10, false)).toMatchObject({ ok: false, code: "otp_invalid" })
      }
      expect(await verify(PHONE, code, 300)).toEqual({ ok: false, code: "otp_expired", attempts_left: null })
      expect(await verify("+8613700137000", code, 10)).toEqual({ ok: false, code: "otp_invalid", attempts_left: null })
    })

    it("leaves a right code usable when asked not to consume it", async () => {
      await request(PHONE, 0)
      const code = lastCode(PHONE)
      expect(await verify(PHONE, code, 5, false)).toEqual({ ok: true })
      expect(await verify(PHONE, code, 6, true)).toEqual({ ok: true })
    })

    it("counts wrong codes down and refuses even the right code after 5 wrong ones", async () => {
      await request(PHONE, 0)
      const code = lastCode(PHONE)
      const wrong = wrongCode(code)
      const outcomes: VerifyOtpResult[] = []
      for (let i = 0; i < 5; i++) {
        outcomes.push(await verify(PHONE, wrong, 10 + i))
      }
      expect(outcomes.map((o) => (o.ok ? "ok" : `${o.code}:${o.attempts_left}`))).toEqual([
        "otp_invalid:4",
        "otp_invalid:3",
        "otp_invalid:2",
        "otp_invalid:1",
        "otp_attempts_exceeded:0",
      ])
      expect(await verify(PHONE, code, 20)).toEqual({ ok: false, code: "otp_attempts_exceeded", attempts_left: null })
    })

    it("never counts more than 5 wrong guesses when 40 arrive at once, and the right code is then refused", async () => {
      await request(PHONE, 0)
      const code = lastCode(PHONE)
      const guesses = Array.from({ length: 40 }, (_, i) => String(i * 7919 % 1000000).padStart(6, "0")).filter((g) => g !== code)
      const results = await Promise.all(guesses.map((g) => verify(PHONE, g, 30)))
      expect(results.filter((r) => r.ok)).toHaveLength(0)
      expect(results.filter((r) => !r.ok && r.attempts_left !== null)).toHaveLength(5) // the 5 that spent an attempt
      const [row] = await sql<{ attempts: number }>("SELECT attempts FROM account_otp_code WHERE phone = ?", [PHONE])
      expect(row.attempts).toBe(5)
      expect(await verify(PHONE, code, 31)).toMatchObject({ ok: false, code: "otp_attempts_exceeded" })
    })

    it("lets only one of 10 concurrent logins with the right code consume it", async () => {
      await request(PHONE, 0)
      const code = lastCode(PHONE)
      const results = await Promise.all(Array.from({ length: 10 }, () => verify(PHONE, code, 40)))
      expect(results.filter((r) => r.ok)).toHaveLength(1)
      expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(Array(9).fill("otp_invalid"))
    })

    it("throttles resends: one code per 60 s, at most 5 per hour, a new code replacing the old one", async () => {
      expect((await request(PHONE, 0)).ok).toBe(true)
      const first = lastCode(PHONE)
      expect(await request(PHONE, 59)).toEqual({ ok: false, code: "otp_throttled", retry_after_seconds: 1 })
      expect(await request(PHONE, 30)).toEqual({ ok: false, code: "otp_throttled", retry_after_seconds: 30 })
      expect((await request(PHONE, 60)).ok).toBe(true) // 2nd
      const second = lastCode(PHONE)
      if (first !== second) {
        expect(await verify(PHONE, first, 61)).toMatchObject({ ok: false, code: "otp_invalid" }) // replaced
      }
      expect((await request(PHONE, 120)).ok).toBe(true) // 3rd
      expect((await request(PHONE, 180)).ok).toBe(true) // 4th
      expect((await request(PHONE, 240)).ok).toBe(true) // 5th
      // The hour that began at 0 s is full: next code at 3600 s.
      expect(await request(PHONE, 300)).toEqual({ ok: false, code: "otp_throttled", retry_after_seconds: 3300 })
      expect((await request(PHONE, 3600)).ok).toBe(true)
      const [row] = await sql<{ window_count: number }>("SELECT window_count FROM account_otp_code WHERE phone = ?", [PHONE])
      expect(row.window_count).toBe(1) // a new window
    })

    it("sends exactly one code when 10 requests for one phone arrive at once", async () => {
      const before = outbox().messages().filter((m) => m.to === "+8613600136000").length
      const results = await Promise.all(Array.from({ length: 10 }, () => request("+8613600136000", 0)))
      expect(results.filter((r) => r.ok)).toHaveLength(1)
      expect(results.filter((r) => !r.ok)).toHaveLength(9)
      expect(outbox().messages().filter((m) => m.to === "+8613600136000").length - before).toBe(1)
    })

    it("stores nothing and throttles nothing when the SMS gateway fails", async () => {
      const sender = outbox()
      const send = jest.spyOn(sender, "send").mockRejectedValueOnce(new Error("gateway down"))
      await expect(request("+8613500135000", 0)).rejects.toThrow("gateway down")
      send.mockRestore()
      expect(await sql("SELECT id FROM account_otp_code WHERE phone = ?", ["+8613500135000"])).toHaveLength(0)
      expect((await request("+8613500135000", 1)).ok).toBe(true)
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { createAdminUser, createStoreCustomer, storeHeaders } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import { endOtpCooldown, failure, freshPhone, jwtPayload, lastSmsCode, registerByPhone, sql } from "./fixtures"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    const pk = () => storeHeaders(seed.publishableKey)

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
    })

    const requestCode = (phone: string) => api.post("/store/auth/phone-otp/request", { phone }, pk())
    const login = (phone: string, code: string) => api.post("/auth/customer/phone-otp", { phone, code })
    const wrong = (code: string) => (code === "000000" ? "999999" : "000000")

    it("registers by phone: code, register, customer with the verified phone, refreshed token; later logs in with a new code", async () => {
      const phone = freshPhone()
      const requested = await requestCode(phone.replace("+86", "")) // typed without the country code
      expect(requested.status).toBe(201)
      expect(requested.data.phone).toBe(phone)
      const code = lastSmsCode(getContainer(), phone)

      const reg = await api.post("/auth/customer/phone-otp/register", { phone, code })
      expect(jwtPayload(reg.data.token)).toMatchObject({ actor_id: "", actor_type: "customer", auth_provider: "phone-otp" })

      // The storefront creates the customer with that token: the phone comes from the verified identity.
      const created = await api.post(
        "/store/auth/phone-otp/customer",
        { first_name: "小红", last_name: "李", metadata: { source: "h5" } },
        storeHeaders(seed.publishableKey, reg.data.token)
      )
      expect(created.data.customer).toMatchObject({ phone, email: null, first_name: "小红", has_account: true })
      const again = await failure(api.post("/store/auth/phone-otp/customer", {}, storeHeaders(seed.publishableKey, reg.data.token)))
      expect([again.status, again.data.code]).toEqual([409, "customer_exists"])

      const refreshed = await api.post("/auth/token/refresh", {}, { headers: { authorization: `Bearer ${reg.data.token}` } })
      expect(jwtPayload(refreshed.data.token).actor_id).toBe(created.data.customer.id)
      const me = await api.get("/store/customers/me", storeHeaders(seed.publishableKey, refreshed.data.token))
      expect(me.data.customer).toMatchObject({ id: created.data.customer.id, phone })

      // The registration code was consumed.
      const reused = await failure(login(phone, code))
      expect([reused.status, reused.data.code]).toEqual([401, "otp_invalid"])

      await endOtpCooldown(getContainer(), phone)
      await requestCode(phone)
      const loggedIn = await login(phone, lastSmsCode(getContainer(), phone))
      expect(jwtPayload(loggedIn.data.token)).toMatchObject({ actor_id: created.data.customer.id, actor_type: "customer" })
    })

    it("answers a wrong code with otp_invalid and the attempts left, and the right code still works", async () => {
      const { phone } = await registerByPhone(api, getContainer(), seed.publishableKey)
      await endOtpCooldown(getContainer(), phone)
      await requestCode(phone)
      const code = lastSmsCode(getContainer(), phone)
      const bad = await failure(login(phone, wrong(code)))
      expect(bad.status).toBe(401)
      expect(bad.data.code).toBe("otp_invalid")
      expect(bad.data.message).toMatch(/4 attempts left/)
      const notDigits = await failure(login(phone, "abc"))
      expect([notDigits.status, notDigits.data.code]).toEqual([401, "otp_invalid"])
      expect((await login(phone, code)).status).toBe(200)
    })

    it("refuses an expired code with otp_expired", async () => {
      const { phone } = await registerByPhone(api, getContainer(), seed.publishableKey)
      await endOtpCooldown(getContainer(), phone)
      await requestCode(phone)
      const code = lastSmsCode(getContainer(), phone)
      // Five minutes have passed: the stored expiry moves into the past (no sleeping).
      await sql(getContainer(), "UPDATE account_otp_code SET expires_at = now() - interval '1 second' WHERE phone = ?", [phone])
      const expired = await failure(login(phone, code))
      expect([expired.status, expired.data.code]).toEqual([401, "otp_expired"])
    })

    it("stops after 5 wrong codes, also when 20 arrive at once, and then refuses even the right code", async () => {
      const { phone } = await registerByPhone(api, getContainer(), seed.publishableKey)
      await endOtpCooldown(getContainer(), phone)
      await requestCode(phone)
      const code = lastSmsCode(getContainer(), phone)
      const guesses = Array.from({ length: 20 }, (_, i) => String(100000 + i * 37)).filter((g) => g !== code)
      const answers = await Promise.all(guesses.map((g) => failure(login(phone, g))))
      expect(answers.every((a) => a.status === 401)).toBe(true)
      const codes = answers.map((a) => a.data.code)
      expect(codes.filter((c) => c === "otp_invalid")).toHaveLength(4)
      expect(codes.filter((c) => c === "otp_attempts_exceeded")).toHaveLength(guesses.length - 4)
      const [row] = await sql<{ attempts: number }>(getContainer(), "SELECT attempts FROM account_otp_code WHERE phone = ?", [phone])
      expect(row.attempts).toBe(5)
      const right = await failure(login(phone, code))
      expect([right.status, right.data.code]).toEqual([401, "otp_attempts_exceeded"])
      // A new code starts over.
      await endOtpCooldown(getContainer(), phone)
      await requestCode(phone)
      expect((await login(phone, lastSmsCode(getContainer(), phone))).status).toBe(200)
    })

    it("throttles resends per phone (429 otp_throttled with Retry-After), one code for 10 concurrent requests", async () => {
      const phone = freshPhone()
      const results = await Promise.all(Array.from({ length: 10 }, () => requestCode(phone).catch((e) => e.response)))
      expect(results.filter((r) => r.status === 201)).toHaveLength(1)
      const throttled = results.filter((r) => r.status === 429)
      expect(throttled).toHaveLength(9)
      expect(throttled[0].data).toMatchObject({ code: "otp_throttled" })
      expect(throttled[0].data.retry_after_seconds).toBeGreaterThan(0)
      expect(throttled[0].data.retry_after_seconds).toBeLessThanOrEqual(60)
      expect(Number(throttled[0].headers["retry-after"])).toBe(throttled[0].data.retry_after_seconds)
      const sent = await sql(getContainer(), "SELECT window_count FROM account_otp_code WHERE phone = ?", [phone])
      expect(sent).toEqual([{ window_count: 1 }])
    })

    it("tells an unknown phone apart only to the holder of a valid code, which then still registers it", async () => {
      const phone = freshPhone()
      await requestCode(phone)
      const code = lastSmsCode(getContainer(), phone)
      const guess = await failure(login(phone, wrong(code)))
      expect(guess.data.code).toBe("otp_invalid") // nothing about registration
      const unknown = await failure(login(phone, code))
      expect([unknown.status, unknown.data.code]).toEqual([401, "phone_not_registered"])
      const reg = await api.post("/auth/customer/phone-otp/register", { phone, code })
      expect(reg.status).toBe(200)
    })

    it("refuses to register a phone twice, and malformed phones with 400 phone_invalid", async () => {
      const { phone } = await registerByPhone(api, getContainer(), seed.publishableKey)
      await endOtpCooldown(getContainer(), phone)
      await requestCode(phone)
      const code = lastSmsCode(getContainer(), phone)
      const twice = await failure(api.post("/auth/customer/phone-otp/register", { phone, code }))
      expect([twice.status, twice.data.code]).toEqual([401, "phone_already_registered"])
      expect((await login(phone, code)).status).toBe(200) // the code was not spent by the refusal

      const badRequest = await failure(requestCode("12345"))
      expect([badRequest.status, badRequest.data.code]).toEqual([400, "phone_invalid"])
      const badLogin = await failure(login("010-12345678", "123456"))
      expect([badLogin.status, badLogin.data.code]).toEqual([400, "phone_invalid"])
      const extra = await failure(api.post("/store/auth/phone-otp/request", { phone, channel: "voice" }, pk()))
      expect([extra.status, extra.data.code]).toEqual([400, "invalid_data"])
    })

    it("creates one customer when the registration token is used twice at once", async () => {
      const phone = freshPhone()
      await requestCode(phone)
      const reg = await api.post("/auth/customer/phone-otp/register", { phone, code: lastSmsCode(getContainer(), phone) })
      const h = storeHeaders(seed.publishableKey, reg.data.token)
      const results = await Promise.all(
        Array.from({ length: 5 }, () => api.post("/store/auth/phone-otp/customer", { first_name: "A" }, h).catch((e) => e.response))
      )
      expect(results.filter((r) => r.status === 200)).toHaveLength(1)
      expect(results.filter((r) => r.status !== 200).map((r) => r.data.code)).toEqual(Array(4).fill("customer_exists"))
      const customers = await sql(getContainer(), "SELECT id FROM customer WHERE phone = ? AND deleted_at IS NULL", [phone])
      expect(customers).toHaveLength(1)
    })

    it("keeps e-mail and password login for customers and admin users; phone login is for customers only", async () => {
      const c = await createStoreCustomer(api, seed.publishableKey)
      expect((await api.get("/store/customers/me", c.headers)).data.customer.id).toBe(c.customer.id)
      const admin = await createAdminUser(getContainer(), api)
      expect((await api.get("/admin/users/me", admin.headers)).status).toBe(200)
      const asUser = await failure(api.post("/auth/user/phone-otp", { phone: freshPhone(), code: "123456" }))
      expect([asUser.status, asUser.data.message]).toEqual([400, "The actor type user is not allowed to use the auth provider phone-otp"])
    })

    it("refuses an e-mail another account uses, and tokens that do not come from a phone registration", async () => {
      const other = await createStoreCustomer(api, seed.publishableKey)
      const phone = freshPhone()
      await requestCode(phone)
      const reg = await api.post("/auth/customer/phone-otp/register", { phone, code: lastSmsCode(getContainer(), phone) })
      const phoneToken = storeHeaders(seed.publishableKey, reg.data.token)
      const taken = await failure(api.post("/store/auth/phone-otp/customer", { email: other.email }, phoneToken))
      expect([taken.status, taken.data.code]).toEqual([409, "email_taken"])
      // Nothing was created: the same token still creates the customer.
      expect((await api.post("/store/auth/phone-otp/customer", { email: "new-phone-shopper@test.local" }, phoneToken)).data.customer).toMatchObject({
        phone,
        email: "new-phone-shopper@test.local",
      })

      const emailReg = await api.post("/auth/customer/emailpass/register", { email: "no-phone@test.local", password: "pw-123456" })
      const notPhone = await failure(api.post("/store/auth/phone-otp/customer", {}, storeHeaders(seed.publishableKey, emailReg.data.token)))
      expect([notPhone.status, notPhone.data.code]).toEqual([400, "not_phone_registration"])
      const anonymous = await failure(api.post("/store/auth/phone-otp/customer", {}, pk()))
      expect(anonymous.status).toBe(401)
    })
  },
})

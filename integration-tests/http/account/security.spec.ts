import { generateTotpCode } from "@medusajs/auth/dist/utils/totp"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { bearer, createAdminUser, createStoreCustomer, storeHeaders } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import { endOtpCooldown, failure, jwtPayload, lastSmsCode, registerByPhone } from "./fixtures"

jest.setTimeout(300 * 1000)

const totp = (secret: string) => generateTotpCode({ secret })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
    })

    /** Enrols TOTP for a logged-in customer, confirms it and takes recovery codes. */
    async function enrolTotp(headers: { headers: Record<string, string> }, label: string) {
      const enrol = await api.post("/auth/mfa/factors", { provider: "totp", label }, headers)
      const { secret, mfa_factor } = enrol.data
      await api.post(`/auth/mfa/factors/${mfa_factor.id}/verify`, { code: totp(secret) }, headers)
      const rc = await api.post("/auth/mfa/recovery-codes", {}, headers)
      return { secret, factorId: mfa_factor.id as string, recoveryCodes: rc.data.recovery_codes as string[] }
    }
    const emailLogin = (email: string, password: string) => api.post("/auth/customer/emailpass", { email, password })
    const verifyChallenge = (pendingToken: string, challengeId: string, method: string, code: string) =>
      api.post(`/auth/mfa/challenges/${challengeId}/verify`, { method, code }, bearer(pendingToken))

    it("enrols TOTP (secret + otpauth URL), confirms it with a code, and from then on a login needs the second step", async () => {
      const c = await createStoreCustomer(api, seed.publishableKey)
      const enrol = await api.post("/auth/mfa/factors", { provider: "totp", label: c.email }, c.headers)
      expect(enrol.data.mfa_factor).toMatchObject({ provider: "totp", status: "pending" })
      expect(enrol.data.secret).toMatch(/^[A-Z2-7]{32}$/)
      expect(enrol.data.otpauth_url).toMatch(/^otpauth:\/\/totp\/.*secret=/)
      expect(decodeURIComponent(enrol.data.otpauth_url)).toContain("issuer=Community Group Buy")
      const before = await api.get("/store/me/security", c.headers)
      expect(before.data).toMatchObject({ email: c.email, login_methods: ["emailpass"], two_factor: { enabled: false } })

      const wrong = await failure(api.post(`/auth/mfa/factors/${enrol.data.mfa_factor.id}/verify`, { code: "12345a" }, c.headers))
      expect([wrong.status, wrong.data.code]).toEqual([400, "totp_invalid"])
      const again = await failure(api.post("/auth/mfa/factors", { provider: "totp" }, c.headers))
      expect([again.status, again.data.code]).toEqual([400, "totp_already_enrolled"])
      const confirmed = await api.post(`/auth/mfa/factors/${enrol.data.mfa_factor.id}/verify`, { code: totp(enrol.data.secret) }, c.headers)
      expect(confirmed.data.mfa_factor.status).toBe("enabled")
      expect((await api.get("/store/me/security", c.headers)).data.two_factor).toEqual({
        enabled: true,
        factors: [{ id: enrol.data.mfa_factor.id, provider: "totp", status: "enabled" }],
      })

      // The password alone now gives a token that opens nothing personal.
      const first = await emailLogin(c.email, c.password)
      expect(first.data).toMatchObject({
        mfa_required: true,
        code: "totp_required",
        mfa_challenge: { id: expect.any(String), methods: ["totp"] },
      })
      const pending = storeHeaders(seed.publishableKey, first.data.token)
      expect(jwtPayload(first.data.token)).toMatchObject({ actor_id: "", mfa_enabled: true, mfa_challenge_completed_at: null })
      const refused = await failure(api.get("/store/me/summary", pending))
      expect([refused.status, refused.data.code]).toEqual([401, "totp_required"])
      expect((await failure(api.get("/store/customers/me", pending))).status).toBe(401)
      expect((await failure(api.get("/store/loyalty/balance", pending))).status).toBe(401)
      // Refreshing a pending token does not skip the second step.
      const refreshed = await api.post("/auth/token/refresh", {}, bearer(first.data.token))
      expect(refreshed.data.mfa_required).toBe(true)

      const done = await verifyChallenge(first.data.token, first.data.mfa_challenge.id, "totp", totp(enrol.data.secret))
      expect(jwtPayload(done.data.token)).toMatchObject({ actor_id: c.customer.id, mfa_enabled: true })
      expect(jwtPayload(done.data.token).mfa_challenge_completed_at).toEqual(expect.any(String))
      expect((await api.get("/store/me/summary", storeHeaders(seed.publishableKey, done.data.token))).status).toBe(200)
      // A completed challenge cannot be used again.
      const replay = await failure(verifyChallenge(first.data.token, first.data.mfa_challenge.id, "totp", totp(enrol.data.secret)))
      expect([replay.status, replay.data.code]).toEqual([400, "mfa_challenge_completed"])
    })

    it("accepts a recovery code once, and only once when two logins use it at the same time", async () => {
      const c = await createStoreCustomer(api, seed.publishableKey)
      const { recoveryCodes } = await enrolTotp(c.headers, c.email)
      expect(recoveryCodes).toHaveLength(10)

      const login = await emailLogin(c.email, c.password)
      expect(login.data.mfa_challenge.methods).toEqual(["totp", "recovery_code"])
      const ok = await verifyChallenge(login.data.token, login.data.mfa_challenge.id, "recovery_code", recoveryCodes[0])
      expect(jwtPayload(ok.data.token).actor_id).toBe(c.customer.id)
      const later = await emailLogin(c.email, c.password)
      const reused = await failure(verifyChallenge(later.data.token, later.data.mfa_challenge.id, "recovery_code", recoveryCodes[0]))
      expect([reused.status, reused.data.code]).toEqual([409, "recovery_code_used"])

      const [a, b] = [await emailLogin(c.email, c.password), await emailLogin(c.email, c.password)]
      const results = await Promise.all(
        [a, b].map((l) => verifyChallenge(l.data.token, l.data.mfa_challenge.id, "recovery_code", recoveryCodes[1]).catch((e) => e.response))
      )
      expect(results.map((r) => r.status).sort()).toEqual([200, 409])
      // A wrong recovery code is not burnt for good: the claim of a refused attempt is released.
      const typo = await failure(verifyChallenge(later.data.token, later.data.mfa_challenge.id, "recovery_code", "0000-0000-0000-0000"))
      expect([typo.status, typo.data.code]).toEqual([400, "mfa_code_invalid"])
      const afterTypo = await verifyChallenge(later.data.token, later.data.mfa_challenge.id, "recovery_code", recoveryCodes[2])
      expect(afterTypo.status).toBe(200)
    })

    it("lets at most 5 second-factor guesses reach Medusa when 12 arrive at once on one challenge", async () => {
      const c = await createStoreCustomer(api, seed.publishableKey)
      const { secret } = await enrolTotp(c.headers, c.email)
      const login = await emailLogin(c.email, c.password)
      const right = totp(secret)
      const guesses = Array.from({ length: 12 }, (_, i) => String((Number(right) + 1 + i * 7) % 1000000).padStart(6, "0"))
      const results = await Promise.all(
        guesses.map((g) => verifyChallenge(login.data.token, login.data.mfa_challenge.id, "totp", g).catch((e) => e.response))
      )
      expect(results.every((r) => r.status !== 200)).toBe(true)
      expect(results.filter((r) => r.status === 429)).toHaveLength(7)
      expect(results.filter((r) => r.status === 429).every((r) => r.data.code === "mfa_attempts_exceeded")).toBe(true)
      const late = await failure(verifyChallenge(login.data.token, login.data.mfa_challenge.id, "totp", totp(secret)))
      expect([late.status, late.data.code]).toEqual([429, "mfa_attempts_exceeded"])
      // A new login gets a new challenge; the identity's budget (10 per 15 minutes) still has room.
      const next = await emailLogin(c.email, c.password)
      expect((await verifyChallenge(next.data.token, next.data.mfa_challenge.id, "totp", totp(secret))).status).toBe(200)
    })

    it("asks a phone customer with TOTP for the second step after the SMS code too", async () => {
      const p = await registerByPhone(api, getContainer(), seed.publishableKey)
      const { secret } = await enrolTotp(p.headers, p.phone)
      await endOtpCooldown(getContainer(), p.phone)
      await api.post("/store/auth/phone-otp/request", { phone: p.phone }, storeHeaders(seed.publishableKey))
      const first = await api.post("/auth/customer/phone-otp", { phone: p.phone, code: lastSmsCode(getContainer(), p.phone) })
      expect(first.data).toMatchObject({ mfa_required: true, code: "totp_required" })
      const done = await verifyChallenge(first.data.token, first.data.mfa_challenge.id, "totp", totp(secret))
      expect(jwtPayload(done.data.token)).toMatchObject({ actor_id: p.customer.id, auth_provider: "phone-otp" })
      const security = await api.get("/store/me/security", storeHeaders(seed.publishableKey, done.data.token))
      expect(security.data).toMatchObject({ phone: p.phone, email: null, login_methods: ["phone-otp"], two_factor: { enabled: true } })
    })

    it("disables TOTP only with a current code; logins are single-step again", async () => {
      const c = await createStoreCustomer(api, seed.publishableKey)
      const { secret, factorId } = await enrolTotp(c.headers, c.email)
      const noCode = await failure(api.delete(`/auth/mfa/factors/${factorId}`, { ...c.headers, data: {} }))
      expect([noCode.status, noCode.data.code]).toEqual([400, "totp_code_required"])
      const badCode = await failure(api.delete(`/auth/mfa/factors/${factorId}`, { ...c.headers, data: { method: "totp", code: "000000" === totp(secret) ? "111111" : "000000" } }))
      expect([badCode.status, badCode.data.code]).toEqual([400, "totp_invalid"])
      const off = await api.delete(`/auth/mfa/factors/${factorId}`, { ...c.headers, data: { method: "totp", code: totp(secret) } })
      expect(off.data.mfa_factor.status).toBe("disabled")
      const login = await emailLogin(c.email, c.password)
      expect(login.data.mfa_required).toBeUndefined()
      expect(jwtPayload(login.data.token).actor_id).toBe(c.customer.id)
      expect((await api.get("/store/me/security", c.headers)).data.two_factor).toEqual({ enabled: false, factors: [] })
    })

    it("shows operators a customer's login methods and two-step status; leaders and users without a role get 403", async () => {
      const admin = await createAdminUser(getContainer(), api)
      const p = await registerByPhone(api, getContainer(), seed.publishableKey)
      await enrolTotp(p.headers, p.phone)
      const phoneView = await api.get(`/admin/customers/${p.customer.id}/security`, admin.headers)
      expect(phoneView.data).toEqual({
        customer_id: p.customer.id,
        has_account: true,
        email: null,
        phone: p.phone,
        login_methods: ["phone-otp"],
        two_factor: { enabled: true, factors: [{ id: expect.any(String), provider: "totp", status: "enabled" }] },
      })
      const c = await createStoreCustomer(api, seed.publishableKey)
      const emailView = await api.get(`/admin/customers/${c.customer.id}/security`, admin.headers)
      expect(emailView.data).toMatchObject({ email: c.email, phone: null, login_methods: ["emailpass"], two_factor: { enabled: false, factors: [] } })
      expect(JSON.stringify(phoneView.data)).not.toMatch(/secret|recovery/)

      const missing = await failure(api.get("/admin/customers/cus_missing/security", admin.headers))
      expect([missing.status, missing.data.code]).toEqual([404, "customer_not_found"])
      const leader = await createAdminUser(getContainer(), api, { roles: [seed.roleIds.community_leader] })
      expect((await failure(api.get(`/admin/customers/${p.customer.id}/security`, leader.headers))).status).toBe(403)
      const nobody = await createAdminUser(getContainer(), api, { roles: [] })
      expect((await failure(api.get(`/admin/customers/${p.customer.id}/security`, nobody.headers))).status).toBe(403)
    })

    it("resets a password through the notification: reset request → auth.password_reset link → update with the token, once", async () => {
      const c = await createStoreCustomer(api, seed.publishableKey)
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const sent = TestEventUtils.waitSubscribersExecution("auth.password_reset", eventBus)
      expect((await api.post("/auth/customer/emailpass/reset-password", { identifier: c.email })).status).toBe(201)
      await sent
      const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "auth.password_reset", to: c.email })
      expect(notifications).toHaveLength(1)
      const n = notifications[0]
      expect(n).toMatchObject({ channel: "feed", receiver_id: c.customer.id, trigger_type: "auth.password_reset" })
      const token = String(n.data?.token)
      const url = new URL(String(n.data?.url))
      expect(`${url.origin}${url.pathname}`).toBe("http://localhost:8000/reset-password")
      expect(url.searchParams.get("token")).toBe(token)
      expect(url.searchParams.get("email")).toBe(c.email)

      const updated = await api.post("/auth/customer/emailpass/update", { password: "a-new-secret-42" }, bearer(token))
      expect(updated.data).toEqual({ success: true })
      expect((await failure(emailLogin(c.email, c.password))).status).toBe(401)
      expect(jwtPayload((await emailLogin(c.email, "a-new-secret-42")).data.token).actor_id).toBe(c.customer.id)
      const reuse = await failure(api.post("/auth/customer/emailpass/update", { password: "third-secret-43" }, bearer(token)))
      expect(reuse.status).toBe(401)

      // An unknown e-mail answers the same and sends nothing.
      expect((await api.post("/auth/customer/emailpass/reset-password", { identifier: "nobody@test.local" })).status).toBe(201)
      const none = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "nobody@test.local" })
      expect(none).toHaveLength(0)
    })
  },
})

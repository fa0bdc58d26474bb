import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, createStoreCustomer, storeHeaders, type Api, type Headers } from "../../helpers/auth"
import { buyVariant } from "../../helpers/checkout"
import { seedDemo } from "../../helpers/seed"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { COUPON_MODULE } from "../../../src/modules/coupon"
import type CouponModuleService from "../../../src/modules/coupon/service"
import { rewardReferralWorkflow } from "../../../src/workflows/coupon"
import { LOYALTY_MODULE } from "../../../src/modules/loyalty"
import type LoyaltyModuleService from "../../../src/modules/loyalty/service"
import { createTemplate, failure, variantIdsBySku, withoutSeededRegisterGifts } from "../coupons/fixtures"

jest.setTimeout(240 * 1000)

/** Registers through the Store API with a referral code in metadata, as a storefront does from `?ref=`. */
async function registerWithCode(api: Api, publishableKey: string, code: string) {
  const email = `invitee-${Math.random().toString(36).slice(2)}@test.local`
  const reg = await api.post("/auth/customer/emailpass/register", { email, password: "secret-password" })
  const created = await api.post(
    "/store/customers",
    { email, first_name: "小红", last_name: "李", metadata: { referral_code: code } },
    storeHeaders(publishableKey, reg.data.token)
  )
  const login = await api.post("/auth/customer/emailpass", { email, password: "secret-password" })
  return { customer: created.data.customer, email, headers: storeHeaders(publishableKey, login.data.token) }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let variants: Record<string, string>
    let admin: Headers
    const coupons = () => getContainer().resolve<CouponModuleService>(COUPON_MODULE)
    const customer = () => createStoreCustomer(api, seed.publishableKey, { first_name: "明", last_name: "王" })
    const myCode = async (h: Headers) => (await api.get("/store/referrals/me", h)).data.referral.code as string
    const buy = (h: Headers, email: string) =>
      buyVariant(api, h, { regionId: seed.regionId, variantId: variants["ED-EGG-10"], email })
    /** Completes orders as an operator and waits until every order.completed subscriber has run. */
    const completeOrders = async (orderIds: string[]) => {
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const done = TestEventUtils.waitSubscribersExecution("order.completed", eventBus, { triggerCount: orderIds.length })
      await Promise.all(orderIds.map((id) => api.post(`/admin/orders/${id}/complete`, {}, admin)))
      await done
    }

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
      variants = await variantIdsBySku(getContainer())
      await withoutSeededRegisterGifts(getContainer())
    })

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer(), api)).headers
    })

    it("gives every customer a referral code and share links that carry it", async () => {
      const sharer = await customer()
      const me = await api.get("/store/referrals/me", sharer.headers)
      const code = me.data.referral.code
      expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/)
      expect(me.data.referral).toMatchObject({ referred_by: null, invited_count: 0, rewarded_count: 0 })
      expect(me.data.referral.share_url).toBe(`http://localhost:8000/?ref=${code}`)
      expect(await myCode(sharer.headers)).toBe(code)

      const group = await api.get("/store/referrals/share-link?path=/groups/gbgrp_123", sharer.headers)
      expect(group.data.url).toBe(`http://localhost:8000/groups/gbgrp_123?ref=${code}`)
      expect((await failure(api.get("/store/referrals/share-link?path=groups", sharer.headers))).data.code).toBe("invalid_data")

      const landing = await api.get(`/store/referrals/codes/${code.toLowerCase()}`, storeHeaders(seed.publishableKey))
      expect(landing.data).toEqual({ code, referrer: { display_name: "王*" } })
      expect((await failure(api.get("/store/referrals/codes/ZZZZZZZZ", storeHeaders(seed.publishableKey)))).status).toBe(404)
      expect((await failure(api.get("/store/referrals/me", storeHeaders(seed.publishableKey)))).status).toBe(401)
    })

    it("binds a customer who registers with a code and refuses an unknown code without creating anyone", async () => {
      const referrer = await customer()
      const code = await myCode(referrer.headers)
      const invitee = await registerWithCode(api, seed.publishableKey, code)

      const mine = await api.get("/store/referrals/me", invitee.headers)
      expect(mine.data.referral.referred_by).toMatchObject({ display_name: "王*" })
      const invited = await api.get("/store/referrals/invitees", referrer.headers)
      expect(invited.data.invitees).toEqual([
        expect.objectContaining({ display_name: "李*", source: "register", first_order_completed: false, my_reward: null }),
      ])
      expect((await coupons().getReferrer(invitee.customer.id))?.referrer_id).toBe(referrer.customer.id)
      expect(await coupons().getReferrerChain(invitee.customer.id)).toEqual([referrer.customer.id])

      const email = "wrong-code@test.local"
      const reg = await api.post("/auth/customer/emailpass/register", { email, password: "secret-password" })
      const headers = storeHeaders(seed.publishableKey, reg.data.token)
      const refused = await failure(api.post("/store/customers", { email, metadata: { referral_code: "NOPE2345" } }, headers))
      expect(refused.status).toBe(400)
      expect(refused.data.code).toBe("referral_code_invalid")
      const customerModule = getContainer().resolve(Modules.CUSTOMER)
      expect(await customerModule.listCustomers({ email })).toHaveLength(0)
      // Without the code the same registration goes through.
      expect((await api.post("/store/customers", { email }, headers)).status).toBe(200)
    })

    it("refuses a self-invite, a second referrer, a cycle and a customer who has ordered", async () => {
      const a = await customer()
      const b = await customer()
      const c = await customer()
      const codeA = await myCode(a.headers)
      const codeB = await myCode(b.headers)

      const self = await failure(api.post("/store/referrals/bind", { code: codeA }, a.headers))
      expect(self.status).toBe(400)
      expect(self.data.code).toBe("referral_self_invite")

      const bound = await api.post("/store/referrals/bind", { code: codeB, source: "share" }, a.headers)
      expect(bound.status).toBe(201)
      expect(bound.data.referral.source).toBe("share")
      const second = await failure(api.post("/store/referrals/bind", { code: await myCode(c.headers) }, a.headers))
      expect(second.status).toBe(409)
      expect(second.data.code).toBe("referral_already_bound")

      // b invited a, so b cannot be invited by a.
      expect((await failure(api.post("/store/referrals/bind", { code: codeA }, b.headers))).data.code).toBe("referral_cycle")

      await buy(c.headers, c.email)
      expect((await failure(api.post("/store/referrals/bind", { code: codeB }, c.headers))).data.code).toBe(
        "referral_not_new_customer"
      )
      expect((await failure(api.post("/store/referrals/bind", { code: "12" }, b.headers))).data.code).toBe("referral_code_invalid")
    })

    it("rewards both sides once after the invitee's first completed order, not on later ones", async () => {
      const forReferrer = await createTemplate(api, admin, { name_zh: "邀请奖励", name_en: "Invite reward", audience: "issued_only", value: 20 })
      const forInvitee = await createTemplate(api, admin, { name_zh: "新人礼", name_en: "Welcome gift", audience: "issued_only", value: 5 })
      await api.post(
        "/admin/coupons/referral-settings",
        {
          referrer_reward_type: "coupon",
          referrer_template_id: forReferrer.id,
          invitee_reward_type: "coupon",
          invitee_template_id: forInvitee.id,
        },
        admin
      )
      const referrer = await customer()
      const invitee = await registerWithCode(api, seed.publishableKey, await myCode(referrer.headers))
      const first = await buy(invitee.headers, invitee.email)
      const second = await buy(invitee.headers, invitee.email)

      // Placing orders rewards nothing; completing the first one does.
      expect((await api.get("/store/coupons/wallet", referrer.headers)).data.count).toBe(0)
      await completeOrders([first.id])
      const referrerWallet = await api.get("/store/coupons/wallet", referrer.headers)
      expect(referrerWallet.data.coupons).toEqual([
        expect.objectContaining({ source: "referral", template: expect.objectContaining({ id: forReferrer.id }) }),
      ])
      const inviteeWallet = await api.get("/store/coupons/wallet", invitee.headers)
      expect(inviteeWallet.data.coupons).toEqual([
        expect.objectContaining({ source: "referral", template: expect.objectContaining({ id: forInvitee.id }) }),
      ])
      const invited = await api.get("/store/referrals/invitees", referrer.headers)
      expect(invited.data.invitees[0]).toMatchObject({
        first_order_completed: true,
        my_reward: { beneficiary: "referrer", kind: "coupon", status: "granted" },
      })
      expect((await api.get("/store/referrals/rewards", invitee.headers)).data.rewards).toEqual([
        expect.objectContaining({ beneficiary: "invitee", status: "granted" }),
      ])
      expect((await api.get("/store/referrals/me", referrer.headers)).data.referral).toMatchObject({
        invited_count: 1,
        rewarded_count: 1,
      })

      await completeOrders([second.id])
      expect((await api.get("/store/coupons/wallet", referrer.headers)).data.count).toBe(1)
      expect((await api.get("/store/coupons/wallet", invitee.headers)).data.count).toBe(1)
      const [referral] = await coupons().listReferrals({ invitee_id: invitee.customer.id })
      expect(referral.rewarded_order_id).toBe(first.id)
    })

    it("rewards once when two first orders complete at the same time", async () => {
      const tpl = await createTemplate(api, admin, { audience: "issued_only", value: 20 })
      await api.post("/admin/coupons/referral-settings", { referrer_reward_type: "coupon", referrer_template_id: tpl.id }, admin)
      const referrer = await customer()
      const invitee = await registerWithCode(api, seed.publishableKey, await myCode(referrer.headers))
      const orders = [await buy(invitee.headers, invitee.email), await buy(invitee.headers, invitee.email)]

      // The workflow the subscriber runs, for both orders at once.
      await Promise.all(orders.map((o) => rewardReferralWorkflow(getContainer()).run({ input: { order_id: o.id } })))
      const [, claims] = await coupons().listAndCountCouponClaims({ template_id: tpl.id })
      expect(claims).toBe(1)
      const [, rewards] = await coupons().listAndCountReferralRewards({ customer_id: referrer.customer.id })
      expect(rewards).toBe(1)
    })

    it("rewards the referrer with points through the loyalty module", async () => {
      await api.post(
        "/admin/coupons/referral-settings",
        { referrer_reward_type: "points", referrer_points: 100, invitee_reward_type: "none" },
        admin
      )
      const referrer = await customer()
      const invitee = await registerWithCode(api, seed.publishableKey, await myCode(referrer.headers))
      const order = await buy(invitee.headers, invitee.email)
      await completeOrders([order.id])

      const loyalty = getContainer().resolve<LoyaltyModuleService>(LOYALTY_MODULE)
      const entries = await loyalty.listLoyaltyEntries({ customer_id: referrer.customer.id, kind: "referral" })
      expect(entries.map((e) => e.delta)).toEqual([100])
      expect((await api.get("/store/referrals/rewards", referrer.headers)).data.rewards).toEqual([
        expect.objectContaining({ kind: "points", points: 100, status: "granted" }),
      ])
    })

    it("validates the reward settings", async () => {
      const noPoints = await failure(api.post("/admin/coupons/referral-settings", { referrer_reward_type: "points" }, admin))
      expect(noPoints.data.code).toBe("referral_settings_invalid")
      const noTemplate = await failure(
        api.post("/admin/coupons/referral-settings", { invitee_reward_type: "coupon", invitee_template_id: "cptpl_none" }, admin)
      )
      expect(noTemplate.status).toBe(404)
      const settings = await api.get("/admin/coupons/referral-settings", admin)
      // The demo seed rewards both sides with a coupon.
      expect(settings.data).toMatchObject({
        settings: { enabled: true, referrer_reward_type: "coupon", referrer_template_id: seed.couponTemplateIds["invite-reward"] },
        loyalty_available: true,
      })
    })
  },
})

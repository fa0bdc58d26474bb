import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, createStoreCustomer, storeHeaders, type Headers } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { COUPON_MODULE } from "../../../src/modules/coupon"
import type CouponModuleService from "../../../src/modules/coupon/service"
import {
  claim,
  createTemplate,
  failure,
  withoutSeededRegisterGifts,
} from "./fixtures"

jest.setTimeout(240 * 1000)

const HOUR = 3600 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let admin: Headers
    const coupons = () => getContainer().resolve<CouponModuleService>(COUPON_MODULE)
    const customer = () => createStoreCustomer(api, seed.publishableKey)

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
      await withoutSeededRegisterGifts(getContainer())
    })

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer(), api)).headers
    })

    describe("claiming", () => {
      it("claims into the wallet, refuses beyond the per-customer limit and lists it with my counts", async () => {
        const tpl = await createTemplate(api, admin, { total_stock: 5, per_customer_limit: 1 })
        const buyer = await customer()
        const before = await api.get("/store/coupons/templates", buyer.headers)
        expect(before.data.templates.find((t: any) => t.id === tpl.id)).toMatchObject({
          can_claim: true,
          claimed_by_me: 0,
          stock: { total: 5, claimed: 0, remaining: 5 },
          window: { phase: "live" },
        })

        const anonymous = await api.get("/store/coupons/templates", storeHeaders(seed.publishableKey))
        const shown = anonymous.data.templates.find((t: any) => t.id === tpl.id)
        expect(shown).toMatchObject({ name: "测试券", stock: { remaining: 5 } })
        expect(shown).not.toHaveProperty("can_claim")
        expect((await failure(claim(api, storeHeaders(seed.publishableKey), tpl.id))).status).toBe(401)

        const coupon = await claim(api, buyer.headers, tpl.id)
        expect(coupon).toMatchObject({ status: "available", source: "claim", template: { id: tpl.id, name: "测试券" } })
        expect(coupon.expires_in_seconds).toBeGreaterThan(7 * 24 * 3600 - 60)

        const again = await failure(claim(api, buyer.headers, tpl.id))
        expect(again.status).toBe(400)
        expect(again.data.code).toBe("coupon_claim_limit")

        const after = await api.get("/store/coupons/templates?locale=en-US", buyer.headers)
        expect(after.data.templates.find((t: any) => t.id === tpl.id)).toMatchObject({
          name: "Test coupon",
          can_claim: false,
          refusal: "coupon_claim_limit",
          claimed_by_me: 1,
          stock: { remaining: 4 },
        })
        const wallet = await api.get("/store/coupons/wallet?status=available", buyer.headers)
        expect(wallet.data.coupons.map((c: any) => c.id)).toEqual([coupon.id])
        expect(wallet.data.counts).toEqual({ available: 1, used: 0, expired: 0 })
      })

      it("hands out exactly one coupon when 64 claims race for the last one", async () => {
        const tpl = await createTemplate(api, admin, { total_stock: 1, per_customer_limit: 10 })
        const buyers = await Promise.all(Array.from({ length: 8 }, () => customer()))
        const results = await Promise.all(
          Array.from({ length: 64 }, (_, i) =>
            api.post(`/store/coupons/templates/${tpl.id}/claim`, {}, buyers[i % 8].headers).catch((e: any) => e.response)
          )
        )
        expect(results.filter((r) => r.status === 201)).toHaveLength(1)
        const refusals = results.filter((r) => r.status !== 201)
        expect(new Set(refusals.map((r) => `${r.status} ${r.data.code}`))).toEqual(new Set(["409 coupon_out_of_stock"]))
        const [, count] = await coupons().listAndCountCouponClaims({ template_id: tpl.id })
        expect(count).toBe(1)
        expect((await api.get(`/admin/coupons/templates/${tpl.id}`, admin)).data.template.counts).toEqual({
          claimed: 1,
          used: 0,
          remaining: 0,
        })
      })

      it("keeps one customer within the per-customer limit when 20 claims race", async () => {
        const tpl = await createTemplate(api, admin, { total_stock: 100, per_customer_limit: 3 })
        const buyer = await customer()
        const results = await Promise.all(
          Array.from({ length: 20 }, () => claim(api, buyer.headers, tpl.id).then(() => 201).catch((e: any) => e.response.data.code))
        )
        expect(results.filter((r) => r === 201)).toHaveLength(3)
        expect(new Set(results.filter((r) => r !== 201))).toEqual(new Set(["coupon_claim_limit"]))
        const [, count] = await coupons().listAndCountCouponClaims({ template_id: tpl.id, customer_id: buyer.customer.id })
        expect(count).toBe(3)
      })

      it("shows a flash coupon's countdown before its window and refuses claims outside it", async () => {
        const startsAt = new Date(Date.now() + HOUR)
        const upcoming = await createTemplate(api, admin, {
          starts_at: startsAt.toISOString(),
          ends_at: new Date(Date.now() + 3 * HOUR).toISOString(),
        })
        const ended = await createTemplate(api, admin, {
          starts_at: new Date(Date.now() - 3 * HOUR).toISOString(),
          ends_at: new Date(Date.now() - HOUR).toISOString(),
        })
        const buyer = await customer()
        const list = await api.get("/store/coupons/templates", buyer.headers)
        const shown = list.data.templates.find((t: any) => t.id === upcoming.id)
        expect(shown.window.phase).toBe("upcoming")
        expect(shown.window.starts_in_seconds).toBeGreaterThan(HOUR / 1000 - 120)
        expect(shown.window.starts_in_seconds).toBeLessThanOrEqual(HOUR / 1000)
        expect(shown).toMatchObject({ can_claim: false, refusal: "coupon_not_started" })
        expect(list.data.templates.some((t: any) => t.id === ended.id)).toBe(false)

        expect((await failure(claim(api, buyer.headers, upcoming.id))).data.code).toBe("coupon_not_started")
        expect((await failure(claim(api, buyer.headers, ended.id))).data.code).toBe("coupon_ended")
        expect((await failure(claim(api, buyer.headers, "cptpl_missing"))).status).toBe(404)
      })

      it("issues the new-user coupon once when a customer registers", async () => {
        const gift = await createTemplate(api, admin, { issue_on_register: true, audience: "new_customers", value: 8 })
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const issued = TestEventUtils.waitSubscribersExecution("customer.created", eventBus)
        const newcomer = await customer()
        await issued
        const wallet = await api.get("/store/coupons/wallet", newcomer.headers)
        expect(wallet.data.coupons).toEqual([expect.objectContaining({ source: "register", template: expect.objectContaining({ id: gift.id }) })])

        // The event delivered again (a retry) changes nothing.
        const again = TestEventUtils.waitSubscribersExecution("customer.created", eventBus)
        await eventBus.emit({ name: "customer.created", data: { id: newcomer.customer.id } })
        await again
        const [, count] = await coupons().listAndCountCouponClaims({ template_id: gift.id })
        expect(count).toBe(1)

        // A customer without an account (a guest checkout's, an operator's) gets no gift.
        const guestCreated = TestEventUtils.waitSubscribersExecution("customer.created", eventBus)
        const created = await api.post("/admin/customers", { email: `no-account-${Date.now()}@test.local` }, admin)
        await guestCreated
        expect(created.data.customer.has_account).toBe(false)
        const [, after] = await coupons().listAndCountCouponClaims({ template_id: gift.id })
        expect(after).toBe(1)
      })
    })
  },
})

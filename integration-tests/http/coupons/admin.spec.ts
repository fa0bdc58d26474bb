import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, createStoreCustomer, type Headers } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { COUPON_MODULE } from "../../../src/modules/coupon"
import type CouponModuleService from "../../../src/modules/coupon/service"
import { LOYALTY_MODULE } from "../../../src/modules/loyalty"
import type LoyaltyModuleService from "../../../src/modules/loyalty/service"
import { applyCoupon, cartWith, claim, createTemplate, failure, variantIdsBySku, withoutSeededRegisterGifts } from "./fixtures"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let variants: Record<string, string>
    let admin: Headers
    const coupons = () => getContainer().resolve<CouponModuleService>(COUPON_MODULE)
    const promotions = () => getContainer().resolve(Modules.PROMOTION)
    const customer = () => createStoreCustomer(api, seed.publishableKey)
    const backing = async (code: string) => {
      const [p] = await promotions().listPromotions(
        { code },
        { relations: ["application_method", "application_method.target_rules", "application_method.target_rules.values", "rules", "rules.values", "campaign", "campaign.budget"] }
      )
      return p
    }

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
      variants = await variantIdsBySku(getContainer())
      await withoutSeededRegisterGifts(getContainer())
    })

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer(), api)).headers
    })

    describe("templates", () => {
      it("creates the Medusa campaign and promotions behind a template and keeps them in sync", async () => {
        const endsAt = new Date(Date.now() + 10 * 86400000)
        const tpl = await createTemplate(api, admin, {
          type: "percentage",
          value: 10,
          max_discount: 20,
          scope: "categories",
          scope_ids: [seed.categoryIds["fresh-produce"]],
          total_stock: 50,
          ends_at: endsAt.toISOString(),
          valid_days: 3,
        })
        expect(tpl).toMatchObject({ counts: { claimed: 0, used: 0, remaining: 50 }, status: "active" })
        const main = await backing(`CPN-${tpl.id.toUpperCase()}`)
        const cap = await backing(`CPN-${tpl.id.toUpperCase()}-CAP`)
        expect(main).toMatchObject({ is_automatic: true, status: "active", application_method: { type: "percentage", value: 10, target_type: "items" } })
        expect(main.application_method!.target_rules!.map((r) => [r.attribute, r.values!.map((v) => v.value)])).toEqual([
          ["items.product.categories.id", [seed.categoryIds["fresh-produce"]]],
        ])
        expect(main.rules!.map((r) => [r.attribute, r.values!.map((v) => v.value)])).toEqual([["coupon_wallet.applied", [tpl.id]]])
        expect(cap).toMatchObject({ application_method: { type: "fixed", value: 20, currency_code: "cny" } })
        expect(main.campaign).toMatchObject({ campaign_identifier: `coupon:${tpl.id}`, budget: { type: "usage", limit: 50 } })
        // Claimable until ends_at, usable 3 days after: the campaign spans both.
        expect(new Date(main.campaign!.ends_at!).getTime()).toBe(endsAt.getTime() + 3 * 86400000)

        const updated = await api.post(
          `/admin/coupons/templates/${tpl.id}`,
          { value: 15, max_discount: 30, total_stock: 80, scope: "products", scope_ids: [seed.productIds["wuchang-rice"]], status: "disabled" },
          admin
        )
        expect(updated.data.template).toMatchObject({ value: 15, max_discount: 30, total_stock: 80, status: "disabled" })
        const main2 = await backing(`CPN-${tpl.id.toUpperCase()}`)
        expect(main2).toMatchObject({ status: "inactive", application_method: { value: 15 } })
        expect(main2.application_method!.target_rules!.map((r) => [r.attribute, r.values!.map((v) => v.value)])).toEqual([
          ["items.product.id", [seed.productIds["wuchang-rice"]]],
        ])
        expect(main2.campaign!.budget).toMatchObject({ limit: 80 })
        expect((await backing(`CPN-${tpl.id.toUpperCase()}-CAP`)).application_method).toMatchObject({ value: 30 })

        const buyer = await customer()
        expect((await failure(claim(api, buyer.headers, tpl.id))).data.code).toBe("coupon_disabled")
        await api.post(`/admin/coupons/templates/${tpl.id}`, { status: "active" }, admin)
        expect((await backing(`CPN-${tpl.id.toUpperCase()}`)).status).toBe("active")
        await claim(api, buyer.headers, tpl.id)
      })

      it("refuses inconsistent terms, immutable fields and a stock below the claims", async () => {
        const noCap = await failure(createTemplate(api, admin, { type: "percentage", value: 10 }))
        expect(noCap.status).toBe(400)
        expect(noCap.data.code).toBe("coupon_template_invalid")
        expect(noCap.data.message).toContain("max_discount")
        const threshold = await failure(createTemplate(api, admin, { type: "threshold", value: 50, min_subtotal: 30 }))
        expect(threshold.data.code).toBe("coupon_template_invalid")

        const tpl = await createTemplate(api, admin, { total_stock: 5 })
        const typeChange = await failure(api.post(`/admin/coupons/templates/${tpl.id}`, { type: "percentage" }, admin))
        expect(typeChange.data.code).toBe("invalid_data")
        const buyer = await customer()
        await claim(api, buyer.headers, tpl.id)
        await claim(api, buyer.headers, tpl.id)
        const below = await failure(api.post(`/admin/coupons/templates/${tpl.id}`, { total_stock: 1 }, admin))
        expect(below.status).toBe(409)
        expect(below.data.code).toBe("coupon_stock_below_claimed")
        expect((await failure(api.post("/admin/coupons/templates/cptpl_missing", { value: 3 }, admin))).status).toBe(404)
      })

      it("deletes an unclaimed template with its promotions, and refuses a claimed one", async () => {
        const unused = await createTemplate(api, admin)
        const res = await api.delete(`/admin/coupons/templates/${unused.id}`, admin)
        expect(res.data).toEqual({ id: unused.id, object: "coupon_template", deleted: true })
        expect(await promotions().listPromotions({ code: `CPN-${unused.id.toUpperCase()}` })).toHaveLength(0)
        expect(await promotions().listCampaigns({ campaign_identifier: [`coupon:${unused.id}`] })).toHaveLength(0)
        expect((await failure(api.get(`/admin/coupons/templates/${unused.id}`, admin))).status).toBe(404)

        const used = await createTemplate(api, admin)
        await claim(api, (await customer()).headers, used.id)
        const refused = await failure(api.delete(`/admin/coupons/templates/${used.id}`, admin))
        expect(refused.status).toBe(409)
        expect(refused.data.code).toBe("coupon_template_in_use")
        expect(await promotions().listPromotions({ code: `CPN-${used.id.toUpperCase()}` })).toHaveLength(1)
      })

      it("leaves no promotion behind when creating the template fails", async () => {
        const service = coupons()
        const [, campaignsBefore] = await promotions().listAndCountCampaigns({})
        const [, promotionsBefore] = await promotions().listAndCountPromotions({})
        const spy = jest.spyOn(service, "createCouponTemplates").mockRejectedValueOnce(new Error("injected failure"))
        try {
          const res = await failure(createTemplate(api, admin, { name_zh: "注入失败", name_en: "Injected failure" }))
          expect(res.status).toBe(500)
        } finally {
          spy.mockRestore()
        }
        expect((await promotions().listAndCountCampaigns({}))[1]).toBe(campaignsBefore)
        expect((await promotions().listAndCountPromotions({}))[1]).toBe(promotionsBefore)
        expect(await service.listCouponTemplates({ name_zh: "注入失败" })).toHaveLength(0)
      })

      it("lists templates with live counts and finds them by name", async () => {
        const tpl = await createTemplate(api, admin, { name_zh: "周末满减", name_en: "Weekend deal", total_stock: 10 })
        const buyer = await customer()
        const coupon = await claim(api, buyer.headers, tpl.id)
        const cartId = await cartWith(api, buyer.headers, seed.regionId, variants, ["RO-RICE-5KG"])
        await applyCoupon(api, buyer.headers, cartId, coupon.id)
        const list = await api.get("/admin/coupons/templates?q=weekend", admin)
        expect(list.data.templates).toEqual([expect.objectContaining({ id: tpl.id, counts: { claimed: 1, used: 0, remaining: 9 } })])
        expect(list.data.count).toBe(1)
      })
    })

    describe("demo seed", () => {
      it("seeds the demo templates and referral rewards once, backed by promotions", async () => {
        const [, templates] = await coupons().listAndCountCouponTemplates({})
        const [, promos] = await promotions().listAndCountPromotions({})
        expect(Object.keys(seed.couponTemplateIds).sort()).toEqual(
          ["fresh-10", "flash", "friend-gift", "invite-reward", "spend-99", "welcome"].sort()
        )
        const again = await seedDemo(getContainer())
        expect(again.couponTemplateIds).toEqual(seed.couponTemplateIds)
        expect((await coupons().listAndCountCouponTemplates({}))[1]).toBe(templates)
        expect((await promotions().listAndCountPromotions({}))[1]).toBe(promos)
        const fresh = await api.get(`/admin/coupons/templates/${seed.couponTemplateIds["fresh-10"]}`, admin)
        expect(fresh.data.template).toMatchObject({ type: "percentage", scope_ids: [seed.categoryIds["fresh-produce"]], stackable: true })
        expect(fresh.data.template.cap_promotion_code).toBe(`CPN-${seed.couponTemplateIds["fresh-10"].toUpperCase()}-CAP`)
        const flash = await api.get(`/admin/coupons/templates/${seed.couponTemplateIds.flash}`, admin)
        expect(flash.data.template.window.phase).toBe("upcoming")
      })
    })

    describe("issuing and claims", () => {
      it("issues to a customer beyond the audience and limits, within the stock", async () => {
        const tpl = await createTemplate(api, admin, { audience: "issued_only", per_customer_limit: 1, total_stock: 2 })
        const buyer = await customer()
        expect((await failure(claim(api, buyer.headers, tpl.id))).data.code).toBe("coupon_issued_only")

        const first = await api.post(`/admin/coupons/templates/${tpl.id}/issue`, { customer_id: buyer.customer.id, note: "客服补偿" }, admin)
        expect(first.status).toBe(201)
        expect(first.data.coupon).toMatchObject({ source: "issue", customer_id: buyer.customer.id })
        await api.post(`/admin/coupons/templates/${tpl.id}/issue`, { customer_id: buyer.customer.id }, admin)
        const out = await failure(api.post(`/admin/coupons/templates/${tpl.id}/issue`, { customer_id: buyer.customer.id }, admin))
        expect(out.status).toBe(409)
        expect(out.data.code).toBe("coupon_out_of_stock")
        const missing = await failure(api.post(`/admin/coupons/templates/${tpl.id}/issue`, { customer_id: "cus_missing" }, admin))
        expect(missing.status).toBe(404)
        expect(missing.data.code).toBe("customer_not_found")

        const claims = await api.get(`/admin/coupons/claims?template_id=${tpl.id}`, admin)
        expect(claims.data.count).toBe(2)
        expect(claims.data.coupons.map((c: any) => c.note).sort()).toEqual([null, "客服补偿"])
        const byCustomer = await api.get(`/admin/coupons/claims?customer_id=${buyer.customer.id}&status=available`, admin)
        expect(byCustomer.data.count).toBe(2)
        expect((await api.get(`/admin/coupons/claims?customer_id=${buyer.customer.id}&status=used`, admin)).data.count).toBe(0)
      })

      it("a coupon issued before its flash window waits for it: not yet valid, its days counted from the window's start", async () => {
        const startsAt = new Date(Date.now() + 2 * 86400000)
        const tpl = await createTemplate(api, admin, {
          starts_at: startsAt.toISOString(),
          ends_at: new Date(startsAt.getTime() + 86400000).toISOString(),
          valid_days: 2,
        })
        const buyer = await customer()
        await api.post(`/admin/coupons/templates/${tpl.id}/issue`, { customer_id: buyer.customer.id }, admin)
        const wallet = await api.get("/store/coupons/wallet", buyer.headers)
        const coupon = wallet.data.coupons.find((c: any) => c.template?.id === tpl.id)
        // Medusa's campaign starts at the window: usable from then, for 2 days — never shown usable before.
        expect(coupon).toMatchObject({ status: "not_yet_valid" })
        expect(new Date(coupon.valid_from).getTime()).toBe(startsAt.getTime())
        expect(new Date(coupon.expires_at).getTime()).toBe(startsAt.getTime() + 2 * 86400000)
      })

      it("summarises a customer's coupons, referrer and invitees for the customer page", async () => {
        const tpl = await createTemplate(api, admin)
        const referrer = await customer()
        const code = (await api.get("/store/referrals/me", referrer.headers)).data.referral.code
        const invitee = await customer()
        await api.post("/store/referrals/bind", { code }, invitee.headers)
        await claim(api, invitee.headers, tpl.id)

        const summary = await api.get(`/admin/coupons/customers/${invitee.customer.id}`, admin)
        expect(summary.data.counts).toEqual({ available: 1, used: 0, expired: 0 })
        expect(summary.data.coupons).toHaveLength(1)
        expect(summary.data.referrer).toMatchObject({ id: referrer.customer.id, email: referrer.email })
        const other = await api.get(`/admin/coupons/customers/${referrer.customer.id}`, admin)
        expect(other.data.referral_code).toBe(code)
        expect(other.data.invitees).toEqual([expect.objectContaining({ id: invitee.customer.id, rewarded_order_id: null })])
      })
    })

    describe("access", () => {
      it("answers 403 to an admin user whose role has no coupon policy, and lets coupon:read read only", async () => {
        const noRole = await createAdminUser(getContainer(), api, { roles: [] })
        expect((await failure(api.get("/admin/coupons/templates", noRole.headers))).status).toBe(403)

        const rbac = getContainer().resolve(Modules.RBAC)
        const [policy] = await rbac.listRbacPolicies({ key: "coupon:read" })
        const [role] = await rbac.createRbacRoles([{ name: "coupon reader" }])
        await rbac.createRbacRolePolicies([{ role_id: role.id, policy_id: policy.id }])
        const reader = await createAdminUser(getContainer(), api, { roles: [role.id] })
        expect((await api.get("/admin/coupons/templates", reader.headers)).status).toBe(200)
        expect((await failure(createTemplate(api, reader.headers))).status).toBe(403)
      })
    })

    describe("membership tiers", () => {
      it("refuses a tier-only coupon to the wrong tier and lets the right tier claim and use it", async () => {
        const loyalty = getContainer().resolve<LoyaltyModuleService>(LOYALTY_MODULE)
        const [, gold] = await loyalty.createLoyaltyTiers([
          { code: "regular", name: "普通会员", rank: 1, min_spend: 0, multiplier: 1 },
          { code: "gold", name: "金卡会员", rank: 2, min_spend: 1000, multiplier: 1.5 },
        ])
        const tpl = await createTemplate(api, admin, { audience: "tiers", audience_tiers: ["gold"], value: 12 })
        const regular = await customer()
        const vip = await customer()
        await loyalty.createLoyaltyAccounts([{ customer_id: vip.customer.id, tier_id: gold.id, tier_since: new Date() }])

        const refused = await failure(claim(api, regular.headers, tpl.id))
        expect(refused.status).toBe(400)
        expect(refused.data.code).toBe("coupon_audience_tier")
        const listed = await api.get("/store/coupons/templates", regular.headers)
        expect(listed.data.templates.some((t: any) => t.id === tpl.id)).toBe(false)

        const mine = await claim(api, vip.headers, tpl.id)
        const vipCart = await cartWith(api, vip.headers, seed.regionId, variants, ["RO-RICE-5KG"])
        expect((await applyCoupon(api, vip.headers, vipCart, mine.id)).data.cart.discount_total).toBe(12)

        // Issued to a regular customer anyway, it still cannot be used by them.
        const issued = await api.post(`/admin/coupons/templates/${tpl.id}/issue`, { customer_id: regular.customer.id }, admin)
        const cartId = await cartWith(api, regular.headers, seed.regionId, variants, ["RO-RICE-5KG"])
        expect((await failure(applyCoupon(api, regular.headers, cartId, issued.data.coupon.id))).data.code).toBe("coupon_audience_tier")
      })
    })
  },
})

import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { COUPON_MODULE } from "../index"
import type CouponModuleService from "../service"
import type { ClaimInput } from "../types"

jest.setTimeout(60 * 1000)

const NOW = new Date("2026-11-25T04:00:00Z") // 12:00 in Asia/Shanghai

function template(overrides: Record<string, unknown> = {}) {
  return {
    name_zh: "满100减10",
    name_en: "¥10 off ¥100",
    type: "threshold" as const,
    value: 10,
    min_subtotal: 100,
    currency_code: "cny",
    validity_type: "relative" as const,
    valid_days: 7,
    total_stock: null,
    per_customer_limit: 1,
    ...overrides,
  }
}

function claimInput(template_id: string, customer_id: string, extra: Partial<ClaimInput> = {}): ClaimInput {
  return {
    template_id,
    customer_id,
    source: "claim",
    enforce_limits: true,
    valid_from: NOW,
    expires_at: new Date(NOW.getTime() + 7 * 86400000),
    claim_day: "2026-11-25",
    ...extra,
  }
}

/** Runs all promises, returning their outcomes (value or error code). */
async function settle<T>(ps: Promise<T>[]) {
  const results = await Promise.allSettled(ps)
  return {
    ok: results.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<T>).value),
    codes: results
      .filter((r) => r.status === "rejected")
      .map((r) => ((r as PromiseRejectedResult).reason as { code?: string }).code ?? String((r as PromiseRejectedResult).reason)),
  }
}

moduleIntegrationTestRunner<CouponModuleService>({
  moduleName: COUPON_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    describe("claims", () => {
      it("hands out exactly one coupon when 64 customers claim the last one at once", async () => {
        const [tpl] = await service.createCouponTemplates([template({ total_stock: 1 })])
        const { ok, codes } = await settle(
          Array.from({ length: 64 }, (_, i) => service.claimCoupon(claimInput(tpl.id, `cus_${i}`)))
        )
        expect(ok).toHaveLength(1)
        expect(codes).toEqual(Array(63).fill("coupon_out_of_stock"))
        const [, count] = await service.listAndCountCouponClaims({ template_id: tpl.id })
        expect(count).toBe(1)
        expect((await service.retrieveCouponTemplate(tpl.id)).claimed_count).toBe(1)
      })

      it("keeps one customer within the per-customer limit under 30 concurrent claims", async () => {
        const [tpl] = await service.createCouponTemplates([template({ total_stock: 100, per_customer_limit: 2 })])
        const { ok, codes } = await settle(
          Array.from({ length: 30 }, () => service.claimCoupon(claimInput(tpl.id, "cus_greedy")))
        )
        expect(ok).toHaveLength(2)
        expect(new Set(codes)).toEqual(new Set(["coupon_claim_limit"]))
        const [, count] = await service.listAndCountCouponClaims({ template_id: tpl.id, customer_id: "cus_greedy" })
        expect(count).toBe(2)
        // A refused claim gives its unit of stock back.
        expect((await service.retrieveCouponTemplate(tpl.id)).claimed_count).toBe(2)
      })

      it("applies the per-day limit per store day", async () => {
        const [tpl] = await service.createCouponTemplates([
          template({ per_customer_limit: 5, per_customer_daily_limit: 2 }),
        ])
        const { ok, codes } = await settle(
          Array.from({ length: 6 }, () => service.claimCoupon(claimInput(tpl.id, "cus_daily")))
        )
        expect(ok).toHaveLength(2)
        expect(new Set(codes)).toEqual(new Set(["coupon_daily_limit"]))
        await service.claimCoupon(claimInput(tpl.id, "cus_daily", { claim_day: "2026-11-26" }))
        const counts = await service.countCustomerClaims([tpl.id], "cus_daily", "2026-11-26")
        expect(counts.get(tpl.id)).toEqual(expect.objectContaining({ total: 3, today: 1 }))
      })

      it("lets issues bypass the per-customer limit but never the stock", async () => {
        const [tpl] = await service.createCouponTemplates([template({ total_stock: 2 })])
        await service.claimCoupon(claimInput(tpl.id, "cus_a", { enforce_limits: false, source: "issue" }))
        await service.claimCoupon(claimInput(tpl.id, "cus_a", { enforce_limits: false, source: "issue" }))
        await expect(
          service.claimCoupon(claimInput(tpl.id, "cus_a", { enforce_limits: false, source: "issue" }))
        ).rejects.toMatchObject({ code: "coupon_out_of_stock" })
      })

      it("issues once per source key, whatever the concurrency", async () => {
        const [tpl] = await service.createCouponTemplates([template({ total_stock: 50 })])
        const { ok } = await settle(
          Array.from({ length: 10 }, () =>
            service.claimCoupon(
              claimInput(tpl.id, "cus_new", { source: "register", source_key: `register:${tpl.id}:cus_new`, enforce_limits: false })
            )
          )
        )
        expect(ok).toHaveLength(10)
        expect(new Set(ok.map((c) => c.id)).size).toBe(1)
        const [, count] = await service.listAndCountCouponClaims({ template_id: tpl.id })
        expect(count).toBe(1)
        expect((await service.retrieveCouponTemplate(tpl.id)).claimed_count).toBe(1)
      })

      it("answers 404 for an unknown template", async () => {
        await expect(service.claimCoupon(claimInput("cptpl_missing", "cus_a"))).rejects.toMatchObject({
          code: "coupon_template_not_found",
        })
      })

      it("revokes an unused claim and returns its stock", async () => {
        const [tpl] = await service.createCouponTemplates([template({ total_stock: 1 })])
        const claim = await service.claimCoupon(claimInput(tpl.id, "cus_a"))
        expect(await service.revokeClaim(claim.id)).toBe(true)
        expect((await service.retrieveCouponTemplate(tpl.id)).claimed_count).toBe(0)
        await service.claimCoupon(claimInput(tpl.id, "cus_b"))
      })
    })

    describe("use", () => {
      it("uses a claim exactly once when ten carts complete with it at once", async () => {
        const [tpl] = await service.createCouponTemplates([template()])
        const claim = await service.claimCoupon(claimInput(tpl.id, "cus_a"))
        const { ok, codes } = await settle(
          Array.from({ length: 10 }, (_, i) =>
            service.consumeClaims({ cart_id: `cart_${i}`, customer_id: "cus_a", uses: [{ claim_id: claim.id, discount_total: "10" }] })
          )
        )
        expect(ok).toHaveLength(1)
        expect(codes).toEqual(Array(9).fill("coupon_already_used"))
        const used = await service.retrieveCouponClaim(claim.id)
        expect(used.status).toBe("used")
        expect(Number(used.discount_total)).toBe(10)
        expect((await service.retrieveCouponTemplate(tpl.id)).used_count).toBe(1)
      })

      it("treats a repeated completion of the same cart as done, and refuses another holder", async () => {
        const [tpl] = await service.createCouponTemplates([template()])
        const claim = await service.claimCoupon(claimInput(tpl.id, "cus_a"))
        const use = { cart_id: "cart_1", customer_id: "cus_a", uses: [{ claim_id: claim.id, discount_total: "10" }] }
        expect(await service.consumeClaims(use)).toEqual([claim.id])
        expect(await service.consumeClaims(use)).toEqual([])
        expect((await service.retrieveCouponTemplate(tpl.id)).used_count).toBe(1)
        const other = await service.claimCoupon(claimInput(tpl.id, "cus_b"))
        await expect(
          service.consumeClaims({ cart_id: "cart_2", customer_id: "cus_a", uses: [{ claim_id: other.id, discount_total: "10" }] })
        ).rejects.toMatchObject({ code: "coupon_already_used" })
      })

      it("changes nothing when one of two claims is taken", async () => {
        const [tpl] = await service.createCouponTemplates([template({ per_customer_limit: 2 })])
        const a = await service.claimCoupon(claimInput(tpl.id, "cus_a"))
        const b = await service.claimCoupon(claimInput(tpl.id, "cus_a"))
        await service.consumeClaims({ cart_id: "cart_1", customer_id: "cus_a", uses: [{ claim_id: b.id, discount_total: "10" }] })
        await expect(
          service.consumeClaims({
            cart_id: "cart_2",
            customer_id: "cus_a",
            uses: [
              { claim_id: a.id, discount_total: "10" },
              { claim_id: b.id, discount_total: "10" },
            ],
          })
        ).rejects.toMatchObject({ code: "coupon_already_used" })
        expect((await service.retrieveCouponClaim(a.id)).status).toBe("available")
        expect((await service.retrieveCouponTemplate(tpl.id)).used_count).toBe(1)
      })

      it("releases the claims a cart used back to the wallet", async () => {
        const [tpl] = await service.createCouponTemplates([template()])
        const claim = await service.claimCoupon(claimInput(tpl.id, "cus_a"))
        await service.consumeClaims({ cart_id: "cart_1", customer_id: "cus_a", uses: [{ claim_id: claim.id, discount_total: "10" }] })
        expect(await service.releaseClaims({ cart_id: "cart_1" })).toEqual([claim.id])
        expect(await service.releaseClaims({ cart_id: "cart_1" })).toEqual([])
        const back = await service.retrieveCouponClaim(claim.id)
        expect(back.status).toBe("available")
        expect(back.used_cart_id).toBeNull()
        expect((await service.retrieveCouponTemplate(tpl.id)).used_count).toBe(0)
      })
    })

    describe("referrals", () => {
      it("gives every customer one stable code, also under concurrent first use", async () => {
        const codes = await Promise.all(Array.from({ length: 8 }, () => service.getOrCreateReferralCode("cus_a")))
        expect(new Set(codes.map((c) => c.code)).size).toBe(1)
        const other = await service.getOrCreateReferralCode("cus_b")
        expect(other.code).not.toBe(codes[0].code)
      })

      it("refuses a self-invite, a second referrer and a cycle", async () => {
        await expect(
          service.bindReferral({ invitee_id: "cus_a", referrer_id: "cus_a", code: "X", source: "bind" })
        ).rejects.toMatchObject({ code: "referral_self_invite" })
        await service.bindReferral({ invitee_id: "cus_b", referrer_id: "cus_a", code: "A", source: "register" })
        await expect(
          service.bindReferral({ invitee_id: "cus_b", referrer_id: "cus_c", code: "C", source: "bind" })
        ).rejects.toMatchObject({ code: "referral_already_bound" })
        await service.bindReferral({ invitee_id: "cus_c", referrer_id: "cus_b", code: "B", source: "bind" })
        // a ← b ← c: a may not be invited by c.
        await expect(
          service.bindReferral({ invitee_id: "cus_a", referrer_id: "cus_c", code: "C", source: "bind" })
        ).rejects.toMatchObject({ code: "referral_cycle" })
        expect(await service.getReferrerChain("cus_c")).toEqual(["cus_b", "cus_a"])
        expect(await service.getReferrerChain("cus_c", 1)).toEqual(["cus_b"])
        expect((await service.getReferrer("cus_b"))?.referrer_id).toBe("cus_a")
        expect(await service.getReferrer("cus_a")).toBeNull()
      })

      it("never forms a cycle when two customers invite each other at once", async () => {
        const { ok, codes } = await settle([
          service.bindReferral({ invitee_id: "cus_x", referrer_id: "cus_y", code: "Y", source: "bind" }),
          service.bindReferral({ invitee_id: "cus_y", referrer_id: "cus_x", code: "X", source: "bind" }),
        ])
        expect(ok).toHaveLength(1)
        expect(codes).toEqual(["referral_cycle"])
      })

      it("binds one referrer when ten bindings race", async () => {
        const { ok, codes } = await settle(
          Array.from({ length: 10 }, (_, i) =>
            service.bindReferral({ invitee_id: "cus_z", referrer_id: `cus_r${i}`, code: `R${i}`, source: "bind" })
          )
        )
        expect(ok).toHaveLength(1)
        expect(new Set(codes)).toEqual(new Set(["referral_already_bound"]))
      })

      it("marks a referral rewarded by exactly one order", async () => {
        await service.bindReferral({ invitee_id: "cus_i", referrer_id: "cus_r", code: "R", source: "register" })
        const results = await Promise.all(
          Array.from({ length: 5 }, (_, i) => service.markReferralRewarded({ invitee_id: "cus_i", order_id: `order_${i}` }))
        )
        expect(results.filter(Boolean)).toHaveLength(1)
        expect(await service.markReferralRewarded({ invitee_id: "cus_nobody", order_id: "order_9" })).toBeNull()
      })
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { createAdminUser, type Headers } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import { createCampaign, groupCheckout, paymentOf, waitFor } from "../group-buy/fixtures"
import { customer, defaultRule, orderCommission, sql, variantIdsBySku, withoutSeededRegisterGifts } from "./fixtures"

jest.setTimeout(300 * 1000)

const AUTOCAPTURE = "pp_autocapture_autocapture"

// A provider that captures at checkout (group buying's second payment path): the order is captured while its
// group is still open. Set while this file loads (the runner reads medusa-config before applying `env`).
process.env.PAYMENT_AUTOCAPTURE = "true"
afterAll(() => {
  delete process.env.PAYMENT_AUTOCAPTURE
})

medusaIntegrationTestRunner({
  env: { PAYMENT_AUTOCAPTURE: "true" },
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let admin: Headers
    let melon: { productId: string; variantId: string }

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
      const variants = await variantIdsBySku(getContainer())
      melon = { productId: seed.productIds["sanya-mini-watermelon"], variantId: variants["FP-WMELON-1"] }
      await withoutSeededRegisterGifts(getContainer())
    })

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer(), api)).headers
      await api.post(`/admin/regions/${seed.regionId}`, { payment_providers: ["pp_system_default", AUTOCAPTURE] }, admin)
      await defaultRule(api, admin) // level 1: 3%
    })

    it("earns nothing on a captured group order while its group is open, and accrues once the group succeeded", async () => {
      const campaign = await createCampaign(api, admin, melon) // team deal, succeeds at 2 members, ¥9.90 each
      const referrer = await customer(api, seed.publishableKey)
      const a = await customer(api, seed.publishableKey, referrer.code)

      const placed = waitFor(getContainer(), "order.placed")
      const joined = waitFor(getContainer(), "group_buy.member_joined")
      const first = await groupCheckout(api, a, seed.regionId, { campaign_id: campaign.id }, { variant_id: melon.variantId }, { providerId: AUTOCAPTURE })
      expect(first.complete.data.type).toBe("order")
      const orderA = first.complete.data.order
      await Promise.all([placed, joined])
      expect((await paymentOf(getContainer(), orderA.id)).captured).toBeGreaterThan(0) // captured at checkout…
      expect((await orderCommission(api, admin, orderA.id)).entries).toEqual([]) // …but the group is open: nothing
      const [{ n }] = await sql<{ n: number }>(getContainer(), "SELECT COUNT(*)::int AS n FROM commission_order WHERE order_id = ?", [orderA.id])
      expect(n).toBe(0)

      const [membership] = (await api.get("/store/group-buy/my-groups", a.headers)).data.memberships
      const b = await customer(api, seed.publishableKey)
      const succeeded = waitFor(getContainer(), "group_buy.succeeded")
      const second = await groupCheckout(api, b, seed.regionId, { group_id: membership.group.id }, { variant_id: melon.variantId }, { providerId: AUTOCAPTURE })
      expect(second.complete.data.type).toBe("order")
      await succeeded

      // The group succeeded: A's order earns level 1 for A's referrer on the group price paid.
      expect((await orderCommission(api, admin, orderA.id)).rows).toEqual([
        ["accrual", "referral_l1", referrer.customer.id, 0.3, "pending"], // 3% of 9.90 = 0.297
      ])
      expect((await orderCommission(api, admin, second.complete.data.order.id)).entries).toEqual([]) // B has no upline
    })
  },
})

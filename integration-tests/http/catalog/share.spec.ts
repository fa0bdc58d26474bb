import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { createAdminUser, createStoreCustomer, storeHeaders, type Headers } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import { failure, withoutSeededRegisterGifts } from "../coupons/fixtures"
import { createCampaign, groupCheckout, variantIdsBySku, waitFor } from "../group-buy/fixtures"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
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
    })

    it("builds a product share card with the sharer's referral code in the deep link", async () => {
      const sharer = await createStoreCustomer(api, seed.publishableKey)
      const { code } = (await api.get("/store/referrals/me", sharer.headers)).data.referral
      const card = (await api.get(`/store/share/products/${melon.productId}`, sharer.headers)).data.share
      expect(card).toMatchObject({
        type: "product",
        product_id: melon.productId,
        title: "三亚麒麟西瓜",
        price: { min: 19.9, currency_code: "cny" },
        rating: { average: null, count: 0 },
        path: "/products/sanya-mini-watermelon",
        referral_code: code,
        text: "三亚麒麟西瓜 ¥19.90起，快来看看！",
      })
      expect(card.url).toBe(`http://localhost:8000/products/sanya-mini-watermelon?ref=${code}`)

      const anonymous = (await api.get(`/store/share/products/${melon.productId}?locale=en-US`, storeHeaders(seed.publishableKey))).data.share
      expect(anonymous).toMatchObject({ title: "Sanya Qilin watermelon", referral_code: null, url: "http://localhost:8000/products/sanya-mini-watermelon" })
      expect(anonymous.text).toBe("Sanya Qilin watermelon from CN¥19.90. Have a look!")
      const missing = await failure(api.get("/store/share/products/prod_missing", sharer.headers))
      expect([missing.status, missing.data.code]).toEqual([404, "product_not_found"])
    })

    it("builds a group share card with the join price, tiers and progress", async () => {
      const campaign = await createCampaign(api, admin, melon, { title: "西瓜3人团" }) // tiers 2→¥9.90, 3→¥8.80
      const opener = await createStoreCustomer(api, seed.publishableKey)
      const joined = waitFor(getContainer(), "group_buy.member_joined")
      await groupCheckout(api, opener, seed.regionId, { campaign_id: campaign.id }, { variant_id: melon.variantId })
      await joined
      const group = (await api.get("/store/group-buy/my-groups", opener.headers)).data.memberships[0].group
      const { code } = (await api.get("/store/referrals/me", opener.headers)).data.referral

      const card = (await api.get(`/store/share/groups/${group.id}`, opener.headers)).data.share
      expect(card).toMatchObject({
        type: "group",
        group_id: group.id,
        title: "西瓜3人团",
        product: { id: melon.productId, title: "三亚麒麟西瓜" },
        price: { join_price: 9.9, currency_code: "cny", current_tier: null, next_tier: { threshold: 2, price: 9.9 } },
        progress: { status: "open", kind: "team", members_count: 1, success_threshold: 2, needed_to_succeed: 1, capacity: 3, places_taken: 1 },
        referral_code: code,
        text: "「西瓜3人团」拼团价¥9.90，还差1人成团，快来一起拼！",
      })
      expect(card.path).toBe(`/group-buy/share/${group.share_token}`)
      expect(card.url).toBe(`http://localhost:8000/group-buy/share/${group.share_token}?ref=${code}`)
      expect(card.progress.time_left_ms).toBeGreaterThan(23 * 3600 * 1000)
      // The link resolves to the group through the group-buy Store API.
      const landing = await api.get(`/store/group-buy/share/${group.share_token}`, storeHeaders(seed.publishableKey))
      expect(landing.data.group.id).toBe(group.id)

      const missing = await failure(api.get("/store/share/groups/gbgrp_missing", opener.headers))
      expect([missing.status, missing.data.code]).toEqual([404, "group_not_found"])
    })
  },
})

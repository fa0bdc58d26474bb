import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { createAdminUser, createStoreCustomer, type Headers } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import { withoutSeededRegisterGifts } from "../coupons/fixtures"
import { createCampaign, groupCheckout, variantIdsBySku, waitFor } from "../group-buy/fixtures"
import { notificationsOf } from "./fixtures"

jest.setTimeout(300 * 1000)

/** The real group-buy flow (Store API checkouts, the group-buy module's events and subscriber) into notifyCustomer. */
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

    it("tells every member of a succeeded group with template group_buy.succeeded in their own language, and respects opt-outs", async () => {
      const campaign = await createCampaign(api, admin, melon, { title: "三亚麒麟西瓜 3人团" })
      const english = await createStoreCustomer(api, seed.publishableKey)
      const chinese = await createStoreCustomer(api, seed.publishableKey)
      const quiet = await createStoreCustomer(api, seed.publishableKey)
      await api.post("/store/notifications/preferences", { language: "en" }, english.headers)
      await api.post("/store/notifications/preferences", { categories: { group_updates: false } }, quiet.headers)

      let joined = waitFor(getContainer(), "group_buy.member_joined")
      const first = await groupCheckout(api, english, seed.regionId, { campaign_id: campaign.id }, { variant_id: melon.variantId })
      expect(first.complete.data.type).toBe("order")
      await joined
      const groupId = (await api.get("/store/group-buy/my-groups", english.headers)).data.memberships[0].group.id

      // The second member reaches the first tier: the group succeeds.
      joined = waitFor(getContainer(), "group_buy.member_joined")
      const succeeded = waitFor(getContainer(), "group_buy.succeeded")
      const second = await groupCheckout(api, chinese, seed.regionId, { group_id: groupId }, { variant_id: melon.variantId })
      expect(second.complete.data.type).toBe("order")
      await Promise.all([joined, succeeded])

      const [en] = await notificationsOf(getContainer(), english.customer.id, "group_buy.succeeded")
      expect(en).toMatchObject({ template: "group_buy.succeeded", channel: "feed", to: english.email, resource_id: groupId })
      expect(en.data.message).toMatchObject({ language: "en", category: "group_updates", subject: "Your group succeeded" })
      expect(en.data.message.text).toContain('"三亚麒麟西瓜 3人团" succeeded!')
      expect(en.data.message.text).toContain(`#${first.complete.data.order.display_id}`)
      const [zh] = await notificationsOf(getContainer(), chinese.customer.id, "group_buy.succeeded")
      expect(zh.data.message).toMatchObject({ language: "zh-CN", subject: "拼团成功" })
      expect(zh.data.message.text).toBe(`您参加的「三亚麒麟西瓜 3人团」已成团！我们会尽快为您备货（订单 #${second.complete.data.order.display_id}）。`)
      expect(await notificationsOf(getContainer(), english.customer.id, "group_buy.member_joined")).toHaveLength(1)

      // The third member switched group updates off: no joined message, but the (transactional) order message comes.
      joined = waitFor(getContainer(), "group_buy.member_joined")
      const third = await groupCheckout(api, quiet, seed.regionId, { group_id: groupId }, { variant_id: melon.variantId })
      expect(third.complete.data.type).toBe("order")
      await joined
      expect(await notificationsOf(getContainer(), quiet.customer.id, "group_buy.member_joined")).toHaveLength(0)
      expect(await notificationsOf(getContainer(), quiet.customer.id, "order.placed")).toHaveLength(1)
    })
  },
})

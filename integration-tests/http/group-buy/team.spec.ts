import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { createAdminUser, createStoreCustomer, type Headers } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import { createCampaign, DAY, groupCheckout, members, paymentOf, runExpiry, sql, variantIdsBySku, waitFor } from "./fixtures"

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
    })

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer(), api)).headers
    })

    const customer = () => createStoreCustomer(api, seed.publishableKey)

    it("team deal: 3 customers through the Store API, success captures, price protection refunds ¥1.10 at close", async () => {
      const campaign = await createCampaign(api, admin, melon) // tiers 2→¥9.90, 3→¥8.80, at most 3 members
      const [a, b, c] = [await customer(), await customer(), await customer()]

      // A opens a group: the first place costs the first tier, ¥9.90 (the regular price is ¥19.90).
      let joined = waitFor(getContainer(), "group_buy.member_joined")
      const first = await groupCheckout(api, a, seed.regionId, { campaign_id: campaign.id }, { variant_id: melon.variantId })
      expect(first.join.group_buy).toMatchObject({ campaign_id: campaign.id, group_id: null, unit_price: 9.9, currency_code: "cny" })
      expect(first.join.cart.items).toEqual([
        expect.objectContaining({
          unit_price: 9.9,
          is_custom_price: true,
          metadata: expect.objectContaining({ group_buy_campaign_id: campaign.id, group_buy_group_id: null, group_buy_action: "open" }),
        }),
      ])
      expect(first.complete.data.type).toBe("order")
      const orderA = first.complete.data.order
      expect(orderA.items[0].unit_price).toBe(9.9)
      await joined

      const mineA = (await api.get("/store/group-buy/my-groups", a.headers)).data.memberships
      expect(mineA).toEqual([
        expect.objectContaining({ status: "confirmed", order_id: orderA.id, unit_price: 9.9, refunded_amount: 0 }),
      ])
      const groupId = mineA[0].group.id
      expect(mineA[0].group).toMatchObject({ status: "open", members_count: 1, needed_to_succeed: 1, join_price: 9.9 })
      expect((await paymentOf(getContainer(), orderA.id)).captured).toBe(0) // authorized only until the group succeeds

      // The group page and its share link; members appear anonymised.
      const detail = (await api.get(`/store/group-buy/groups/${groupId}`, { headers: { "x-publishable-api-key": seed.publishableKey } })).data.group
      expect(detail).toMatchObject({
        id: groupId,
        members_count: 1,
        members: [{ display_name: "C**", quantity: 1 }], // last name "Customer"
        current_tier: null,
        next_tier: { threshold: 2, price: 9.9 },
        initiator: { display_name: "C**" },
      })
      expect(detail.time_left_ms).toBeGreaterThan(23 * 3600 * 1000)
      expect(JSON.stringify(detail)).not.toContain(a.email)
      const shared = await api.get(`/store/group-buy/share/${detail.share_token}`, { headers: { "x-publishable-api-key": seed.publishableKey } })
      expect(shared.data.group.id).toBe(groupId)
      expect(shared.data.group.share_path).toBe(`/group-buy/share/${detail.share_token}`)

      // B joins: 2 members with B → ¥9.90; the group succeeds and both payments are captured.
      const succeeded = waitFor(getContainer(), "group_buy.succeeded")
      const second = await groupCheckout(api, b, seed.regionId, { group_id: groupId }, { variant_id: melon.variantId })
      expect(second.join.group_buy).toMatchObject({ group_id: groupId, unit_price: 9.9, tier_threshold: 2 })
      expect(second.complete.data.type).toBe("order")
      const orderB = second.complete.data.order
      await succeeded
      for (const order of [orderA, orderB]) {
        const p = await paymentOf(getContainer(), order.id)
        expect(p.captured).toBe(p.amount) // ¥9.90 + shipping, captured in full
      }

      // C joins the succeeded group: 3 with C → ¥8.80, captured at once.
      joined = waitFor(getContainer(), "group_buy.member_joined")
      const third = await groupCheckout(api, c, seed.regionId, { group_id: groupId }, { variant_id: melon.variantId })
      expect(third.join.group_buy).toMatchObject({ unit_price: 8.8, tier_threshold: 3 })
      const orderC = third.complete.data.order
      expect(orderC.items[0].unit_price).toBe(8.8)
      await joined
      const pc = await paymentOf(getContainer(), orderC.id)
      expect(pc.captured).toBe(pc.amount)

      // Full (3 of 3): the job closes it at the 3-member tier, ¥8.80; A and B paid ¥9.90 and get
      // (9.90 − 8.80) × 1 = ¥1.10 back each; C paid ¥8.80 and gets nothing.
      const refunded = waitFor(getContainer(), "group_buy.member_refunded", 2)
      const run = await runExpiry(getContainer(), new Date())
      expect(run).toMatchObject({ groups: 1, closed: 1, protections: 2, member_errors: 0 })
      await refunded
      const group = (await api.get(`/admin/group-buy/groups/${groupId}`, admin)).data
      expect(group.group).toMatchObject({ status: "closed", final_unit_price: 8.8, end_reason: "full", confirmed_count: 3 })
      expect(group.group.settled_at).toBeTruthy()
      const byOrder = (id: string) => group.members.find((m: any) => m.order_id === id)
      expect(byOrder(orderA.id)).toMatchObject({ protection_amount: 1.1, refunded_amount: 1.1, payment: { refunded_amount: 1.1 } })
      expect(byOrder(orderB.id)).toMatchObject({ protection_amount: 1.1, refunded_amount: 1.1, payment: { refunded_amount: 1.1 } })
      expect(byOrder(orderC.id)).toMatchObject({ protection_amount: null, refunded_amount: 0, payment: { refunded_amount: 0 } })
      expect((await paymentOf(getContainer(), orderA.id)).refunded).toBe(1.1)
      expect((await api.get("/store/group-buy/my-groups", a.headers)).data.memberships[0]).toMatchObject({
        refunded_amount: 1.1,
        group: { status: "closed" },
      })
      expect((await api.get("/store/group-buy/my-groups?group_status=closed", a.headers)).data.count).toBe(1)
      expect((await api.get("/store/group-buy/my-groups?group_status=open", a.headers)).data.count).toBe(0)
      expect((await api.get("/store/group-buy/my-groups?status=refunded", a.headers)).data.count).toBe(0)
      const bad = await api.get("/store/group-buy/my-groups?status=nope", a.headers).catch((e: any) => e.response)
      expect([bad.status, bad.data.code]).toEqual([400, "invalid_data"])

      // Running the job again changes nothing.
      const again = await runExpiry(getContainer(), new Date(Date.now() + DAY))
      expect(again).toMatchObject({ groups: 0, refunds: 0, protections: 0, captures: 0 })
      expect((await paymentOf(getContainer(), orderA.id)).refunded).toBe(1.1)
      const refunds = await sql(getContainer(), `SELECT count(*)::int AS n FROM refund WHERE note LIKE 'group_buy:price_protection:%'`)
      expect(refunds[0].n).toBe(2)

      // Customers were told: joined (3), succeeded (A and B), price protection refunds (A and B).
      const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({}, { take: 100 })
      const count = (t: string) => notifications.filter((n) => n.template === t).length
      expect([count("group_buy.member_joined"), count("group_buy.succeeded"), count("group_buy.member_refunded")]).toEqual([3, 2, 2])
      expect((await members(getContainer(), groupId)).every((m) => m.status === "confirmed" && m.captured_at)).toBe(true)
    })
  },
})

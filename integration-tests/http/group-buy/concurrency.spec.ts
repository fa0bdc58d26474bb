import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { createAdminUser, createStoreCustomer, type Headers } from "../../helpers/auth"
import { createCart } from "../../helpers/checkout"
import { seedDemo } from "../../helpers/seed"
import { addPayment, addShipping, complete } from "../loyalty/fixtures"
import { createCampaign, groupCheckout, members, paymentOf, sql, variantIdsBySku, waitFor } from "./fixtures"

jest.setTimeout(900 * 1000)

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

    /** A group with `n` confirmed members (one opens, the others join); returns its id. */
    async function groupOf(campaignId: string, n: number) {
      const first = await customer()
      let joined = waitFor(getContainer(), "group_buy.member_joined")
      await groupCheckout(api, first, seed.regionId, { campaign_id: campaignId }, { variant_id: melon.variantId })
      await joined
      const groupId = (await api.get("/store/group-buy/my-groups", first.headers)).data.memberships[0].group.id as string
      for (let i = 1; i < n; i++) {
        joined = waitFor(getContainer(), "group_buy.member_joined")
        await groupCheckout(api, await customer(), seed.regionId, { group_id: groupId }, { variant_id: melon.variantId })
        await joined
      }
      return groupId
    }

    /** `n` customers each with a cart that joined the group and is ready to complete (shipping, payment session). */
    async function readyJoiners(groupId: string, n: number) {
      const carts: { cartId: string; headers: Headers; price: number }[] = []
      for (let i = 0; i < n; i++) {
        const c = await customer()
        const cart = await createCart(api, c.headers, seed.regionId, c.email)
        const join = await api.post(`/store/group-buy/groups/${groupId}/join`, { cart_id: cart.id, variant_id: melon.variantId }, c.headers)
        await addShipping(api, c.headers, cart.id, c.email)
        await addPayment(api, c.headers, cart.id)
        carts.push({ cartId: cart.id, headers: c.headers, price: join.data.group_buy.unit_price })
      }
      return carts
    }

    /** The invariant: every member has an order, and every group order (by cart) has a member. */
    async function expectMembersMatchOrders(campaignId: string) {
      const orphans = await sql(
        getContainer(),
        `SELECT m.id FROM group_buy_member m LEFT JOIN order_cart oc ON oc.cart_id = m.cart_id AND oc.deleted_at IS NULL
          WHERE m.campaign_id = ? AND (m.order_id IS NULL OR oc.order_id IS DISTINCT FROM m.order_id)`,
        [campaignId]
      )
      expect(orphans).toEqual([])
      const unmatched = await sql(
        getContainer(),
        `SELECT oc.order_id FROM cart_line_item li JOIN order_cart oc ON oc.cart_id = li.cart_id AND oc.deleted_at IS NULL
          LEFT JOIN group_buy_member m ON m.order_id = oc.order_id
          WHERE li.metadata->>'group_buy_campaign_id' = ? AND li.deleted_at IS NULL AND m.id IS NULL`,
        [campaignId]
      )
      expect(unmatched).toEqual([])
    }

    it("30 customers take the last 5 places at once: exactly 5 confirmed, 25 refused with group_full, no order without a member", async () => {
      // Tiers 2→¥9.90, 3→¥8.80, at most 10: places 6–10 cost ¥8.80; a new group's first place would cost ¥9.90, more
      // than these payers agreed to, so they cannot be moved: they are refused and charged nothing.
      const campaign = await createCampaign(api, admin, melon, { max_per_group: 10 })
      const groupId = await groupOf(campaign.id, 5)
      const carts = await readyJoiners(groupId, 30)
      expect(new Set(carts.map((c) => c.price))).toEqual(new Set([8.8]))

      const placed = waitFor(getContainer(), "group_buy.member_joined", 5)
      const results = await Promise.all(carts.map((c) => complete(api, c.headers, c.cartId)))
      const orders = results.filter((r) => r.data?.type === "order")
      const refused = results.filter((r) => r.status === 409)
      expect(orders).toHaveLength(5)
      expect(refused).toHaveLength(25)
      expect(new Set(refused.map((r) => r.data.code))).toEqual(new Set(["group_full"]))
      await placed

      const [group] = await sql(getContainer(), `SELECT member_count, confirmed_count, capacity, status FROM group_buy_group WHERE id = ?`, [groupId])
      expect(group).toMatchObject({ member_count: 10, confirmed_count: 10, capacity: 10, status: "succeeded" })
      expect((await sql(getContainer(), `SELECT count(*)::int AS n FROM group_buy_group WHERE campaign_id = ?`, [campaign.id]))[0].n).toBe(1)
      const rows = await members(getContainer(), groupId)
      expect(rows).toHaveLength(10)
      expect(rows.every((m) => m.status === "confirmed" && m.order_id && m.captured_at)).toBe(true)
      await expectMembersMatchOrders(campaign.id)
      // The refused carts have no order and no payment at all (authorization comes after the place is taken).
      const refusedCarts = carts.filter((_, i) => results[i].status === 409).map((c) => c.cartId)
      const refusedMoney = await sql(
        getContainer(),
        `SELECT p.id FROM cart_payment_collection cpc JOIN payment p ON p.payment_collection_id = cpc.payment_collection_id
          WHERE cpc.cart_id = ANY(?)`,
        [refusedCarts]
      )
      expect(refusedMoney).toEqual([])
      expect((await sql(getContainer(), `SELECT count(*)::int AS n FROM order_cart WHERE cart_id = ANY(?)`, [refusedCarts]))[0].n).toBe(0)
      // Every order of the group is captured (the group succeeded), and only those.
      for (const r of orders) {
        const p = await paymentOf(getContainer(), r.data.order.id)
        expect(p.captured).toBe(p.amount)
      }
      // The campaign counted exactly the 10 units sold.
      expect((await sql(getContainer(), `SELECT sold_quantity FROM group_buy_campaign WHERE id = ?`, [campaign.id]))[0].sold_quantity).toBe(10)
    })

    it("late payers whose place costs no more elsewhere are moved to another group of the campaign instead of overfilling", async () => {
      // One tier (2→¥9.90), at most 4: every place costs ¥9.90, so a payer who finds the group full is moved.
      const campaign = await createCampaign(api, admin, melon, {
        max_per_group: 4,
        tiers: [{ currency_code: "cny", threshold: 2, price: 9.9 }],
      })
      const groupId = await groupOf(campaign.id, 2)
      const carts = await readyJoiners(groupId, 6)
      const joined = waitFor(getContainer(), "group_buy.member_joined", 6)
      const results = await Promise.all(carts.map((c) => complete(api, c.headers, c.cartId)))
      expect(results.map((r) => r.data?.type)).toEqual(Array(6).fill("order"))
      await joined

      const groups = await sql(
        getContainer(),
        `SELECT id, member_count, confirmed_count, status FROM group_buy_group WHERE campaign_id = ? ORDER BY created_at, id`,
        [campaign.id]
      )
      // 2 + 2 fill the first group; the 4 others open a second one, which succeeds.
      expect(groups.map((g) => [g.member_count, g.confirmed_count, g.status])).toEqual([
        [4, 4, "succeeded"],
        [4, 4, "succeeded"],
      ])
      await expectMembersMatchOrders(campaign.id)
      const moved = await sql(
        getContainer(),
        `SELECT m.group_id, li.metadata->>'group_buy_group_id' AS asked FROM group_buy_member m
           JOIN cart_line_item li ON li.id = m.line_item_id WHERE m.campaign_id = ? AND m.group_id <> li.metadata->>'group_buy_group_id'`,
        [campaign.id]
      )
      expect(moved).toHaveLength(4)
      expect(moved.every((m) => m.asked === groupId && m.group_id === groups[1].id)).toBe(true)
    })
  },
})

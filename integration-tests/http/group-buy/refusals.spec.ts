import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { createAdminUser, createStoreCustomer, storeHeaders, type Headers } from "../../helpers/auth"
import { createCart } from "../../helpers/checkout"
import { GROUP_BUY_MODULE } from "../../../src/modules/group-buy"
import type GroupBuyModuleService from "../../../src/modules/group-buy/service"
import { seedDemo } from "../../helpers/seed"
import { addPayment, addShipping, complete } from "../loyalty/fixtures"
import { createCampaign, DAY, failure, groupCheckout, runExpiry, sql, variantIdsBySku, waitFor } from "./fixtures"

jest.setTimeout(600 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let admin: Headers
    let variants: Record<string, string>
    let melon: { productId: string; variantId: string }

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
      variants = await variantIdsBySku(getContainer())
      melon = { productId: seed.productIds["sanya-mini-watermelon"], variantId: variants["FP-WMELON-1"] }
    })

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer(), api)).headers
    })

    const customer = () => createStoreCustomer(api, seed.publishableKey)
    const open = (c: { headers: Headers }, cartId: string, campaignId: string, body: Record<string, unknown> = {}) =>
      api.post(`/store/group-buy/campaigns/${campaignId}/open`, { cart_id: cartId, variant_id: melon.variantId, ...body }, c.headers)
    const emptyCart = async (c: { headers: Headers; email: string }) => (await createCart(api, c.headers, seed.regionId, c.email)).id as string
    /** A cart that opened a group and is ready to complete (shipping, payment session). */
    async function readyToOpen(c: { headers: Headers; email: string }, campaignId: string, body: Record<string, unknown> = {}) {
      const cartId = await emptyCart(c)
      await open(c, cartId, campaignId, body)
      await addShipping(api, c.headers, cartId, c.email)
      await addPayment(api, c.headers, cartId)
      return cartId
    }
    const expectRefusal = async (p: Promise<unknown>, status: number, code: string) => {
      const res = await failure(p)
      expect([res.status, res.data.code]).toEqual([status, code])
      return res
    }
    const memberCount = async (campaignId: string) =>
      (await sql(getContainer(), `SELECT count(*)::int AS n FROM group_buy_member WHERE campaign_id = ?`, [campaignId]))[0].n

    it("per-customer limits: joins and units, at the open/join route and again at completion", async () => {
      const campaign = await createCampaign(api, admin, melon, { max_joins_per_customer: 1, max_units_per_customer: 2, max_per_group: 10 })
      const c = await customer()
      await expectRefusal(open(c, await emptyCart(c), campaign.id, { quantity: 3 }), 400, "customer_unit_limit")
      // Two carts priced while nothing was bought yet; the second completion finds the limit reached.
      const first = await readyToOpen(c, campaign.id)
      const second = await readyToOpen(c, campaign.id)
      const joined = waitFor(getContainer(), "group_buy.member_joined")
      expect((await complete(api, c.headers, first)).data.type).toBe("order")
      await joined
      const late = await complete(api, c.headers, second)
      expect([late.status, late.data.code]).toEqual([400, "customer_join_limit"])
      await expectRefusal(open(c, await emptyCart(c), campaign.id), 400, "customer_join_limit")
      expect(await memberCount(campaign.id)).toBe(1)
    })

    it("campaign window, inactive campaigns and the wrong variant are refused with stable codes", async () => {
      const c = await customer()
      const now = Date.now()
      const future = await createCampaign(api, admin, melon, {
        starts_at: new Date(now + DAY).toISOString(),
        ends_at: new Date(now + 2 * DAY).toISOString(),
      })
      await expectRefusal(open(c, await emptyCart(c), future.id), 400, "campaign_not_started")
      const past = await createCampaign(api, admin, melon, {
        starts_at: new Date(now - 3 * DAY).toISOString(),
        ends_at: new Date(now - DAY).toISOString(),
      })
      await expectRefusal(open(c, await emptyCart(c), past.id), 400, "campaign_ended")
      const draft = await createCampaign(api, admin, melon, { status: "draft" })
      await expectRefusal(open(c, await emptyCart(c), draft.id), 400, "campaign_inactive")
      const live = await createCampaign(api, admin, melon)
      const ready = await readyToOpen(c, live.id) // priced while the campaign was live
      await api.post(`/admin/group-buy/campaigns/${live.id}/end`, {}, admin)
      await expectRefusal(open(c, await emptyCart(c), live.id), 400, "campaign_inactive")
      const res = await complete(api, c.headers, ready)
      expect([res.status, res.data.code]).toEqual([400, "campaign_inactive"])
      const other = await createCampaign(api, admin, melon)
      await expectRefusal(open(c, await emptyCart(c), other.id, { variant_id: variants["FP-WMELON-2"] }), 400, "variant_not_in_campaign")
      await expectRefusal(open(c, await emptyCart(c), "gbcmp_missing"), 404, "campaign_not_found")
      expect(await memberCount(live.id)).toBe(0)
    })

    it("the stock cap: refused when sold out, also for a cart priced before the last unit went", async () => {
      const campaign = await createCampaign(api, admin, melon, { stock_cap: 2, max_per_group: 10 })
      const [a, b, c] = [await customer(), await customer(), await customer()]
      const aCart = await readyToOpen(a, campaign.id, { quantity: 1 })
      const bCart = await readyToOpen(b, campaign.id, { quantity: 2 }) // 2 units: fits the cap alone
      await expectRefusal(open(c, await emptyCart(c), campaign.id, { quantity: 3 }), 409, "campaign_sold_out")
      const joined = waitFor(getContainer(), "group_buy.member_joined")
      expect((await complete(api, b.headers, bCart)).data.type).toBe("order")
      await joined
      const res = await complete(api, a.headers, aCart)
      expect([res.status, res.data.code]).toEqual([409, "campaign_sold_out"])
      await expectRefusal(open(c, await emptyCart(c), campaign.id), 409, "campaign_sold_out")
      const store = (await api.get(`/store/group-buy/campaigns/${campaign.id}`, storeHeaders(seed.publishableKey))).data.campaign
      expect(store.stock).toEqual({ cap: 2, sold: 2, remaining: 0 })
    })

    it("someone else's cart, a cart with other items, a full group, joining twice and bad input are refused", async () => {
      const campaign = await createCampaign(api, admin, melon, { max_per_group: 2, tiers: [{ currency_code: "cny", threshold: 2, price: 9.9 }] })
      const [a, b, c] = [await customer(), await customer(), await customer()]
      const aCart = await emptyCart(a)
      await expectRefusal(open(b, aCart, campaign.id), 403, "cart_not_yours")
      const anonymous = await failure(
        api.post(`/store/group-buy/campaigns/${campaign.id}/open`, { cart_id: aCart, variant_id: melon.variantId }, storeHeaders(seed.publishableKey))
      )
      expect(anonymous.status).toBe(401)
      const busy = await emptyCart(a)
      await api.post(`/store/carts/${busy}/line-items`, { variant_id: variants["FP-APPLE-2.5KG"], quantity: 1 }, a.headers)
      await expectRefusal(open(a, busy, campaign.id), 400, "group_cart_not_empty")
      await expectRefusal(open(a, aCart, campaign.id, { quantity: 0 }), 400, "invalid_data")
      await expectRefusal(open(a, aCart, campaign.id, { unit_price: 0.01 }), 400, "invalid_data") // the price is the server's

      // A opens, B joins: the group (at most 2) is full.
      let joined = waitFor(getContainer(), "group_buy.member_joined")
      const first = await groupCheckout(api, a, seed.regionId, { campaign_id: campaign.id }, { variant_id: melon.variantId })
      await joined
      const groupId = (await api.get("/store/group-buy/my-groups", a.headers)).data.memberships[0].group.id
      const join = (who: { headers: Headers }, cartId: string) =>
        api.post(`/store/group-buy/groups/${groupId}/join`, { cart_id: cartId, variant_id: melon.variantId }, who.headers)
      await expectRefusal(join(a, await emptyCart(a)), 400, "already_in_group")
      joined = waitFor(getContainer(), "group_buy.member_joined")
      await groupCheckout(api, b, seed.regionId, { group_id: groupId }, { variant_id: melon.variantId })
      await joined
      await expectRefusal(join(c, await emptyCart(c)), 409, "group_full")
      await expectRefusal(api.post(`/store/group-buy/groups/gbgrp_missing/join`, { cart_id: await emptyCart(c), variant_id: melon.variantId }, c.headers), 404, "group_not_found")
      expect(first.complete.data.type).toBe("order")
    })

    it("a group item mixed with other items is refused at completion, and nothing is reserved", async () => {
      const campaign = await createCampaign(api, admin, melon)
      const c = await customer()
      const cartId = await emptyCart(c)
      await open(c, cartId, campaign.id)
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variants["FP-APPLE-2.5KG"], quantity: 1 }, c.headers)
      await addShipping(api, c.headers, cartId, c.email)
      await addPayment(api, c.headers, cartId)
      const res = await complete(api, c.headers, cartId)
      expect([res.status, res.data.code]).toEqual([400, "group_cart_mixed"])
      expect(await memberCount(campaign.id)).toBe(0)
      expect((await sql(getContainer(), `SELECT sold_quantity FROM group_buy_campaign WHERE id = ?`, [campaign.id]))[0].sold_quantity).toBe(0)
    })

    it("a completion that fails after the place was taken gives the place back, and the cart completes on retry", async () => {
      const campaign = await createCampaign(api, admin, melon)
      const c = await customer()
      const cartId = await readyToOpen(c, campaign.id)
      const orders = getContainer().resolve(Modules.ORDER)
      const spy = jest.spyOn(orders, "createOrders").mockRejectedValueOnce(new Error("injected failure"))
      const failed = await complete(api, c.headers, cartId)
      spy.mockRestore()
      expect(failed.data?.type).not.toBe("order")
      expect(await memberCount(campaign.id)).toBe(0)
      expect((await sql(getContainer(), `SELECT count(*)::int AS n FROM group_buy_group WHERE campaign_id = ?`, [campaign.id]))[0].n).toBe(0)
      expect((await sql(getContainer(), `SELECT sold_quantity FROM group_buy_campaign WHERE id = ?`, [campaign.id]))[0].sold_quantity).toBe(0)
      const joined = waitFor(getContainer(), "group_buy.member_joined")
      const retry = await complete(api, c.headers, cartId)
      expect(retry.data.type).toBe("order")
      await joined
      const [m] = await sql(getContainer(), `SELECT status, order_id FROM group_buy_member WHERE campaign_id = ?`, [campaign.id])
      expect(m).toMatchObject({ status: "confirmed", order_id: retry.data.order.id })
    })

    it("a checkout that crashed with its place taken (no order, undo lost): the job gives the place back and removes the empty group", async () => {
      const campaign = await createCampaign(api, admin, melon)
      const c = await customer()
      const cartId = await readyToOpen(c, campaign.id)
      const orders = getContainer().resolve(Modules.ORDER)
      const service = getContainer().resolve<GroupBuyModuleService>(GROUP_BUY_MODULE)
      // The order is never made and the compensation that would give the place back is lost (a crash).
      const fail = jest.spyOn(orders, "createOrders").mockRejectedValueOnce(new Error("injected failure"))
      const lost = jest.spyOn(service, "releaseSlot").mockRejectedValueOnce(new Error("process died"))
      const failed = await complete(api, c.headers, cartId)
      fail.mockRestore()
      lost.mockRestore()
      expect(failed.data?.type).not.toBe("order")
      const [pending] = await sql(getContainer(), `SELECT status, group_id FROM group_buy_member WHERE campaign_id = ?`, [campaign.id])
      expect(pending.status).toBe("pending")
      expect((await sql(getContainer(), `SELECT sold_quantity FROM group_buy_campaign WHERE id = ?`, [campaign.id]))[0].sold_quantity).toBe(1)

      // Within the grace period the job leaves it alone (the checkout may still be running).
      await runExpiry(getContainer(), new Date(Date.now() + 60 * 1000))
      expect(await memberCount(campaign.id)).toBe(1)
      // Later: released, the empty group gone (not offered to shoppers), the stock back; the cart can still complete.
      await runExpiry(getContainer(), new Date(Date.now() + 11 * 60 * 1000))
      expect(await memberCount(campaign.id)).toBe(0)
      expect((await sql(getContainer(), `SELECT count(*)::int AS n FROM group_buy_group WHERE id = ?`, [pending.group_id]))[0].n).toBe(0)
      expect((await sql(getContainer(), `SELECT sold_quantity FROM group_buy_campaign WHERE id = ?`, [campaign.id]))[0].sold_quantity).toBe(0)
      const listed = await api.get(`/store/group-buy/campaigns/${campaign.id}`, storeHeaders(seed.publishableKey))
      expect(JSON.stringify(listed.data)).not.toContain(pending.group_id)
      const joined = waitFor(getContainer(), "group_buy.member_joined")
      const retry = await complete(api, c.headers, cartId)
      expect(retry.data.type).toBe("order")
      await joined
    })
  },
})

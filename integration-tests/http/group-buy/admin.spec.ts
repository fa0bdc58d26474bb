import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { createAdminUser, createStoreCustomer, type Headers } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import { approvedLeader } from "../leaders/helpers"
import { createCampaign, DAY, failure, groupCheckout, members, orderStatus, paymentOf, runExpiry, sql, variantIdsBySku, waitFor } from "./fixtures"

jest.setTimeout(600 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let admin: Awaited<ReturnType<typeof createAdminUser>>
    let variants: Record<string, string>
    let melon: { productId: string; variantId: string }

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
      variants = await variantIdsBySku(getContainer())
      melon = { productId: seed.productIds["sanya-mini-watermelon"], variantId: variants["FP-WMELON-1"] }
    })

    beforeEach(async () => {
      admin = await createAdminUser(getContainer(), api)
    })

    const expectRefusal = async (p: Promise<unknown>, status: number, code: string) => {
      const res = await failure(p)
      expect([res.status, res.data.code]).toEqual([status, code])
    }

    /** A group opened by one customer (and joined by `more` others); resolves to the group id and the orders. */
    async function groupWith(campaignId: string, more = 0) {
      const orders: { id: string; total: number }[] = []
      let groupId: string | null = null
      for (let i = 0; i <= more; i++) {
        const c = await createStoreCustomer(api, seed.publishableKey)
        const joined = waitFor(getContainer(), "group_buy.member_joined")
        const r = await groupCheckout(api, c, seed.regionId, groupId ? { group_id: groupId } : { campaign_id: campaignId }, {
          variant_id: melon.variantId,
        })
        expect(r.complete.data.type).toBe("order")
        await joined
        orders.push(r.complete.data.order)
        groupId ??= (await api.get("/store/group-buy/my-groups", c.headers)).data.memberships[0].group.id
      }
      return { groupId: groupId!, orders }
    }

    it("campaigns: created with tiers (validated), pricing fields editable only as a draft, activated and ended", async () => {
      const base = {
        title: "麒麟西瓜 3人团",
        kind: "team",
        product_id: melon.productId,
        variant_ids: [melon.variantId],
        max_per_group: 3,
        group_lifetime_hours: 24,
        starts_at: new Date(Date.now() - DAY).toISOString(),
        ends_at: new Date(Date.now() + 7 * DAY).toISOString(),
        tiers: [
          { currency_code: "cny", threshold: 2, price: 9.9 },
          { currency_code: "cny", threshold: 3, price: 8.8 },
        ],
      }
      const post = (body: Record<string, unknown>) => api.post("/admin/group-buy/campaigns", body, admin.headers)
      await expectRefusal(post({ ...base, tiers: [{ currency_code: "cny", threshold: 2, price: 8.8 }, { currency_code: "cny", threshold: 3, price: 9.9 }] }), 400, "invalid_tiers")
      await expectRefusal(post({ ...base, max_per_group: 2 }), 400, "invalid_tiers") // threshold 3 above the group size
      await expectRefusal(post({ ...base, group_lifetime_hours: null }), 400, "group_lifetime_required")
      await expectRefusal(post({ ...base, kind: "community" }), 400, "cutoff_time_required")
      await expectRefusal(post({ ...base, variant_ids: [variants["FP-APPLE-2.5KG"]] }), 400, "variant_not_in_product")
      await expectRefusal(post({ ...base, ends_at: base.starts_at }), 400, "invalid_window")
      await expectRefusal(post({ ...base, price: 1 }), 400, "invalid_data")
      await expectRefusal(post({ ...base, tiers: [{ currency_code: "cny", threshold: 2, price: 9.999 }] }), 400, "invalid_data")

      const created = (await post(base)).data.campaign
      expect(created).toMatchObject({
        status: "draft",
        kind: "team",
        sold_quantity: 0,
        tiers: [
          { currency_code: "cny", threshold: 2, price: 9.9 },
          { currency_code: "cny", threshold: 3, price: 8.8 },
        ],
        product: { id: melon.productId },
        group_counts: { open: 0, succeeded: 0, closed: 0, failed: 0 },
      })
      const id = created.id
      const edited = await api.post(`/admin/group-buy/campaigns/${id}`, { tiers: [{ currency_code: "cny", threshold: 2, price: 9.5 }] }, admin.headers)
      expect(edited.data.campaign.tiers).toEqual([{ currency_code: "cny", threshold: 2, price: 9.5 }])
      expect((await api.post(`/admin/group-buy/campaigns/${id}/activate`, {}, admin.headers)).data.campaign.status).toBe("active")
      await expectRefusal(api.post(`/admin/group-buy/campaigns/${id}`, { tiers: base.tiers }, admin.headers), 400, "campaign_not_draft")
      await expectRefusal(api.post(`/admin/group-buy/campaigns/${id}`, { max_per_group: 5 }, admin.headers), 400, "campaign_not_draft")
      const renamed = await api.post(`/admin/group-buy/campaigns/${id}`, { title: "麒麟西瓜 限时拼", stock_cap: 100, auto_fill: true }, admin.headers)
      expect(renamed.data.campaign).toMatchObject({ title: "麒麟西瓜 限时拼", stock_cap: 100, auto_fill: true, status: "active" })
      await expectRefusal(api.post(`/admin/group-buy/campaigns/${id}/activate`, {}, admin.headers), 400, "campaign_status_invalid")
      expect((await api.post(`/admin/group-buy/campaigns/${id}/end`, {}, admin.headers)).data.campaign.status).toBe("ended")
      await expectRefusal(api.post(`/admin/group-buy/campaigns/${id}/end`, {}, admin.headers), 400, "campaign_status_invalid")
      await expectRefusal(api.get("/admin/group-buy/campaigns/gbcmp_missing", admin.headers), 404, "campaign_not_found")

      const list = await api.get(`/admin/group-buy/campaigns?status=ended&product_id=${melon.productId}`, admin.headers)
      expect(list.data).toMatchObject({ count: 1, campaigns: [expect.objectContaining({ id })] })
      // The product page widget reads the product's campaigns through the module link.
      const ofProduct = await api.get(`/admin/group-buy/products/${melon.productId}/campaigns`, admin.headers)
      expect(ofProduct.data.campaigns.map((c: any) => c.id)).toEqual([id])
      expect((await api.get(`/admin/group-buy/products/${seed.productIds["yantai-fuji-apple"]}/campaigns`, admin.headers)).data.campaigns).toEqual([])
    })

    it("RBAC: operations may manage group buying; finance and leaders may not", async () => {
      const ops = await createAdminUser(getContainer(), api, { roles: [seed.roleIds.operations] })
      expect((await api.get("/admin/group-buy/campaigns", ops.headers)).status).toBe(200)
      const campaign = await createCampaign(api, ops.headers, melon)
      expect(campaign.status).toBe("active")
      const finance = await createAdminUser(getContainer(), api, { roles: [seed.roleIds.finance] })
      expect((await failure(api.get("/admin/group-buy/campaigns", finance.headers))).status).toBe(403)
      expect((await failure(api.post(`/admin/group-buy/campaigns/${campaign.id}/end`, {}, finance.headers))).status).toBe(403)
      const leader = await approvedLeader(api, seed.publishableKey, admin.headers)
      await expectRefusal(api.get("/admin/group-buy/groups", leader.adminHeaders), 403, "leader_confined")
      await expectRefusal(api.post(`/admin/group-buy/campaigns/${campaign.id}/end`, {}, leader.adminHeaders), 403, "leader_confined")
    })

    it("groups: filtered lists, members with their payments, close now and fail now with a reason (the job's workflows)", async () => {
      const campaign = await createCampaign(api, admin.headers, melon, { max_per_group: 5 })
      const open = await groupWith(campaign.id) // 1 member: open
      const succeeded = await groupWith(campaign.id, 2) // 3 members: succeeded (captured), 5 places

      const list = await api.get(`/admin/group-buy/groups?campaign_id=${campaign.id}&status=open`, admin.headers)
      expect(list.data.groups.map((g: any) => g.id)).toEqual([open.groupId])
      const detail = (await api.get(`/admin/group-buy/groups/${succeeded.groupId}`, admin.headers)).data
      expect(detail.group).toMatchObject({ status: "succeeded", confirmed_count: 3, campaign_title: campaign.title, current_tier_threshold: 3 })
      expect(detail.members).toHaveLength(3)
      expect(detail.members[0]).toMatchObject({ status: "confirmed", unit_price: 9.9, payment: { captured: true, refunded_amount: 0 } })
      expect(detail.members[0].customer.email).toMatch(/@test\.local$/)

      await expectRefusal(api.post(`/admin/group-buy/groups/${open.groupId}/close-now`, { reason: "供应商缺货" }, admin.headers), 409, "group_not_succeeded")
      await expectRefusal(api.post(`/admin/group-buy/groups/${open.groupId}/fail-now`, {}, admin.headers), 400, "invalid_data") // a reason is required

      // Close now: 3 members, final ¥8.80; the two who paid ¥9.90 get ¥1.10 back at once.
      const closed = await api.post(`/admin/group-buy/groups/${succeeded.groupId}/close-now`, { reason: "提前截单" }, admin.headers)
      expect(closed.data.group).toMatchObject({ status: "closed", end_reason: "提前截单", ended_by: admin.user.id, final_unit_price: 8.8 })
      expect(closed.data.settlement).toMatchObject({ protections: 2, member_errors: 0 })
      expect((await paymentOf(getContainer(), succeeded.orders[0].id)).refunded).toBe(1.1)

      // Fail now: the open group's order is canceled and its authorization voided, with the operator's reason.
      const failedEvent = waitFor(getContainer(), "group_buy.failed")
      const failed = await api.post(`/admin/group-buy/groups/${open.groupId}/fail-now`, { reason: "供应商缺货" }, admin.headers)
      expect(failed.data.group).toMatchObject({ status: "failed", end_reason: "供应商缺货", ended_by: admin.user.id })
      expect(failed.data.settlement).toMatchObject({ refunds: 1, member_errors: 0 })
      expect(failed.data.group.settled_at).toBeTruthy()
      await failedEvent
      expect(await orderStatus(getContainer(), open.orders[0].id)).toBe("canceled")
      expect(await paymentOf(getContainer(), open.orders[0].id)).toMatchObject({ canceled: true })
      await expectRefusal(api.post(`/admin/group-buy/groups/${open.groupId}/fail-now`, { reason: "again" }, admin.headers), 409, "group_not_open")
      await expectRefusal(api.get(`/admin/group-buy/groups/gbgrp_missing`, admin.headers), 404, "group_not_found")
      const notifications = await sql(getContainer(), `SELECT count(*)::int AS n FROM notification WHERE template = 'group_buy.failed'`)
      expect(notifications[0].n).toBe(1)
    })

    it("an operator canceling a group order frees its place, and the job never touches that payment again", async () => {
      const campaign = await createCampaign(api, admin.headers, melon) // tiers 2→¥9.90, 3→¥8.80, at most 3
      const succeeded = waitFor(getContainer(), "group_buy.succeeded")
      const { groupId, orders } = await groupWith(campaign.id, 1) // A and B: succeeded, both captured
      await succeeded
      const [a, b] = orders
      await api.post(`/admin/orders/${b.id}/cancel`, {}, admin.headers)
      expect(await paymentOf(getContainer(), b.id)).toMatchObject({ captured: b.total, refunded: b.total })
      const rowB = (await members(getContainer(), groupId)).find((m) => m.order_id === b.id)!
      expect(rowB).toMatchObject({ status: "refunded", refunded_amount: String(b.total) })
      const [g] = await sql(getContainer(), `SELECT status, member_count, confirmed_count FROM group_buy_group WHERE id = ?`, [groupId])
      expect(g).toMatchObject({ status: "succeeded", member_count: 1, confirmed_count: 1 })

      // B's place is free: two more join (¥9.90 at 2, ¥8.80 at 3) and the group fills up.
      for (let i = 0; i < 2; i++) {
        const c = await createStoreCustomer(api, seed.publishableKey)
        const joined = waitFor(getContainer(), "group_buy.member_joined")
        const r = await groupCheckout(api, c, seed.regionId, { group_id: groupId }, { variant_id: melon.variantId })
        expect(r.join.group_buy.unit_price).toBe(i === 0 ? 9.9 : 8.8)
        await joined
      }
      // Closed at 3 members (¥8.80): A and the first joiner get ¥1.10 back; B's canceled payment is left alone.
      const run = await runExpiry(getContainer(), new Date())
      expect(run).toMatchObject({ closed: 1, protections: 2, captures: 0, member_errors: 0 })
      expect(await paymentOf(getContainer(), a.id)).toMatchObject({ refunded: 1.1 })
      expect(await paymentOf(getContainer(), b.id)).toMatchObject({ refunded: b.total })
      expect(await orderStatus(getContainer(), b.id)).toBe("canceled")
    })

    it("orders of a group that has not succeeded cannot be fulfilled, and the order page says why", async () => {
      const campaign = await createCampaign(api, admin.headers, melon)
      const { groupId, orders } = await groupWith(campaign.id)
      const order = orders[0]
      const view = (await api.get(`/admin/group-buy/orders/${order.id}`, admin.headers)).data
      expect(view.group).toMatchObject({ id: groupId, status: "open" })
      expect(view.member).toMatchObject({ order_id: order.id, status: "confirmed", payment: { captured: false } })
      expect(view.fulfillment).toMatchObject({ allowed: false, code: "group_not_succeeded" })
      expect(view.fulfillment.reason).toContain(groupId)

      const full = (await api.get(`/admin/orders/${order.id}?fields=*items`, admin.headers)).data.order
      const items = full.items.map((i: any) => ({ id: i.id, quantity: i.quantity }))
      const refused = await failure(api.post(`/admin/orders/${order.id}/fulfillments`, { items, location_id: seed.stockLocationId }, admin.headers))
      expect([refused.status, refused.data.code]).toEqual([409, "group_not_succeeded"])
      // Any other way into Medusa's fulfillment workflow is refused too (its last hook undoes the fulfillment).
      await expect(
        createOrderFulfillmentWorkflow(getContainer()).run({ input: { order_id: order.id, items, location_id: seed.stockLocationId } })
      ).rejects.toMatchObject({ code: "group_not_succeeded" })
      const fulfillments = await sql(getContainer(), `SELECT count(*)::int AS n FROM order_fulfillment WHERE order_id = ? AND deleted_at IS NULL`, [order.id])
      expect(fulfillments[0].n).toBe(0)

      // A second member: the group succeeds, and the order can be fulfilled.
      const c = await createStoreCustomer(api, seed.publishableKey)
      const succeeded = waitFor(getContainer(), "group_buy.succeeded")
      await groupCheckout(api, c, seed.regionId, { group_id: groupId }, { variant_id: melon.variantId })
      await succeeded
      expect((await api.get(`/admin/group-buy/orders/${order.id}`, admin.headers)).data.fulfillment).toEqual({ allowed: true, code: null, reason: null })
      const done = await api.post(`/admin/orders/${order.id}/fulfillments?fields=*fulfillments`, { items, location_id: seed.stockLocationId }, admin.headers)
      expect(done.data.order.fulfillments).toHaveLength(1)
      // A plain order has no group and is never held back.
      const plain = await api.get(`/admin/group-buy/orders/order_missing`, admin.headers)
      expect(plain.data).toEqual({ group: null, member: null, fulfillment: { allowed: true, code: null, reason: null } })
    })
  },
})

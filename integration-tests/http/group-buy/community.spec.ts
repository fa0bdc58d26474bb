import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { PICKUP_MODULE } from "../../../src/modules/pickup"
import type PickupModuleService from "../../../src/modules/pickup/service"
import { createAdminUser, createStoreCustomer, storeHeaders, type Headers } from "../../helpers/auth"
import { createCart } from "../../helpers/checkout"
import { addStoreDays, storeDay } from "../../../src/lib/store-settings"
import { seedDemo } from "../../helpers/seed"
import { addPayment, complete } from "../loyalty/fixtures"
import { createCampaign, DAY, members, orderStatus, paymentOf, runExpiry, sql, variantIdsBySku, waitFor } from "./fixtures"

jest.setTimeout(600 * 1000)

// Both points serve this spot (文三路 HZ-XH-01 is here; 翠苑一区 HZ-XH-02 is about 1.5 km away, radius 2.5 km).
const HOME = { latitude: 30.277, longitude: 120.13 }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let admin: Headers
    let tomato: { productId: string; variantId: string }
    let pt1: string
    let pt2: string

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
      const variants = await variantIdsBySku(getContainer())
      tomato = { productId: seed.productIds["shandong-tomato"], variantId: variants["FP-TOMATO-1.5KG"] }
      pt1 = seed.pickupPointIds["HZ-XH-01"]
      pt2 = seed.pickupPointIds["HZ-XH-02"]
    })

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer(), api)).headers
    })

    /**
     * A customer orders into a community deal through the Store API: open (with the point) or join a group, collect
     * at `collectAt`, pay, complete. Resolves to the completion response and the open/join answer.
     */
    async function order(
      target: { campaign_id: string; pickup_point_id: string } | { group_id: string },
      quantity: number,
      collectAt: string
    ) {
      const c = await createStoreCustomer(api, seed.publishableKey)
      const cart = await createCart(api, c.headers, seed.regionId, c.email)
      const join =
        "campaign_id" in target
          ? await api.post(
              `/store/group-buy/campaigns/${target.campaign_id}/open`,
              { cart_id: cart.id, variant_id: tomato.variantId, quantity, pickup_point_id: target.pickup_point_id },
              c.headers
            )
          : await api.post(`/store/group-buy/groups/${target.group_id}/join`, { cart_id: cart.id, variant_id: tomato.variantId, quantity }, c.headers)
      await api.post(`/store/carts/${cart.id}/pickup`, { pickup_point_id: collectAt, ...HOME }, c.headers)
      await addPayment(api, c.headers, cart.id)
      const res = await complete(api, c.headers, cart.id)
      return { customer: c, join: join.data, res, order: res.data?.order as { id: string; total: number } }
    }

    it("two pickup points, cutoff passes: one point's batch reaches the minimum and succeeds, the other fails and refunds", async () => {
      // Tiers in quantity: 3 → ¥15.90 (the minimum), 5 → ¥14.90. Daily cutoff 22:00 (Asia/Shanghai).
      const campaign = await createCampaign(api, admin, tomato, {
        title: "寿光番茄 社区团购",
        kind: "community",
        group_lifetime_hours: null,
        cutoff_time: "22:00",
        max_per_group: 50,
        tiers: [
          { currency_code: "cny", threshold: 3, price: 15.9 },
          { currency_code: "cny", threshold: 5, price: 14.9 },
        ],
      })
      const publishable = storeHeaders(seed.publishableKey)
      const listed = await api.get(`/store/group-buy/campaigns?kind=community&latitude=${HOME.latitude}&longitude=${HOME.longitude}`, publishable)
      const listedCampaign = listed.data.campaigns.find((c: any) => c.id === campaign.id)
      expect(listedCampaign.pickup_points.map((p: any) => p.id)).toEqual(expect.arrayContaining([pt1, pt2]))
      expect(listedCampaign.groups).toEqual([])

      // Point 1: 2 units (below the minimum → ¥15.90), then 3 more (5 in all → ¥14.90): the batch succeeds.
      let joined = waitFor(getContainer(), "group_buy.member_joined")
      const a = await order({ campaign_id: campaign.id, pickup_point_id: pt1 }, 2, pt1)
      expect(a.join.group_buy).toMatchObject({ unit_price: 15.9, pickup_point_id: pt1, group_id: null })
      expect(a.res.data.type).toBe("order")
      await joined
      const [groupAtPt1] = await sql(getContainer(), `SELECT id, cutoff_day, expires_at, leader_id FROM group_buy_group WHERE campaign_id = ? AND pickup_point_id = ?`, [campaign.id, pt1])
      const near = await api.get(`/store/group-buy/campaigns/${campaign.id}?latitude=${HOME.latitude}&longitude=${HOME.longitude}`, publishable)
      expect(near.data.campaign.groups).toEqual([
        expect.objectContaining({ id: groupAtPt1.id, pickup_point_id: pt1, quantity: 2, needed_to_succeed: 1, status: "open" }),
      ])
      const far = await api.get(`/store/group-buy/campaigns/${campaign.id}?latitude=39.9042&longitude=116.4074`, publishable)
      expect(far.data.campaign.groups).toEqual([]) // no point serves Beijing

      const succeeded = waitFor(getContainer(), "group_buy.succeeded")
      const b = await order({ group_id: groupAtPt1.id }, 3, pt1)
      expect(b.join.group_buy).toMatchObject({ unit_price: 14.9, tier_threshold: 5 })
      expect(b.res.data.type).toBe("order")
      await succeeded
      for (const o of [a.order, b.order]) {
        const p = await paymentOf(getContainer(), o.id)
        expect(p.captured).toBe(p.amount)
      }

      // A cart collected at point 2 cannot join point 1's batch.
      const wrong = await order({ group_id: groupAtPt1.id }, 1, pt2)
      expect([wrong.res.status, wrong.res.data.code]).toEqual([400, "pickup_point_mismatch"])

      // Point 2: 1 unit only, below the minimum of 3.
      joined = waitFor(getContainer(), "group_buy.member_joined")
      const c = await order({ campaign_id: campaign.id, pickup_point_id: pt2 }, 1, pt2)
      expect(c.res.data.type).toBe("order")
      await joined
      const [groupAtPt2] = await sql(getContainer(), `SELECT id, expires_at FROM group_buy_group WHERE campaign_id = ? AND pickup_point_id = ?`, [campaign.id, pt2])
      expect(new Date(groupAtPt2.expires_at)).toEqual(new Date(groupAtPt1.expires_at)) // the same daily cutoff
      expect(new Date(groupAtPt1.expires_at).getTime() - Date.now()).toBeLessThanOrEqual(DAY)

      // Point 2's order has no pickup code while its batch has not succeeded; even with one forced onto it, the
      // verification refuses to hand the goods over.
      const pickupModule = getContainer().resolve<PickupModuleService>(PICKUP_MODULE)
      const [pending2] = await pickupModule.listPickupOrders({ order_id: c.order.id })
      expect((await api.get(`/store/orders/${c.order.id}/pickup`, c.customer.headers)).data.pickup.code ?? null).toBeNull()
      expect(await pickupModule.issueCode(pending2.id)).toBe(true)
      const forced = (await api.get(`/store/orders/${c.order.id}/pickup`, c.customer.headers)).data.pickup.code
      const refusedPickup = await api.post("/admin/pickup-codes/verify", { code: forced }, admin).catch((e: any) => e.response)
      expect([refusedPickup.status, refusedPickup.data.code]).toEqual([400, "group_not_succeeded"])
      await pickupModule.withdrawCode(pending2.id)

      // The cutoff passes.
      const failed = waitFor(getContainer(), "group_buy.failed")
      const run = await runExpiry(getContainer(), new Date(new Date(groupAtPt1.expires_at).getTime() + 60_000))
      expect(run).toMatchObject({ groups: 2, closed: 1, failed: 1, protections: 1, refunds: 1, member_errors: 0 })
      await failed

      // Point 1 closes at the 5-unit price ¥14.90: A paid ¥15.90 for 2 units and gets (15.90 − 14.90) × 2 = ¥2.00 back.
      const [closed] = await sql(getContainer(), `SELECT status, final_unit_price::text AS p, confirmed_quantity FROM group_buy_group WHERE id = ?`, [groupAtPt1.id])
      expect(closed).toMatchObject({ status: "closed", p: "14.9", confirmed_quantity: 5 })
      expect(await paymentOf(getContainer(), a.order.id)).toMatchObject({ refunded: 2 })
      expect(await paymentOf(getContainer(), b.order.id)).toMatchObject({ refunded: 0 })
      const rows = await members(getContainer(), groupAtPt1.id)
      expect(rows.map((m) => [m.quantity, m.protection_amount, m.refunded_amount])).toEqual([
        [2, "2", "2"],
        [3, null, "0"],
      ])
      // Point 2 fails: its order is canceled and the authorization voided.
      expect(await orderStatus(getContainer(), c.order.id)).toBe("canceled")
      expect(await paymentOf(getContainer(), c.order.id)).toMatchObject({ canceled: true, captured: 0 })
      const [m2] = await members(getContainer(), groupAtPt2.id)
      expect(m2.status).toBe("canceled")

      // The pickup domain made point 1's orders collectable (codes) once the batch succeeded; not point 2's.
      const pickup = getContainer().resolve<PickupModuleService>(PICKUP_MODULE)
      const pickups = await pickup.listPickupOrders({ order_id: [a.order.id, b.order.id] })
      expect(pickups.map((p) => p.status)).toEqual(["collectable", "collectable"])
      const [p2] = await pickup.listPickupOrders({ order_id: c.order.id })
      expect(p2?.status).not.toBe("collectable")

      // The cutoff produced one delivery batch, point 1's, on the next store day, with its SKU totals (2 + 3 units of
      // tomatoes in two orders); point 2's failed batch has none.
      const nextDay = addStoreDays(storeDay(new Date(groupAtPt1.expires_at)), 1)
      const batches = await api.get(`/admin/delivery-batches?delivery_date=${nextDay}`, admin)
      const ours = batches.data.delivery_batches.filter((b: any) => b.pickup_point.id === pt1 || b.pickup_point.id === pt2)
      expect(ours.map((b: any) => [b.pickup_point.id, b.order_count])).toEqual([[pt1, 2]])
      const batch = await api.get(`/admin/delivery-batches/${ours[0].id}`, admin)
      expect(batch.data.delivery_batch.pick_list.map((l: any) => [l.sku, l.quantity, l.orders])).toEqual([["FP-TOMATO-1.5KG", 5, 2]])

      // Operators filter groups by pickup point.
      const atPt2 = await api.get(`/admin/group-buy/groups?pickup_point_id=${pt2}`, admin)
      expect(atPt2.data.groups).toEqual([expect.objectContaining({ id: groupAtPt2.id, status: "failed", kind: "community" })])
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { notifyCustomer } from "../../../src/lib/notify"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { notifyOrderStatus } from "../../../src/workflows/messaging/order-status"
import { remindExpiringCoupons, remindExpiringPoints } from "../../../src/workflows/messaging/reminders"
import { createAdminUser, createStoreCustomer, type Headers } from "../../helpers/auth"
import { buyVariant } from "../../helpers/checkout"
import { seedDemo } from "../../helpers/seed"
import { failure, variantIdsBySku, withoutSeededRegisterGifts } from "../coupons/fixtures"
import { grantPoints, sql } from "../loyalty/fixtures"
import { afterSubscribers, notificationsOf } from "./fixtures"

jest.setTimeout(300 * 1000)

const DAY = 24 * 3600 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let variants: Record<string, string>
    let admin: Headers

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
      variants = await variantIdsBySku(getContainer())
      await withoutSeededRegisterGifts(getContainer())
    })

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer(), api)).headers
    })

    const customer = () => createStoreCustomer(api, seed.publishableKey)
    const setPrefs = (h: Headers, body: Record<string, unknown>) => api.post("/store/notifications/preferences", body, h)

    it("keeps preferences per customer: optional categories switch off, transactional ones cannot, concurrent saves keep one row", async () => {
      const a = await customer()
      const b = await customer()
      const initial = (await api.get("/store/notifications/preferences", a.headers)).data.preferences
      expect(initial.language).toBeNull()
      expect(initial.categories).toEqual(
        expect.arrayContaining([
          { category: "order_status", optional: false, enabled: true },
          { category: "pickup", optional: false, enabled: true },
          { category: "account", optional: false, enabled: true },
          { category: "group_updates", optional: true, enabled: true },
          { category: "coupons_points", optional: true, enabled: true },
        ])
      )

      const saved = (await setPrefs(a.headers, { language: "en", categories: { group_updates: false, marketing: false } })).data.preferences
      expect(saved.language).toBe("en")
      const enabled = Object.fromEntries(saved.categories.map((c: any) => [c.category, c.enabled]))
      expect(enabled).toMatchObject({ group_updates: false, marketing: false, coupons_points: true, order_status: true })
      // Only what is given changes.
      const again = (await setPrefs(a.headers, { categories: { marketing: true } })).data.preferences
      expect(again.language).toBe("en")
      expect(Object.fromEntries(again.categories.map((c: any) => [c.category, c.enabled]))).toMatchObject({ group_updates: false, marketing: true })

      const forced = await failure(setPrefs(a.headers, { categories: { order_status: false } }))
      expect([forced.status, forced.data.code]).toEqual([400, "category_not_optional"])
      const unknown = await failure(setPrefs(a.headers, { categories: { spam: false } }))
      expect([unknown.status, unknown.data.code]).toEqual([400, "invalid_data"])
      const badLanguage = await failure(setPrefs(a.headers, { language: "fr" }))
      expect([badLanguage.status, badLanguage.data.code]).toEqual([400, "invalid_data"])
      const anonymous = await failure(api.get("/store/notifications/preferences", { headers: { "x-publishable-api-key": seed.publishableKey } }))
      expect(anonymous.status).toBe(401)

      // B is untouched by A's choices.
      const other = (await api.get("/store/notifications/preferences", b.headers)).data.preferences
      expect(other.language).toBeNull()
      expect(other.categories.every((c: any) => c.enabled)).toBe(true)

      // Ten concurrent first saves by B: one row.
      await Promise.all(Array.from({ length: 10 }, (_, i) => setPrefs(b.headers, { categories: { marketing: i % 2 === 0 } })))
      const rows = await sql(getContainer(), "SELECT count(*)::int AS n FROM messaging_preference WHERE customer_id = ?", [b.customer.id])
      expect(rows[0].n).toBe(1)
    })

    it("tells the customer an order was placed and canceled, in their language, once per order, and lists it in their inbox", async () => {
      const c = await customer()
      const placed = afterSubscribers(getContainer(), "order.placed")
      const order = await buyVariant(api, c.headers, { regionId: seed.regionId, variantId: variants["FP-APPLE-2.5KG"], email: c.email })
      await placed
      const [first] = await notificationsOf(getContainer(), c.customer.id, "order.placed")
      expect(first).toMatchObject({ to: c.email, channel: "feed", template: "order.placed", resource_type: "order", resource_id: order.id })
      // No language saved, no metadata, the order has no locale: zh-CN.
      expect(first.data.message).toMatchObject({ language: "zh-CN", category: "order_status", subject: "订单已提交" })
      expect(first.data.message.text).toContain(`#${order.display_id}`)
      expect(first.data.message.text).toContain("烟台红富士苹果")

      // A replayed event sends nothing twice.
      await notifyOrderStatus(getContainer(), order.id, "order.placed")
      expect(await notificationsOf(getContainer(), c.customer.id, "order.placed")).toHaveLength(1)

      // The customer switches to English: the cancellation comes in English.
      await setPrefs(c.headers, { language: "en" })
      const canceled = afterSubscribers(getContainer(), "order.canceled")
      await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
      await canceled
      const [cancel] = await notificationsOf(getContainer(), c.customer.id, "order.canceled")
      expect(cancel.data.message).toMatchObject({ language: "en", subject: "Order canceled" })

      const inbox = (await api.get("/store/notifications?limit=10", c.headers)).data
      expect(inbox.count).toBeGreaterThanOrEqual(2)
      expect(inbox.notifications.map((n: any) => n.template)).toEqual(expect.arrayContaining(["order.placed", "order.canceled"]))
      expect(inbox.notifications[0]).toMatchObject({ template: "order.canceled", subject: "Order canceled", category: "order_status" })
      // Nobody else sees it.
      const other = await customer()
      const otherInbox = (await api.get("/store/notifications", other.headers)).data
      expect(otherInbox.notifications.map((n: any) => n.resource_id)).not.toContain(order.id)
    })

    it("tells the customer about each shipment with its tracking number, the delivery and the completed order", async () => {
      const c = await customer()
      const order = await buyVariant(api, c.headers, { regionId: seed.regionId, variantId: variants["FP-TOMATO-500G"], quantity: 2, email: c.email })
      const full = (await api.get(`/admin/orders/${order.id}?fields=*items`, admin)).data.order
      const items = full.items.map((i: any) => ({ id: i.id, quantity: i.quantity }))
      const fulfilled = await api.post(`/admin/orders/${order.id}/fulfillments?fields=*fulfillments`, { items, location_id: seed.stockLocationId }, admin)
      const fulfillmentId = fulfilled.data.order.fulfillments[0].id
      const shipped = afterSubscribers(getContainer(), "shipment.created")
      await api.post(
        `/admin/orders/${order.id}/fulfillments/${fulfillmentId}/shipments`,
        { items, labels: [{ tracking_number: "SF1234567890", tracking_url: "https://example.com/t", label_url: "https://example.com/l" }] },
        admin
      )
      await shipped
      const [ship] = await notificationsOf(getContainer(), c.customer.id, "order.shipped")
      expect(ship.data).toMatchObject({ fulfillment_id: fulfillmentId, tracking_numbers: ["SF1234567890"] })
      expect(ship.data.message.text).toContain("SF1234567890")

      const delivered = afterSubscribers(getContainer(), "delivery.created")
      await api.post(`/admin/orders/${order.id}/fulfillments/${fulfillmentId}/mark-as-delivered`, {}, admin)
      await delivered
      expect(await notificationsOf(getContainer(), c.customer.id, "order.delivered")).toHaveLength(1)

      const completed = afterSubscribers(getContainer(), "order.completed")
      await api.post(`/admin/orders/${order.id}/complete`, {}, admin)
      await completed
      const [done] = await notificationsOf(getContainer(), c.customer.id, "order.completed")
      expect(done.data.message.subject).toBe("订单已完成")
    })

    it("sends nothing in a category the customer switched off, and still sends transactional ones", async () => {
      const optedOut = await customer()
      const subscribed = await customer()
      await setPrefs(optedOut.headers, { categories: { coupons_points: false, group_updates: false } })
      const template = seed.couponTemplateIds["spend-99"]

      // An operator issues a coupon to both (coupon.claimed → coupon.issued, category coupons_points).
      const issued = afterSubscribers(getContainer(), "coupon.claimed", 2)
      await api.post(`/admin/coupons/templates/${template}/issue`, { customer_id: optedOut.customer.id }, admin)
      await api.post(`/admin/coupons/templates/${template}/issue`, { customer_id: subscribed.customer.id }, admin)
      await issued
      expect(await notificationsOf(getContainer(), optedOut.customer.id, "coupon.issued")).toHaveLength(0)
      const [couponNote] = await notificationsOf(getContainer(), subscribed.customer.id, "coupon.issued")
      // The message names the coupon (the seeded "spend-99" template), in the customer's language (zh-CN here).
      expect(couponNote.data.message.text).toContain("「满99减15」")

      // Group updates are off, a failed group (the order is canceled, money goes back) is transactional.
      const groupData = { group_id: "gbgrp_test", campaign_title: "西瓜3人团", amount: 19.9, currency_code: "cny" }
      const skipped = await notifyCustomer(getContainer(), {
        to: optedOut.email,
        template: "group_buy.succeeded",
        data: groupData,
        idempotencyKey: `group_buy.succeeded:test:${optedOut.customer.id}`,
        customerId: optedOut.customer.id,
      })
      expect(skipped).toEqual({ sent: false, template: "group_buy.succeeded", reason: "opted_out", category: "group_updates" })
      const failed = await notifyCustomer(getContainer(), {
        to: optedOut.email,
        template: "group_buy.failed",
        data: groupData,
        idempotencyKey: `group_buy.failed:test:${optedOut.customer.id}`,
        customerId: optedOut.customer.id,
      })
      expect(failed).toMatchObject({ sent: true, category: "order_status" })
      expect(await notificationsOf(getContainer(), optedOut.customer.id, "group_buy.succeeded")).toHaveLength(0)
      const [fail] = await notificationsOf(getContainer(), optedOut.customer.id, "group_buy.failed")
      expect(fail.data.message.text).toContain("¥19.90")

      // An order is transactional too: it is sent whatever was switched off.
      const placed = afterSubscribers(getContainer(), "order.placed")
      await buyVariant(api, optedOut.headers, { regionId: seed.regionId, variantId: variants["FP-APPLE-2.5KG"], email: optedOut.email })
      await placed
      expect(await notificationsOf(getContainer(), optedOut.customer.id, "order.placed")).toHaveLength(1)
    })

    it("sends the group-success message with its template, in the customer's language", async () => {
      const zh = await customer()
      const en = await customer()
      await setPrefs(en.headers, { language: "en" })
      // A customer without a saved language but with metadata.locale set by the storefront.
      const meta = await customer()
      await api.post("/store/customers/me", { metadata: { locale: "en-US" } }, meta.headers)
      for (const c of [zh, en, meta]) {
        await notifyCustomer(getContainer(), {
          to: c.email,
          template: "group_buy.succeeded",
          data: { id: "gbgrp_1", group_id: "gbgrp_1", campaign_title: "三亚麒麟西瓜 3人团", display_id: 7 },
          idempotencyKey: `group_buy.succeeded:gbmem_${c.customer.id}`,
          resourceType: "group_buy_group",
          resourceId: "gbgrp_1",
          customerId: c.customer.id,
        })
      }
      const [zhMsg] = await notificationsOf(getContainer(), zh.customer.id, "group_buy.succeeded")
      expect(zhMsg.data.message).toMatchObject({ language: "zh-CN", category: "group_updates", subject: "拼团成功" })
      expect(zhMsg.data.message.text).toBe("您参加的「三亚麒麟西瓜 3人团」已成团！我们会尽快为您备货（订单 #7）。")
      const [enMsg] = await notificationsOf(getContainer(), en.customer.id, "group_buy.succeeded")
      expect(enMsg.data.message).toMatchObject({ language: "en", subject: "Your group succeeded" })
      const [metaMsg] = await notificationsOf(getContainer(), meta.customer.id, "group_buy.succeeded")
      expect(metaMsg.data.message.language).toBe("en")
    })

    it("reminds of coupons and points about to expire once per coupon and lot, also when runs race", async () => {
      const c = await customer()
      const optedOut = await customer()
      await setPrefs(optedOut.headers, { categories: { coupons_points: false } })
      // An operator issues both a "满99减15" coupon, valid 3 days from issuing.
      const template = seed.couponTemplateIds["spend-99"]
      for (const who of [c, optedOut]) {
        await api.post(`/admin/coupons/templates/${template}/issue`, { customer_id: who.customer.id }, admin)
      }
      const [welcome] = await sql(getContainer(), "SELECT id, expires_at FROM coupon_claim WHERE customer_id = ? AND deleted_at IS NULL", [c.customer.id])
      const expiresAt = new Date(welcome.expires_at)

      // 4 days before expiry: outside the 3-day window, nothing.
      const early = await remindExpiringCoupons(getContainer(), { now: new Date(expiresAt.getTime() - 4 * DAY) })
      expect(early.reminded).toBe(0)
      // 2 days before: three runs at once remind each coupon once.
      const now = new Date(expiresAt.getTime() - 2 * DAY)
      const runs = await Promise.all([1, 2, 3].map(() => remindExpiringCoupons(getContainer(), { now })))
      expect(runs.reduce((s, r) => s + r.reminded, 0)).toBe(1 + 0) // c's welcome coupon; optedOut's is skipped
      expect(runs.reduce((s, r) => s + r.skipped, 0)).toBe(1)
      const again = await remindExpiringCoupons(getContainer(), { now: new Date(now.getTime() + DAY) })
      expect(again.reminded + again.skipped).toBe(0)
      const [reminder] = await notificationsOf(getContainer(), c.customer.id, "coupon.expiring_soon")
      expect(reminder.data).toMatchObject({ count: 1, claim_ids: [welcome.id], coupon_names: ["满99减15"], coupon_names_en: ["¥15 off ¥99"] })
      expect(await notificationsOf(getContainer(), c.customer.id, "coupon.expiring_soon")).toHaveLength(1)
      expect(await notificationsOf(getContainer(), optedOut.customer.id, "coupon.expiring_soon")).toHaveLength(0)

      // Points: two lots of 300 and 50 granted now expire in 12 months.
      await grantPoints(api, admin, c.customer.id, 300)
      await grantPoints(api, admin, c.customer.id, 50)
      const lots = await sql(getContainer(), "SELECT id, expires_at FROM loyalty_lot WHERE customer_id = ? ORDER BY id", [c.customer.id])
      expect(lots).toHaveLength(2)
      const lotExpiry = new Date(Math.min(...lots.map((l) => new Date(l.expires_at).getTime())))
      const pointsNow = new Date(lotExpiry.getTime() - 5 * DAY)
      const pointRuns = await Promise.all([1, 2].map(() => remindExpiringPoints(getContainer(), { now: pointsNow })))
      expect(pointRuns.reduce((s, r) => s + r.reminded, 0)).toBe(2) // two lots, one message
      const [points] = await notificationsOf(getContainer(), c.customer.id, "points.expiring_soon")
      expect(points.data).toMatchObject({ points: 350 })
      expect(points.data.lot_ids.sort()).toEqual(lots.map((l) => l.id).sort())
      expect((await remindExpiringPoints(getContainer(), { now: pointsNow })).reminded).toBe(0)
      expect(await notificationsOf(getContainer(), c.customer.id, "points.expiring_soon")).toHaveLength(1)
    })
  },
})

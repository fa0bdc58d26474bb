import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PICKUP_MODULE } from "../../../src/modules/pickup"
import type PickupModuleService from "../../../src/modules/pickup/service"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { createAdminUser, createStoreCustomer, storeHeaders, type Headers } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import { productIdsByHandle } from "../catalog/fixtures"
import { failure, variantIdsBySku, withoutSeededRegisterGifts } from "../coupons/fixtures"
import { approvedLeader } from "../leaders/helpers"
import { sql } from "../loyalty/fixtures"
import { afterSubscribers, notificationsOf } from "../notifications/fixtures"
import { complete, orderedLine, review } from "./fixtures"

jest.setTimeout(300 * 1000)

const XSS = `<script>alert("x")</script> 很好吃 & 'fresh'`
const XSS_ENCODED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; 很好吃 &amp; &#39;fresh&#39;"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let variants: Record<string, string>
    let products: Record<string, string>
    let admin: Headers

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
      variants = await variantIdsBySku(getContainer())
      products = await productIdsByHandle(getContainer())
      await withoutSeededRegisterGifts(getContainer())
    })

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer(), api)).headers
    })

    const customer = () => createStoreCustomer(api, seed.publishableKey, { first_name: "小明", last_name: "王" })
    const shopper = () => storeHeaders(seed.publishableKey)

    it("lets only the customer who received the order review a line, once, also when the same line is posted six times at once", async () => {
      const c = await customer()
      const other = await customer()
      const { order, line } = await orderedLine(api, c, seed.regionId, variants["FP-APPLE-2.5KG"])
      const body = { order_id: order.id, line_item_id: line.id, rating: 5, text: "脆甜" }

      const early = await failure(review(api, c.headers, body))
      expect([early.status, early.data.code]).toEqual([400, "order_not_received"])
      const reviewable = (await api.get("/store/reviews/reviewable", c.headers)).data
      expect(reviewable.lines).toEqual([])

      await complete(api, admin, order.id)
      expect((await api.get("/store/reviews/reviewable", c.headers)).data.lines).toEqual([
        expect.objectContaining({ order_id: order.id, line_item_id: line.id, product_id: products["yantai-fuji-apple"] }),
      ])
      const stranger = await failure(review(api, other.headers, body))
      expect([stranger.status, stranger.data.code]).toEqual([404, "order_not_found"])
      const wrongLine = await failure(review(api, c.headers, { ...body, line_item_id: "ordli_missing" }))
      expect([wrongLine.status, wrongLine.data.code]).toEqual([404, "line_not_found"])
      const anonymous = await failure(api.post("/store/reviews", body, shopper()))
      expect(anonymous.status).toBe(401)

      const results = await Promise.allSettled(Array.from({ length: 6 }, () => review(api, c.headers, body)))
      const created = results.filter((r): r is PromiseFulfilledResult<any> => r.status === "fulfilled")
      expect(created).toHaveLength(1)
      expect(created[0].value.status).toBe(201)
      expect(created[0].value.data.review).toMatchObject({
        status: "pending",
        rating: 5,
        text: "脆甜",
        author_name: "王**",
        product_id: products["yantai-fuji-apple"],
        line_item_id: line.id,
      })
      const refusals = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => [r.reason.response.status, r.reason.response.data.code])
      expect(refusals).toEqual(Array(5).fill([409, "review_exists"]))
      const rows = await sql(getContainer(), "SELECT count(*)::int AS n FROM product_review WHERE line_item_id = ?", [line.id])
      expect(rows[0].n).toBe(1)

      // Reviewed lines leave the to-review list; my reviews show the pending one.
      expect((await api.get("/store/reviews/reviewable", c.headers)).data.lines).toEqual([])
      const mine = (await api.get("/store/reviews/me", c.headers)).data
      expect(mine.reviews.map((r: any) => [r.line_item_id, r.status])).toEqual([[line.id, "pending"]])
      // Pending reviews are not public.
      const pub = (await api.get(`/store/reviews?product_id=${products["yantai-fuji-apple"]}`, shopper())).data
      expect([pub.count, pub.rating.count]).toEqual([0, 0])
    })

    it("counts a pickup order picked up at the point as received, even before the order is completed", async () => {
      const c = await customer()
      const { order, line } = await orderedLine(api, c, seed.regionId, variants["FP-TOMATO-500G"])
      const pickups = getContainer().resolve<PickupModuleService>(PICKUP_MODULE)
      const [pickup] = await pickups.createPickupOrders([
        {
          order_id: order.id,
          pickup_point_id: Object.values(seed.pickupPointIds)[0],
          customer_id: c.customer.id,
          status: "collectable",
          code_hash: `test-${order.id}`,
        },
      ])
      const body = { order_id: order.id, line_item_id: line.id, rating: 4 }
      expect((await failure(review(api, c.headers, body))).data.code).toBe("order_not_received")
      await pickups.updatePickupOrders({ id: pickup.id, status: "picked_up", picked_up_at: new Date(), picked_up_by: "user_leader", picked_up_by_kind: "leader" })
      expect((await review(api, c.headers, body)).status).toBe(201)
    })

    it("stores review text as given and returns it HTML-encoded from every API", async () => {
      const c = await createStoreCustomer(api, seed.publishableKey, { first_name: "<b>Eve</b>", last_name: "" })
      const { order, line } = await orderedLine(api, c, seed.regionId, variants["FP-WMELON-1"])
      await complete(api, admin, order.id)
      const created = (await review(api, c.headers, { order_id: order.id, line_item_id: line.id, rating: 5, text: XSS })).data.review
      expect(created.text).toBe(XSS_ENCODED)
      expect(created.author_name).toBe("&lt;**")
      const [stored] = await sql(getContainer(), "SELECT text, author_name FROM product_review WHERE id = ?", [created.id])
      expect(stored).toEqual({ text: XSS, author_name: "<**" })

      const moderated = (await api.post(`/admin/reviews/${created.id}`, { status: "approved", reply: "<img src=x onerror=alert(1)>谢谢" }, admin)).data.review
      expect(moderated).toMatchObject({ text: XSS_ENCODED, reply: "&lt;img src=x onerror=alert(1)&gt;谢谢", status: "approved" })

      const productId = products["sanya-mini-watermelon"]
      const everywhere = [
        (await api.get(`/store/reviews?product_id=${productId}`, shopper())).data.reviews[0],
        (await api.get("/store/reviews/me", c.headers)).data.reviews[0],
        (await api.get(`/store/catalog/products/${productId}`, shopper())).data.recent_reviews[0],
        (await api.get(`/admin/reviews?product_id=${productId}`, admin)).data.reviews[0],
      ]
      for (const r of everywhere) {
        expect(r.text).toBe(XSS_ENCODED)
        expect(r.reply).toBe("&lt;img src=x onerror=alert(1)&gt;谢谢")
        expect(JSON.stringify(r)).not.toMatch(/<script|<img|<b>/)
      }
    })

    it("validates rating, text and image URLs", async () => {
      const c = await customer()
      const { order, line } = await orderedLine(api, c, seed.regionId, variants["FP-POMELO-1"])
      await complete(api, admin, order.id)
      const base = { order_id: order.id, line_item_id: line.id, rating: 5 }
      for (const bad of [
        { ...base, rating: 0 },
        { ...base, rating: 6 },
        { ...base, rating: 4.5 },
        { ...base, text: "x".repeat(2001) },
        { ...base, images: ["javascript:alert(1)"] },
        { ...base, images: ['https://cdn.example.com/a.jpg" onerror="alert(1)'] },
        { ...base, images: ["https://cdn.example.com/<a>.jpg"] },
        { ...base, images: Array.from({ length: 10 }, (_, i) => `https://cdn.example.com/${i}.jpg`) },
        { ...base, extra: true },
      ]) {
        const res = await failure(review(api, c.headers, bad))
        expect([JSON.stringify(bad).slice(0, 60), res.status, res.data.code]).toEqual([JSON.stringify(bad).slice(0, 60), 400, "invalid_data"])
      }
      const ok = await review(api, c.headers, { ...base, images: ["https://cdn.example.com/pomelo%201.jpg?w=400&h=300"] })
      expect(ok.data.review.images).toEqual(["https://cdn.example.com/pomelo%201.jpg?w=400&h=300"])
    })

    it("lets operators approve, hide and reply; the rating follows; the author hears of the reply; leaders and role-less users are refused", async () => {
      const productId = products["wuchang-rice"]
      const ratings = [5, 4, 2]
      const ids: string[] = []
      const customers: Awaited<ReturnType<typeof customer>>[] = []
      for (const rating of ratings) {
        const c = await customer()
        customers.push(c)
        const { order, line } = await orderedLine(api, c, seed.regionId, variants["RO-RICE-5KG"])
        await complete(api, admin, order.id)
        ids.push((await review(api, c.headers, { order_id: order.id, line_item_id: line.id, rating, text: `${rating} 星` })).data.review.id)
      }
      // Approving all three at once (twice each) counts each once.
      await Promise.all(ids.flatMap((id) => [api.post(`/admin/reviews/${id}`, { status: "approved" }, admin), api.post(`/admin/reviews/${id}`, { status: "approved" }, admin)]))
      let pub = (await api.get(`/store/reviews?product_id=${productId}`, shopper())).data
      expect(pub.rating).toMatchObject({ count: 3, average: 3.7, stars: { "5": 1, "4": 1, "2": 1 } }) // 11 / 3 = 3.67
      expect((await api.get(`/store/catalog/products?q=五常`, shopper())).data.products[0].rating).toEqual({ average: 3.7, count: 3 })

      await api.post(`/admin/reviews/${ids[2]}`, { status: "hidden" }, admin)
      pub = (await api.get(`/store/reviews?product_id=${productId}&rating=2`, shopper())).data
      expect([pub.count, pub.rating.count, pub.rating.average]).toEqual([0, 2, 4.5]) // (5 + 4) / 2
      expect((await api.get(`/admin/reviews?product_id=${productId}&status=hidden`, admin)).data.reviews.map((r: any) => r.id)).toEqual([ids[2]])

      const replied = afterSubscribers(getContainer(), "review.replied")
      await api.post(`/admin/reviews/${ids[0]}`, { reply: "感谢支持，欢迎再来" }, admin)
      await replied
      const [message] = await notificationsOf(getContainer(), customers[0].customer.id, "review.replied")
      expect(message.data.message).toMatchObject({ category: "community", subject: "商家回复了您的评价" })
      expect(message.data.message.text).toContain("感谢支持，欢迎再来")
      expect((await api.get(`/store/reviews?product_id=${productId}`, shopper())).data.reviews.find((r: any) => r.id === ids[0]).reply).toBe("感谢支持，欢迎再来")

      const empty = await failure(api.post(`/admin/reviews/${ids[0]}`, {}, admin))
      expect([empty.status, empty.data.code]).toEqual([400, "invalid_data"])
      const pendingBack = await failure(api.post(`/admin/reviews/${ids[0]}`, { status: "pending" }, admin))
      expect(pendingBack.status).toBe(400)
      const missing = await failure(api.post("/admin/reviews/prev_missing", { status: "approved" }, admin))
      expect([missing.status, missing.data.code]).toEqual([404, "review_not_found"])

      // A user without a role, and a leader, may not moderate; an operations user may.
      const nobody = await createAdminUser(getContainer(), api, { roles: [] })
      expect((await failure(api.get("/admin/reviews", nobody.headers))).status).toBe(403)
      const leader = await approvedLeader(api, seed.publishableKey, admin)
      const confined = await failure(api.post(`/admin/reviews/${ids[1]}`, { status: "hidden" }, leader.adminHeaders))
      expect([confined.status, confined.data.code]).toEqual([403, "leader_confined"])
      const ops = await createAdminUser(getContainer(), api, { roles: [seed.roleIds.operations] })
      expect((await api.post(`/admin/reviews/${ids[1]}`, { status: "hidden" }, ops.headers)).data.review.status).toBe("hidden")
      expect((await api.get(`/store/reviews?product_id=${productId}`, shopper())).data.rating).toMatchObject({ count: 1, average: 5 })
    })
  },
})

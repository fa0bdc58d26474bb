import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { COUPON_MODULE } from "../../../src/modules/coupon"
import type CouponModuleService from "../../../src/modules/coupon/service"
import { GROUP_BUY_MODULE } from "../../../src/modules/group-buy"
import type GroupBuyModuleService from "../../../src/modules/group-buy/service"
import { loyaltyService } from "../../../src/workflows/loyalty/utils/loyalty-service"
import { createAdminUser, createStoreCustomer, storeHeaders } from "../../helpers/auth"
import { buyVariant } from "../../helpers/checkout"
import { seedDemo } from "../../helpers/seed"
import { variantIdsBySku } from "../coupons/fixtures"
import { pickupCheckout } from "../pickup-orders/helpers"
import { failure, sql } from "./fixtures"

jest.setTimeout(300 * 1000)

// 文三路社区自提点 (HZ-XH-01) in data/pickup-points.json, and a place within its 3 km.
const WENSAN = { latitude: 30.2775, longitude: 120.1305 }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let variants: Record<string, string>

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
      variants = await variantIdsBySku(getContainer())
    })

    const product = (handle: string) => seed.productIds[handle]
    const customer = () => createStoreCustomer(api, seed.publishableKey)

    describe("favourites", () => {
      it("adds once (201, then 200), lists newest first with the product, removes; another customer sees and removes nothing", async () => {
        const a = await customer()
        const b = await customer()
        const melon = product("sanya-mini-watermelon")
        const apple = product("yantai-fuji-apple")
        const added = await api.post("/store/me/favorites", { product_id: melon }, a.headers)
        expect(added.status).toBe(201)
        expect(added.data.favorite).toMatchObject({ product_id: melon, product: { id: melon, title: "三亚麒麟西瓜", status: "published" } })
        expect((await api.post("/store/me/favorites", { product_id: melon }, a.headers)).status).toBe(200)
        await api.post("/store/me/favorites", { product_id: apple }, a.headers)

        const list = await api.get("/store/me/favorites", a.headers)
        expect(list.data).toMatchObject({ count: 2, offset: 0, limit: 20 })
        expect(list.data.favorites.map((f: any) => f.product_id)).toEqual([apple, melon])
        const english = await api.get("/store/me/favorites?locale=en-US", a.headers)
        expect(english.data.favorites[1].product.title).toBe("Sanya Qilin watermelon")
        const hearts = await api.get(`/store/me/favorites?product_id=${melon},${product("free-range-eggs")}`, a.headers)
        expect(hearts.data.favorites.map((f: any) => f.product_id)).toEqual([melon])

        // B sees none of A's and cannot remove them.
        expect((await api.get("/store/me/favorites", b.headers)).data).toMatchObject({ favorites: [], count: 0 })
        expect((await api.delete(`/store/me/favorites/${melon}`, b.headers)).data).toEqual({ product_id: melon, object: "favorite", deleted: false })
        expect((await api.get("/store/me/favorites", a.headers)).data.count).toBe(2)

        expect((await api.delete(`/store/me/favorites/${melon}`, a.headers)).data.deleted).toBe(true)
        expect((await api.get("/store/me/favorites", a.headers)).data.favorites.map((f: any) => f.product_id)).toEqual([apple])
      })

      it("keeps one row when the same favourite is added 10 times at once", async () => {
        const a = await customer()
        const results = await Promise.all(
          Array.from({ length: 10 }, () => api.post("/store/me/favorites", { product_id: product("yantai-fuji-apple") }, a.headers))
        )
        expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201])
        const rows = await sql(getContainer(), "SELECT id FROM account_favorite WHERE customer_id = ?", [a.customer.id])
        expect(rows).toHaveLength(1)
      })

      it("refuses unknown or unpublished products, bad input and anonymous calls with stable codes", async () => {
        const a = await customer()
        const missing = await failure(api.post("/store/me/favorites", { product_id: "prod_nope" }, a.headers))
        expect([missing.status, missing.data.code]).toEqual([404, "product_not_found"])
        const [draft] = await getContainer().resolve(Modules.PRODUCT).createProducts([{ title: "草稿商品", status: "draft" }])
        const unpublished = await failure(api.post("/store/me/favorites", { product_id: draft.id }, a.headers))
        expect([unpublished.status, unpublished.data.code]).toEqual([404, "product_not_found"])
        const extra = await failure(api.post("/store/me/favorites", { product_id: product("yantai-fuji-apple"), note: "x" }, a.headers))
        expect([extra.status, extra.data.code]).toEqual([400, "invalid_data"])
        const badPage = await failure(api.get("/store/me/favorites?limit=0", a.headers))
        expect([badPage.status, badPage.data.code]).toEqual([400, "invalid_data"])
        const anonymous = await failure(api.get("/store/me/favorites", storeHeaders(seed.publishableKey)))
        expect([anonymous.status, anonymous.data.code]).toEqual([401, "unauthorized"])
        expect(await sql(getContainer(), "SELECT id FROM account_favorite WHERE customer_id = ?", [a.customer.id])).toHaveLength(0)
      })
    })

    describe("browsing history", () => {
      it("lists viewed products newest first, a new view moves one up, and removes one or all; isolated per customer", async () => {
        const a = await customer()
        const b = await customer()
        const [melon, apple, eggs] = ["sanya-mini-watermelon", "yantai-fuji-apple", "free-range-eggs"].map(product)
        for (const id of [melon, apple, eggs]) {
          expect((await api.post("/store/me/history", { product_id: id }, a.headers)).status).toBe(201)
        }
        await api.post("/store/me/history", { product_id: melon }, a.headers)
        const list = await api.get("/store/me/history", a.headers)
        expect(list.data.history.map((h: any) => h.product_id)).toEqual([melon, eggs, apple])
        expect(list.data.history[0].product).toMatchObject({ id: melon, title: "三亚麒麟西瓜" })
        expect(list.data.count).toBe(3)

        expect((await api.get("/store/me/history", b.headers)).data.count).toBe(0)
        expect((await api.delete(`/store/me/history/${eggs}`, b.headers)).data.deleted).toBe(false)
        expect((await api.delete(`/store/me/history/${eggs}`, a.headers)).data.deleted).toBe(true)
        expect((await api.get("/store/me/history", a.headers)).data.history.map((h: any) => h.product_id)).toEqual([melon, apple])
        await api.post("/store/me/history", { product_id: apple }, b.headers)
        expect((await api.delete("/store/me/history", a.headers)).data).toEqual({ object: "history", deleted: true, removed: 2 })
        expect((await api.get("/store/me/history", a.headers)).data.count).toBe(0)
        expect((await api.get("/store/me/history", b.headers)).data.count).toBe(1)
      })

      it("keeps the latest 100 products, also when 30 views arrive at once", async () => {
        const a = await customer()
        const created = await getContainer()
          .resolve(Modules.PRODUCT)
          .createProducts(Array.from({ length: 130 }, (_, i) => ({ title: `浏览商品 ${i}`, status: "published" as const })))
        const ids = created.map((p) => p.id)
        for (const id of ids.slice(0, 100)) {
          await api.post("/store/me/history", { product_id: id }, a.headers)
        }
        expect((await api.get("/store/me/history", a.headers)).data.count).toBe(100)
        await Promise.all(ids.slice(100).map((id) => api.post("/store/me/history", { product_id: id }, a.headers)))
        const [row] = await sql<{ n: number }>(getContainer(), "SELECT count(*)::int AS n FROM account_browse WHERE customer_id = ?", [a.customer.id])
        expect(row.n).toBe(100)
        // The 30 newest views all stayed; the 30 oldest (the first 30 products) went.
        const kept = new Set(
          (await sql<{ product_id: string }>(getContainer(), "SELECT product_id FROM account_browse WHERE customer_id = ?", [a.customer.id])).map(
            (r) => r.product_id
          )
        )
        expect(ids.slice(100).every((id) => kept.has(id))).toBe(true)
        expect(ids.slice(0, 30).some((id) => kept.has(id))).toBe(false)
        const page = await api.get("/store/me/history?limit=100&offset=90", a.headers)
        expect(page.data.history).toHaveLength(10)
        const tooMany = await failure(api.get("/store/me/history?limit=101", a.headers))
        expect([tooMany.status, tooMany.data.code]).toEqual([400, "invalid_data"])
      })
    })

    describe("orders and summary", () => {
      it("lists my orders with group and pickup status, and the summary counts them exactly", async () => {
        const container = getContainer()
        const admin = await createAdminUser(container, api)
        const a = await customer()
        const b = await customer()
        const buy = (sku: string) => buyVariant(api, a.headers, { regionId: seed.regionId, variantId: variants[sku], email: a.email })

        const inGroup = await buy("FP-WMELON-1")
        const canceled = await buy("FP-WMELON-2")
        await api.post(`/admin/orders/${canceled.id}/cancel`, {}, admin.headers)
        const atPoint = await pickupCheckout(container, api, a.headers, {
          regionId: seed.regionId,
          variant: variants["ED-EGG-10"],
          pointId: seed.pickupPointIds["HZ-XH-01"],
          at: WENSAN,
        })
        await buyVariant(api, b.headers, { regionId: seed.regionId, variantId: variants["FP-WMELON-1"], email: b.email })

        // A's melon order belongs to an open team group; A also holds a place in a group that already succeeded.
        const gb = container.resolve<GroupBuyModuleService>(GROUP_BUY_MODULE)
        const now = Date.now()
        const [campaign] = await gb.createGroupBuyCampaigns([
          {
            title: "西瓜两人团",
            kind: "team",
            status: "active",
            product_id: product("sanya-mini-watermelon"),
            variant_ids: [variants["FP-WMELON-1"]],
            max_per_group: 2,
            group_lifetime_hours: 24,
            starts_at: new Date(now - 3600e3),
            ends_at: new Date(now + 86400e3),
          },
        ])
        const group = (status: "open" | "succeeded", token: string) => ({
          campaign_id: campaign.id,
          kind: "team" as const,
          status,
          currency_code: "cny",
          share_token: token,
          capacity: 2,
          success_threshold: 2,
          expires_at: new Date(now + 86400e3),
        })
        const [open, done] = await gb.createGroupBuyGroups([group("open", `tok-open-${now}`), group("succeeded", `tok-done-${now}`)])
        const member = (groupId: string, orderId: string | null, cart: string) => ({
          group_id: groupId,
          campaign_id: campaign.id,
          customer_id: a.customer.id,
          cart_id: cart,
          order_id: orderId,
          variant_id: variants["FP-WMELON-1"],
          quantity: 1,
          unit_price: 15.9,
          currency_code: "cny",
          status: (orderId ? "confirmed" : "pending") as "confirmed" | "pending",
        })
        await gb.createGroupBuyMembers([member(open.id, inGroup.id, `cart_a_${now}`), member(done.id, canceled.id, `cart_b_${now}`)])

        const list = await api.get("/store/me/orders", a.headers)
        expect(list.data).toMatchObject({ count: 3, offset: 0, limit: 10 })
        expect(list.data.orders.map((o: any) => o.id)).toEqual([atPoint.id, canceled.id, inGroup.id])
        const byId = Object.fromEntries(list.data.orders.map((o: any) => [o.id, o]))
        expect(byId[inGroup.id]).toMatchObject({
          status: "pending",
          stage: "awaiting_group",
          group: { id: open.id, kind: "team", status: "open", succeeded: false },
          pickup: null,
          currency_code: "cny",
        })
        expect(byId[inGroup.id].items).toEqual([expect.objectContaining({ variant_id: variants["FP-WMELON-1"], quantity: 1, unit_price: 19.9 })])
        expect(byId[canceled.id]).toMatchObject({ status: "canceled", stage: "canceled", group: { id: done.id, succeeded: true } })
        expect(byId[atPoint.id]).toMatchObject({
          stage: "awaiting_pickup",
          group: null,
          pickup: { status: "collectable", ready: false, pickup_point: { id: seed.pickupPointIds["HZ-XH-01"] } },
        })
        expect(byId[atPoint.id].pickup.code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/)
        const pending = await api.get("/store/me/orders?status=pending&limit=1", a.headers)
        expect(pending.data).toMatchObject({ count: 2, limit: 1 })
        expect(pending.data.orders.map((o: any) => o.id)).toEqual([atPoint.id])
        expect((await api.get("/store/me/orders", b.headers)).data.orders.map((o: any) => o.id)).not.toContain(inGroup.id)

        // Summary: points, coupons, favourites and history on top.
        await loyaltyService(container).creditPoints({ customer_id: a.customer.id, points: 120, kind: "adjust", reference: `summary-${a.customer.id}` })
        await api.post("/store/me/favorites", { product_id: product("yantai-fuji-apple") }, a.headers)
        await api.post("/store/me/history", { product_id: product("yantai-fuji-apple") }, a.headers)
        await api.post("/store/me/history", { product_id: product("free-range-eggs") }, a.headers)
        const wallet = await container.resolve<CouponModuleService>(COUPON_MODULE).walletCounts(a.customer.id)

        const summary = await api.get("/store/me/summary", a.headers)
        expect(summary.data).toEqual({
          orders: { total: 3, by_status: { pending: 2, completed: 0, canceled: 1, requires_action: 0, archived: 0 }, to_pick_up: 1 },
          points: { balance: 120 },
          coupons: wallet,
          groups_in_progress: 1,
          favorites: 1,
          history: 2,
        })
        const wallet2 = await api.get("/store/coupons/wallet", a.headers)
        expect(summary.data.coupons.available).toBe(wallet2.data.counts.available)

        const other = await api.get("/store/me/summary", b.headers)
        expect(other.data).toMatchObject({
          orders: { total: 1, by_status: { pending: 1, canceled: 0 }, to_pick_up: 0 },
          points: { balance: 0 },
          groups_in_progress: 0,
          favorites: 0,
          history: 0,
        })
      })
    })
  },
})

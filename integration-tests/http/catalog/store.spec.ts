import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { createAdminUser, createStoreCustomer, storeHeaders, type Headers } from "../../helpers/auth"
import { buyVariant, completeCheckout } from "../../helpers/checkout"
import { seedDemo } from "../../helpers/seed"
import { failure, variantIdsBySku, withoutSeededRegisterGifts } from "../coupons/fixtures"
import { afterSubscribers } from "../notifications/fixtures"
import { browse, createProduct, handles, productIdsByHandle } from "./fixtures"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let variants: Record<string, string>
    let products: Record<string, string>
    let admin: Headers
    let shopper: Headers

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
      variants = await variantIdsBySku(getContainer())
      products = await productIdsByHandle(getContainer())
      await withoutSeededRegisterGifts(getContainer())
    })

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer(), api)).headers
      shopper = storeHeaders(seed.publishableKey)
    })

    it("filters by price range on the calculated price with both bounds included, exactly", async () => {
      // Variants priced exactly ¥29.90: Fuji apples 2.5kg, plain yogurt, toothpaste.
      const at = await browse(api, shopper, { price_min: 29.9, price_max: 29.9, limit: 100 })
      expect(handles(at.products).sort()).toEqual(["plain-yogurt", "toothpaste", "yantai-fuji-apple"])
      expect(at.count).toBe(3)
      // One cent inside either bound excludes them.
      expect((await browse(api, shopper, { price_min: 29.91, price_max: 30 })).products.map((p) => p.handle)).not.toContain("toothpaste")
      expect(handles((await browse(api, shopper, { price_min: 29, price_max: 29.89, limit: 100 })).products)).not.toContain("toothpaste")
      // The apple also has a ¥55 variant: a range holding only that one still lists it, at ¥55.
      const high = await browse(api, shopper, { price_min: 55, price_max: 55 })
      expect(handles(high.products)).toEqual(["yantai-fuji-apple"])
      const bounds = await browse(api, shopper, { price_min: 3.98, price_max: 6.8, sort: "price_asc", limit: 100 })
      expect(handles(bounds.products)).toEqual(["baby-bok-choy", "shandong-tomato"]) // ¥3.98 and ¥6.80, both bounds

      // A sale price list (Medusa pricing): the watermelon's 1-pc variant drops from ¥19.90 to ¥9.88.
      await api.post(
        "/admin/price-lists",
        { title: "西瓜特价", description: "sale", type: "sale", status: "active", prices: [{ amount: 9.88, currency_code: "cny", variant_id: variants["FP-WMELON-1"] }] },
        admin
      )
      const sale = await browse(api, shopper, { price_min: 9.88, price_max: 9.88 })
      expect(handles(sale.products)).toEqual(["sanya-mini-watermelon"])
      const melon = sale.products[0]
      expect(melon.price).toEqual({ min: 9.88, currency_code: "cny" })
      expect(melon.variants.find((v: any) => v.sku === "FP-WMELON-1").calculated_price).toMatchObject({ calculated_amount: 9.88, currency_code: "cny" })
    })

    it("prices for the logged-in customer's group: a group price list changes what that customer finds", async () => {
      const vip = await createStoreCustomer(api, seed.publishableKey)
      const group = (await api.post("/admin/customer-groups", { name: "VIP" }, admin)).data.customer_group
      await api.post(`/admin/customer-groups/${group.id}/customers`, { add: [vip.customer.id] }, admin)
      await api.post(
        "/admin/price-lists",
        {
          title: "VIP rice",
          description: "group price",
          type: "override",
          status: "active",
          rules: { "customer.groups.id": [group.id] },
          prices: [{ amount: 50, currency_code: "cny", variant_id: variants["RO-RICE-5KG"] }],
        },
        admin
      )
      const anonymous = await browse(api, shopper, { price_min: 50, price_max: 50 })
      expect(handles(anonymous.products)).toEqual([])
      const forVip = await browse(api, vip.headers, { price_min: 50, price_max: 50 })
      expect(handles(forVip.products)).toEqual(["wuchang-rice"])
      expect(forVip.products[0].price.min).toBe(50)
    })

    it("filters by category, brand and stock, respects the key's sales channel, and pages", async () => {
      const fresh = await browse(api, shopper, { category_id: seed.categoryIds["fresh-produce"], limit: 100 })
      expect(fresh.count).toBe(6)
      expect(fresh.products.every((p: any) => p.categories.some((c: any) => c.handle === "fresh-produce"))).toBe(true)
      const two = await browse(api, shopper, { category_id: [seed.categoryIds["fresh-produce"], seed.categoryIds["snacks"]], limit: 100 })
      expect(two.count).toBe(12)

      const brands = (await api.get("/store/catalog/brands", shopper)).data
      expect(brands.brands).toEqual(expect.arrayContaining([{ brand: "五常", product_count: 1 }]))
      const rice = await browse(api, shopper, { brand: "五常" })
      expect(handles(rice.products)).toEqual(["wuchang-rice"])
      expect(rice.products[0].brand).toBe("五常")
      expect(handles((await browse(api, shopper, { brand: ["五常", "鲁花"], sort: "price_asc" })).products)).toEqual(["wuchang-rice", "peanut-oil"])

      // Bok choy's only variant sells out at the warehouse: in_stock=true drops it; without the filter it shows as out of stock.
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [item] = await inventory.listInventoryItems({ sku: "FP-BOKCHOY-500G" })
      await api.post(`/admin/inventory-items/${item.id}/location-levels/${seed.stockLocationId}`, { stocked_quantity: 0 }, admin)
      const inStock = await browse(api, shopper, { category_id: seed.categoryIds["fresh-produce"], in_stock: true, limit: 100 })
      expect(handles(inStock.products)).not.toContain("baby-bok-choy")
      expect(inStock.count).toBe(5)
      const all = await browse(api, shopper, { q: "上海青" })
      expect(all.products[0]).toMatchObject({ handle: "baby-bok-choy", in_stock: false })

      // A product only in another sales channel is invisible through this key, and visible through that channel's key.
      const channel = (await api.post("/admin/sales-channels", { name: "Other shop" }, admin)).data.sales_channel
      const other = await createProduct(api, admin, { title: "别家的西瓜", handle: "other-melon", price: 1, salesChannelId: channel.id })
      expect(handles((await browse(api, shopper, { q: "别家" })).products)).toEqual([])
      const key = (await api.post("/admin/api-keys", { title: "other", type: "publishable" }, admin)).data.api_key
      await api.post(`/admin/api-keys/${key.id}/sales-channels`, { add: [channel.id] }, admin)
      const theirs = await browse(api, storeHeaders(key.token), { limit: 100 })
      expect(theirs.products.map((p: any) => p.id)).toEqual([other.id])
      await expect(api.get(`/store/catalog/products/${other.id}`, shopper)).rejects.toMatchObject({ response: { status: 404 } })

      // Paging: 36 demo products, pages of 10 without overlap.
      const page1 = await browse(api, shopper, { limit: 10, offset: 0, sort: "price_asc" })
      const page4 = await browse(api, shopper, { limit: 10, offset: 30, sort: "price_asc" })
      expect([page1.count, page1.products.length, page4.products.length, page4.offset, page4.limit]).toEqual([36, 10, 6, 30, 10])
      expect(page1.products.map((p: any) => p.id).filter((id: string) => page4.products.some((q: any) => q.id === id))).toEqual([])
    })

    it("sorts by price, newest and best-selling", async () => {
      const asc = await browse(api, shopper, { sort: "price_asc", limit: 100 })
      expect(asc.products[0].handle).toBe("baby-bok-choy") // ¥3.98
      const mins = asc.products.map((p: any) => p.price.min)
      expect(mins).toEqual([...mins].sort((a, b) => a - b))
      const desc = await browse(api, shopper, { sort: "price_desc", limit: 3 })
      expect(handles(desc.products)).toEqual(["peanut-oil", "mixed-nuts", "ice-cream"]) // ¥149.90, ¥89.00, ¥88.00

      const fresh = await createProduct(api, admin, { title: "今日新品", handle: "brand-new", price: 5, salesChannelId: seed.salesChannelId })
      expect((await browse(api, shopper, { limit: 1 })).products[0].id).toBe(fresh.id) // newest is the default without a keyword

      const c = await createStoreCustomer(api, seed.publishableKey)
      const placed = afterSubscribers(getContainer(), "order.placed", 2)
      await buyVariant(api, c.headers, { regionId: seed.regionId, variantId: variants["FP-TOMATO-500G"], quantity: 3, email: c.email })
      await buyVariant(api, c.headers, { regionId: seed.regionId, variantId: variants["FP-POMELO-1"], quantity: 2, email: c.email })
      await placed
      const best = await browse(api, shopper, { sort: "best_selling", limit: 2 })
      expect(handles(best.products)).toEqual(["shandong-tomato", "guanxi-pomelo"])
      expect(best.products.map((p: any) => p.units_sold)).toEqual([3, 2])
    })

    it("searches zh-CN titles and English translations, with typos, and answers in the request's locale", async () => {
      const zh = await browse(api, shopper, { q: "西瓜" })
      expect(handles(zh.products)).toEqual(["sanya-mini-watermelon"])
      expect(zh.products[0].title).toBe("三亚麒麟西瓜")
      expect(zh.sort).toBe("relevance")

      const en = await browse(api, { headers: { ...shopper.headers, "x-medusa-locale": "en-US" } }, { q: "watermelon" })
      expect(handles(en.products)).toEqual(["sanya-mini-watermelon"])
      expect(en.products[0].title).toBe("Sanya Qilin watermelon")
      const typo = await browse(api, shopper, { q: "watermellon" })
      expect(handles(typo.products)).toEqual(["sanya-mini-watermelon"])
      // Brand and description words match too; wildcards in a keyword are literal.
      expect(handles((await browse(api, shopper, { q: "五常" })).products)).toEqual(["wuchang-rice"])
      expect((await browse(api, shopper, { q: "%" })).count).toBe(0)
      expect((await browse(api, shopper, { q: "apples", price_max: 30 })).products.map((p: any) => p.handle)).toEqual(["yantai-fuji-apple"])
    })

    it("refuses bad filters with stable codes", async () => {
      for (const [query, code] of [
        ["price_min=10&price_max=5", "invalid_data"],
        ["sort=cheapest", "invalid_data"],
        ["in_stock=yes", "invalid_data"],
        ["limit=500", "invalid_data"],
        ["colour=red", "invalid_data"],
        ["region_id=reg_missing", "region_not_found"],
      ] as const) {
        const res = await failure(api.get(`/store/catalog/products?${query}`, shopper))
        expect([query, res.status, res.data.code]).toEqual([query, 400, code])
      }
      const noKey = await failure(api.get("/store/catalog/products"))
      expect(noKey.status).toBe(400)
    })

    it("gives a product page its related and bought-together products", async () => {
      const c = await createStoreCustomer(api, seed.publishableKey)
      const placed = afterSubscribers(getContainer(), "order.placed")
      const cart = (await api.post("/store/carts", { region_id: seed.regionId }, c.headers)).data.cart
      for (const sku of ["FP-WMELON-1", "ED-EGG-10", "RO-RICE-5KG"]) {
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variants[sku], quantity: 1 }, c.headers)
      }
      const done = await completeCheckout(api, c.headers, cart.id, { email: c.email })
      expect(done.data.type).toBe("order")
      await placed

      const detail = (await api.get(`/store/catalog/products/${products["sanya-mini-watermelon"]}`, shopper)).data
      expect(detail.product).toMatchObject({ handle: "sanya-mini-watermelon", units_sold: 1, rating: { average: null, count: 0 } })
      expect(detail.rating).toMatchObject({ count: 0, average: null })
      expect(detail.recent_reviews).toEqual([])
      expect(detail.related).toHaveLength(5) // the other fresh-produce products
      expect(detail.related.every((p: any) => p.categories.some((cat: any) => cat.handle === "fresh-produce"))).toBe(true)
      expect(detail.related.map((p: any) => p.id)).not.toContain(products["sanya-mini-watermelon"])
      expect(handles(detail.bought_together).sort()).toEqual(["free-range-eggs", "wuchang-rice"])

      const missing = await failure(api.get("/store/catalog/products/prod_missing", shopper))
      expect([missing.status, missing.data.code]).toEqual([404, "product_not_found"])
    })
  },
})

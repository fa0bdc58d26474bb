import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import catalog from "../../../data/products.json"
import { createAdminUser, loginAdmin, storeHeaders } from "../../helpers/auth"
import { buyVariant } from "../../helpers/checkout"
import { seedDemo } from "../../helpers/seed"
import type { SeedResult } from "../../../src/scripts/seed/index"

jest.setTimeout(120 * 1000)

const PRODUCT_COUNT = catalog.categories.reduce((n, c) => n + c.products.length, 0)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
    })

    describe("platform", () => {
      it("answers GET /health", async () => {
        const res = await api.get("/health")
        expect(res.status).toBe(200)
      })

      it("serves the OpenAPI document at /openapi.json", async () => {
        const res = await api.get("/openapi.json")
        expect(res.status).toBe(200)
        expect(res.data.openapi).toBe("3.1.0")
        expect(res.data.paths["/openapi.json"].get).toBeDefined()
      })

      it("lets the seeded operator log in with the seeded credentials", async () => {
        const token = await loginAdmin(api, seed.admin.email, seed.admin.password)
        const me = await api.get("/admin/users/me", { headers: { authorization: `Bearer ${token}` } })
        expect(me.data.user.email).toBe(seed.admin.email)
      })

      it("gives the seeded operator the RBAC super admin role", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "user",
          fields: ["email", "rbac_roles.id"],
          filters: { email: seed.admin.email },
        })
        expect((data[0].rbac_roles ?? []).map((r) => r?.id)).toContain("role_super_admin")
      })

      it("refuses a Store call without the publishable key", async () => {
        const res = await api.get("/store/products").catch((e: any) => e.response)
        expect(res.status).toBe(400)
      })
    })

    describe("catalog", () => {
      it("lists every seeded product with the publishable key", async () => {
        const res = await api.get(`/store/products?limit=100`, storeHeaders(seed.publishableKey))
        expect(res.data.count).toBe(PRODUCT_COUNT)
        expect(PRODUCT_COUNT).toBeGreaterThanOrEqual(30)
        const handles = res.data.products.map((p: { handle: string }) => p.handle)
        expect(handles).toContain("wuchang-rice")
      })

      it("serves product and category names in zh-CN by default and en-US on request", async () => {
        const h = storeHeaders(seed.publishableKey)
        const zh = await api.get(`/store/products?handle=wuchang-rice&fields=title`, h)
        expect(zh.data.products[0].title).toBe("五常稻花香大米")
        const en = await api.get(`/store/products?handle=wuchang-rice&fields=title&locale=en-US`, h)
        expect(en.data.products[0].title).toBe("Wuchang Daohuaxiang rice")
        const cats = await api.get(`/store/product-categories?locale=en-US&fields=name,handle`, h)
        expect(cats.data.product_categories.length).toBeGreaterThanOrEqual(6)
        expect(cats.data.product_categories.find((c: any) => c.handle === "frozen").name).toBe("Frozen food")
      })

      it("prices variants in CNY in the China region", async () => {
        const res = await api.get(
          `/store/products?handle=wuchang-rice&region_id=${seed.regionId}&fields=*variants.calculated_price`,
          storeHeaders(seed.publishableKey)
        )
        const v = res.data.products[0].variants.find((x: any) => x.sku === "RO-RICE-5KG")
        expect(v.calculated_price.currency_code).toBe("cny")
        expect(v.calculated_price.calculated_amount).toBe(69.9)
      })

      it("seeds idempotently: a second run creates nothing", async () => {
        const container = getContainer()
        const count = async () => {
          const product = container.resolve(Modules.PRODUCT)
          const [, products] = await product.listAndCountProducts({})
          const [, variants] = await product.listAndCountProductVariants({})
          const [, categories] = await product.listAndCountProductCategories({})
          const [, regions] = await container.resolve(Modules.REGION).listAndCountRegions({})
          const [, keys] = await container.resolve(Modules.API_KEY).listAndCountApiKeys({})
          const [, options] = await container.resolve(Modules.FULFILLMENT).listAndCountShippingOptions({})
          const [, locations] = await container.resolve(Modules.STOCK_LOCATION).listAndCountStockLocations({})
          const [, users] = await container.resolve(Modules.USER).listAndCountUsers({})
          const [, levels] = await container.resolve(Modules.INVENTORY).listAndCountInventoryLevels({})
          const [, translations] = await container.resolve(Modules.TRANSLATION).listAndCountTranslations({})
          return { products, variants, categories, regions, keys, options, locations, users, levels, translations }
        }
        const before = await count()
        const again = await seedDemo(container)
        expect(await count()).toEqual(before)
        expect(again.publishableKey).toBe(seed.publishableKey)
        expect(before.products).toBe(PRODUCT_COUNT)
      })
    })

    describe("checkout", () => {
      it("places an order for a seeded product with the system payment provider", async () => {
        const h = storeHeaders(seed.publishableKey)
        const product = await api.get(`/store/products?handle=free-range-eggs&fields=variants.id,variants.sku`, h)
        const variant = product.data.products[0].variants.find((v: any) => v.sku === "ED-EGG-10")

        const order = await buyVariant(api, h, {
          regionId: seed.regionId,
          variantId: variant.id,
          quantity: 2,
          email: "buyer@test.local",
        })

        // 2 × ¥15.90 + ¥8.00 express delivery = ¥39.80
        expect(order.item_total).toBe(31.8)
        expect(order.shipping_total).toBe(8)
        expect(order.total).toBe(39.8)
        expect(order.currency_code).toBe("cny")

        const admin = await createAdminUser(getContainer(), api)
        const full = await api.get(
          `/admin/orders/${order.id}?fields=payment_status,*payment_collections.payments`,
          admin.headers
        )
        expect(full.data.order.payment_status).toBe("authorized")
        expect(full.data.order.payment_collections[0].payments[0].provider_id).toBe("pp_system_default")

        // The stock reservation follows the order.
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: items } = await query.graph({
          entity: "inventory_item",
          fields: ["reserved_quantity", "stocked_quantity"],
          filters: { sku: "ED-EGG-10" },
        })
        expect(items[0].reserved_quantity).toBe(2)
      })
    })
  },
})

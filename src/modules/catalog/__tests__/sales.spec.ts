import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { uniqueModuleDb } from "../../../../integration-tests/helpers/module-db"
import { CATALOG_MODULE } from ".."
import type CatalogModuleService from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<CatalogModuleService>({
  moduleName: CATALOG_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  dbName: uniqueModuleDb("catalog_module"),
  testSuite: ({ service }) => {
    const sold = async (id: string) => (await service.getProductSales([id])).get(id)?.units_sold ?? 0

    it("counts an order once, however often its event is replayed, and takes it back once when canceled", async () => {
      expect(await service.recordOrderSales("order_1", [{ product_id: "prod_a", quantity: 2 }, { product_id: "prod_b", quantity: 1 }])).toBe(true)
      expect(await service.recordOrderSales("order_1", [{ product_id: "prod_a", quantity: 2 }, { product_id: "prod_b", quantity: 1 }])).toBe(false)
      expect(await sold("prod_a")).toBe(2)
      expect(await service.listBoughtTogether("prod_a")).toEqual([{ product_id: "prod_b", orders_count: 1 }])

      expect(await service.reverseOrderSales("order_1")).toBe(true)
      expect(await service.reverseOrderSales("order_1")).toBe(false)
      expect(await service.reverseOrderSales("order_never_counted")).toBe(false)
      expect(await sold("prod_a")).toBe(0)
      expect(await service.listBoughtTogether("prod_a")).toEqual([])
    })

    it("loses no count when 40 orders of overlapping products are counted and 10 canceled at the same time", async () => {
      const orders = Array.from({ length: 40 }, (_, i) => ({
        id: `order_c${i}`,
        // Every order has prod_x (qty 1) and, alternately, prod_y or prod_z (qty 2), in varying line order.
        lines:
          i % 2
            ? [{ product_id: "prod_y", quantity: 2 }, { product_id: "prod_x", quantity: 1 }]
            : [{ product_id: "prod_x", quantity: 1 }, { product_id: "prod_z", quantity: 2 }],
      }))
      await Promise.all(orders.map((o) => service.recordOrderSales(o.id, o.lines)))
      // Replays and cancellations race: 10 orders canceled twice each while each order is replayed.
      await Promise.all([
        ...orders.map((o) => service.recordOrderSales(o.id, o.lines)),
        ...orders.slice(0, 10).flatMap((o) => [service.reverseOrderSales(o.id), service.reverseOrderSales(o.id)]),
      ])
      const sales = await service.getProductSales(["prod_x", "prod_y", "prod_z"])
      expect(sales.get("prod_x")).toMatchObject({ units_sold: 30, orders_count: 30 }) // 40 − 10 canceled
      expect(sales.get("prod_y")).toMatchObject({ units_sold: 30, orders_count: 15 }) // 20 odd − 5 canceled, qty 2
      expect(sales.get("prod_z")).toMatchObject({ units_sold: 30, orders_count: 15 })
      expect(await service.listBoughtTogether("prod_x")).toEqual([
        { product_id: "prod_y", orders_count: 15 },
        { product_id: "prod_z", orders_count: 15 },
      ])
    })
  },
})

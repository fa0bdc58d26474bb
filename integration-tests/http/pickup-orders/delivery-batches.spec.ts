import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, createStoreCustomer, storeHeaders } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { PICKUP_MODULE } from "../../../src/modules/pickup"
import type PickupModuleService from "../../../src/modules/pickup/service"
import { approvedLeader, expectError } from "../leaders/helpers"
import { pickupCheckout, variantId } from "./helpers"

jest.setTimeout(240 * 1000)

const XH01 = { latitude: 30.277, longitude: 120.13 }
const SC01 = { latitude: 30.2245, longitude: 120.1785 }
const DATE = "2026-11-26"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let admin: Awaited<ReturnType<typeof createAdminUser>>

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
    })
    beforeEach(async () => {
      admin = await createAdminUser(getContainer(), api)
    })

    const pickup = () => getContainer().resolve<PickupModuleService>(PICKUP_MODULE)

    /**
     * Two points with orders put into their batches for DATE, as the group-buy cutoff does
     * (the cutoff path itself is covered in group-buy/community.spec.ts).
     */
    async function twoBatches() {
      const h = storeHeaders(seed.publishableKey)
      const [eggs, rice] = await Promise.all([
        variantId(api, h, "free-range-eggs", "ED-EGG-10"),
        variantId(api, h, "wuchang-rice", "RO-RICE-5KG"),
      ])
      const a = await approvedLeader(api, seed.publishableKey, admin.headers, { pickup_point_id: seed.pickupPointIds["HZ-XH-01"] })
      const buy = async (pointCode: string, at: typeof XH01, variant: string, quantity: number) => {
        const c = await createStoreCustomer(api, seed.publishableKey)
        return pickupCheckout(getContainer(), api, c.headers, {
          regionId: seed.regionId, variant, pointId: seed.pickupPointIds[pointCode], at, quantity,
        })
      }
      const o1 = await buy("HZ-XH-01", XH01, eggs, 2)
      const o2 = await buy("HZ-XH-01", XH01, eggs, 3)
      const o3 = await buy("HZ-XH-01", XH01, rice, 1)
      const o4 = await buy("HZ-SC-01", SC01, eggs, 4)
      const b1 = await pickup().addToDeliveryBatch({ pickup_point_id: seed.pickupPointIds["HZ-XH-01"], delivery_date: DATE, order_ids: [o1.id, o2.id, o3.id] })
      const b2 = await pickup().addToDeliveryBatch({ pickup_point_id: seed.pickupPointIds["HZ-SC-01"], delivery_date: DATE, order_ids: [o4.id] })
      return { a, b1: b1.batch_id, b2: b2.batch_id, orders: [o1, o2, o3, o4] }
    }

    it("shows each batch's pick list with SKU totals, a route sheet and a CSV export", async () => {
      const { b1, b2 } = await twoBatches()
      const list = await api.get(`/admin/delivery-batches?delivery_date=${DATE}`, admin.headers)
      expect(list.data.delivery_batches.map((b: any) => [b.pickup_point.code, b.order_count]).sort()).toEqual([
        ["HZ-SC-01", 1],
        ["HZ-XH-01", 3],
      ])

      const detail = await api.get(`/admin/delivery-batches/${b1}`, admin.headers)
      // 2 + 3 boxes of eggs, 1 bag of rice
      expect(detail.data.delivery_batch.pick_list.map((l: any) => [l.sku, l.quantity, l.orders])).toEqual([
        ["ED-EGG-10", 5, 2],
        ["RO-RICE-5KG", 1, 1],
      ])

      const sheet = await api.get(`/admin/delivery-batches/route-sheet?delivery_date=${DATE}`, admin.headers)
      // From the warehouse in 余杭 (120.02 E), 文三路 (120.13 E) is nearer than 南星桥 (120.18 E).
      expect(sheet.data.route_sheet.stops.map((s: any) => [s.position, s.code, s.batch_id])).toEqual([
        [1, "HZ-XH-01", b1],
        [2, "HZ-SC-01", b2],
      ])
      expect(sheet.data.route_sheet.warehouse).toMatchObject({ latitude: 30.2846, longitude: 120.0196 })
      expect(sheet.data.route_sheet.total_m).toBe(sheet.data.route_sheet.stops[1].cumulative_m)

      const csv = await api.get(`/admin/delivery-batches/export?delivery_date=${DATE}`, admin.headers)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      const rows = (csv.data as string).replace(/^\uFEFF/, "").trim().split("\r\n").map((r) => r.split(","))
      expect(rows[0]).toEqual(["delivery_date", "stop", "point_code", "point_name", "address", "contact_phone", "batch_id", "orders", "sku", "title", "variant", "quantity"])
      expect(rows.slice(1).map((r) => [r[1], r[2], r[8], r[11]])).toEqual([
        ["1", "HZ-XH-01", "ED-EGG-10", "5"],
        ["1", "HZ-XH-01", "RO-RICE-5KG", "1"],
        ["2", "HZ-SC-01", "ED-EGG-10", "4"],
      ])
      await expectError(api.get(`/admin/delivery-batches/route-sheet?delivery_date=26-11-2026`, admin.headers), 400, "invalid_data")
    })

    it("goes dispatched → arrived; arrival tells each customer once and only the point's leader may confirm", async () => {
      const { a, b1, b2, orders } = await twoBatches()
      await expectError(api.post(`/admin/leader/delivery-batches/${b1}/arrive`, {}, a.adminHeaders), 409, "batch_not_dispatched")
      const d = await api.post(`/admin/delivery-batches/${b1}/dispatch`, {}, admin.headers)
      expect(d.data.delivery_batch).toMatchObject({ status: "dispatched" })
      await expectError(api.post(`/admin/delivery-batches/${b1}/dispatch`, {}, admin.headers), 409, "batch_not_open")
      await api.post(`/admin/delivery-batches/${b2}/dispatch`, {}, admin.headers)

      // The leader sees their own batches only.
      const mine = await api.get("/admin/leader/delivery-batches", a.adminHeaders)
      expect(mine.data.delivery_batches.map((b: any) => b.id)).toEqual([b1])
      await expectError(api.get(`/admin/leader/delivery-batches/${b2}`, a.adminHeaders), 404, "delivery_batch_not_found")
      await expectError(api.post(`/admin/leader/delivery-batches/${b2}/arrive`, {}, a.adminHeaders), 404, "delivery_batch_not_found")
      await expectError(api.post(`/admin/delivery-batches/${b1}/dispatch`, {}, a.adminHeaders), 403, "leader_confined")

      const notified = TestEventUtils.waitSubscribersExecution("pickup.order_ready", getContainer().resolve(Modules.EVENT_BUS), { triggerCount: 3 })
      const arrived = await api.post(`/admin/leader/delivery-batches/${b1}/arrive`, {}, a.adminHeaders)
      expect(arrived.data.delivery_batch).toMatchObject({ status: "arrived" })
      expect(arrived.data.delivery_batch.orders.every((o: any) => o.ready_at)).toBe(true)
      await notified

      const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "pickup.order_ready" })
      expect(notifications.map((n) => n.resource_id).sort()).toEqual(orders.slice(0, 3).map((o) => o.id).sort())
      await expectError(api.post(`/admin/leader/delivery-batches/${b1}/arrive`, {}, a.adminHeaders), 409, "batch_not_dispatched")
    })
  },
})

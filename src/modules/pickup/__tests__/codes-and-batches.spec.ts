import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { PICKUP_MODULE } from "../index"
import type PickupModuleService from "../service"
import type { PickupOrderDTO } from "../types"
import { MAX_WRONG_CODES, WINDOW_MINUTES } from "../utils/rate-limit"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<PickupModuleService>({
  moduleName: PICKUP_MODULE,
  resolve: "./src/modules/pickup",
  dbName: `medusa-pickup-codes-${process.pid}`,
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    const record = (order_id: string, pickup_point_id = "pkpt_a") =>
      service.recordPickupOrder({ order_id, pickup_point_id, customer_id: "cus_1" })

    describe("pickup orders", () => {
      it("records an order once, however often it is asked", async () => {
        const results = await Promise.all(Array.from({ length: 8 }, () => record("order_1")))
        expect(new Set(results.map((r) => r.id)).size).toBe(1)
        expect(await service.listPickupOrders({ order_id: "order_1" })).toHaveLength(1)
        expect(results[0].status).toBe("pending")
      })
    })

    describe("codes", () => {
      it("issues a code exactly once under concurrency, and only its hash and ciphertext are stored", async () => {
        const po = await record("order_1")
        const issued = await Promise.all(Array.from({ length: 10 }, () => service.issueCode(po.id)))
        expect(issued.filter(Boolean)).toHaveLength(1)

        const [row] = (await service.listPickupOrders({ id: po.id })) as PickupOrderDTO[]
        expect(row.status).toBe("collectable")
        const code = service.revealCode(row)!
        expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/)
        expect(row.code_hash).toMatch(/^[0-9a-f]{64}$/)
        expect(JSON.stringify(row)).not.toContain(code.replace("-", ""))

        expect((await service.findByCode(code))?.id).toBe(po.id)
        expect((await service.findByCode(code.toLowerCase().replace("-", " ")))?.id).toBe(po.id)
        expect(await service.findByCode("00000-00000")).toBeNull()
        expect(await service.findByCode("not a code")).toBeNull()
      })

      it("gives different orders different codes", async () => {
        const orders = await Promise.all(Array.from({ length: 20 }, (_, i) => record(`order_${i}`)))
        await Promise.all(orders.map((o) => service.issueCode(o.id)))
        const rows = (await service.listPickupOrders({})) as PickupOrderDTO[]
        expect(new Set(rows.map((r) => r.code_hash)).size).toBe(20)
      })

      it("lets exactly one of 20 concurrent claims pick the order up, and records who", async () => {
        const po = await record("order_1")
        await service.issueCode(po.id)
        const claims = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            service.claimPickup({ id: po.id, actor_id: `user_${i}`, actor_kind: "leader" })
          )
        )
        expect(claims.filter(Boolean)).toHaveLength(1)
        const winner = `user_${claims.indexOf(true)}`
        const [row] = (await service.listPickupOrders({ id: po.id })) as PickupOrderDTO[]
        expect(row).toMatchObject({ status: "picked_up", picked_up_by: winner, picked_up_by_kind: "leader" })
        expect(row.picked_up_at).toBeTruthy()

        // Only the winner's claim can be undone (workflow compensation).
        await service.releasePickup({ id: po.id, actor_id: "someone_else" })
        expect((await service.retrievePickupOrder(po.id)).status).toBe("picked_up")
        await service.releasePickup({ id: po.id, actor_id: winner })
        expect((await service.retrievePickupOrder(po.id)).status).toBe("collectable")
      })

      it("cannot be claimed before its code is issued nor after the order is canceled", async () => {
        const po = await record("order_1")
        expect(await service.claimPickup({ id: po.id, actor_id: "u", actor_kind: "leader" })).toBe(false)
        await service.issueCode(po.id)
        expect(await service.cancelPickupOrders(["order_1"])).toEqual([po.id])
        expect(await service.claimPickup({ id: po.id, actor_id: "u", actor_kind: "leader" })).toBe(false)
        expect(await service.issueCode(po.id)).toBe(false)
      })

      it("refuses a collectable order without a code at the database", async () => {
        const po = await record("order_1")
        await expect(service.updatePickupOrders({ id: po.id, status: "collectable" })).rejects.toThrow()
      })
    })

    describe("wrong-code rate limit", () => {
      const at = new Date("2026-11-25T02:07:00Z")

      it("counts at most the limit of concurrent wrong codes per scope and window", async () => {
        const counted = await Promise.all(
          Array.from({ length: 3 * MAX_WRONG_CODES }, () => service.countWrongCode("point:a", at))
        )
        expect(counted.filter(Boolean)).toHaveLength(MAX_WRONG_CODES)
        expect(await service.isRateLimited("point:a", at)).toBe(true)
        const [row] = await service.listPickupAttemptWindows({ scope: "point:a" })
        expect(row.failures).toBe(MAX_WRONG_CODES)

        // Another point, and the next window, are not affected.
        expect(await service.isRateLimited("point:b", at)).toBe(false)
        const next = new Date(at.getTime() + WINDOW_MINUTES * 60 * 1000)
        expect(await service.isRateLimited("point:a", next)).toBe(false)
        expect(await service.countWrongCode("point:a", next)).toBe(true)
      })
    })

    describe("delivery batches", () => {
      it("creates one batch per point and date under concurrency and keeps orders where they first landed", async () => {
        await Promise.all(["o1", "o2", "o3"].map((o) => record(o)))
        const results = await Promise.all(
          Array.from({ length: 6 }, () =>
            service.addToDeliveryBatch({ pickup_point_id: "pkpt_a", delivery_date: "2026-11-26", order_ids: ["o1", "o2"] })
          )
        )
        expect(new Set(results.map((r) => r.batch_id)).size).toBe(1)
        expect(results.flatMap((r) => r.added)).toHaveLength(2)

        const other = await service.addToDeliveryBatch({
          pickup_point_id: "pkpt_a",
          delivery_date: "2026-11-27",
          order_ids: ["o1", "o3"],
        })
        expect(other.batch_id).not.toBe(results[0].batch_id)
        expect(other.added).toHaveLength(1) // o3 only: o1 stays in the first batch
        expect(await service.listDeliveryBatches({})).toHaveLength(2)
      })

      it("puts a late order into the point's next open batch once that day's batch has left, never into a dispatched one", async () => {
        await Promise.all(["o1", "o2", "o3"].map((o) => record(o)))
        const first = await service.addToDeliveryBatch({ pickup_point_id: "pkpt_a", delivery_date: "2026-11-30", order_ids: ["o1"] })
        expect(await service.transitionBatch(first.batch_id, "open", "dispatched", "u1")).toBe(true)
        const late = await service.addToDeliveryBatch({ pickup_point_id: "pkpt_a", delivery_date: "2026-11-30", order_ids: ["o2"] })
        expect(late.batch_id).not.toBe(first.batch_id)
        expect(late.added).toHaveLength(1)
        expect(await service.retrieveDeliveryBatch(late.batch_id)).toMatchObject({ delivery_date: "2026-12-01", status: "open" })
        // Arrived too: the day after that (month and year boundaries are calendar days).
        expect(await service.transitionBatch(late.batch_id, "open", "dispatched", "u1")).toBe(true)
        const later = await service.addToDeliveryBatch({ pickup_point_id: "pkpt_a", delivery_date: "2026-11-30", order_ids: ["o3"] })
        expect(await service.retrieveDeliveryBatch(later.batch_id)).toMatchObject({ delivery_date: "2026-12-02" })
        const inFirst = await service.listPickupOrders({ delivery_batch_id: first.batch_id })
        expect(inFirst.map((o) => o.order_id)).toEqual(["o1"])
      })

      it("ignores orders of another point", async () => {
        await record("o1", "pkpt_b")
        const r = await service.addToDeliveryBatch({ pickup_point_id: "pkpt_a", delivery_date: "2026-11-26", order_ids: ["o1"] })
        expect(r.added).toEqual([])
      })

      it("moves a batch only from the expected status, stamping who and when, and back", async () => {
        const { batch_id } = await service.addToDeliveryBatch({ pickup_point_id: "pkpt_a", delivery_date: "2026-11-26", order_ids: [] })
        expect(await service.transitionBatch(batch_id, "dispatched", "arrived", "u1")).toBe(false)
        const moves = await Promise.all([1, 2, 3].map(() => service.transitionBatch(batch_id, "open", "dispatched", "u1")))
        expect(moves.filter(Boolean)).toHaveLength(1)
        let batch = await service.retrieveDeliveryBatch(batch_id)
        expect(batch).toMatchObject({ status: "dispatched", dispatched_by: "u1" })
        expect(await service.transitionBatch(batch_id, "dispatched", "open", null)).toBe(true)
        batch = await service.retrieveDeliveryBatch(batch_id)
        expect(batch).toMatchObject({ status: "open", dispatched_by: null, dispatched_at: null })
      })

      it("marks a batch's live orders ready once", async () => {
        const [o1, o2] = await Promise.all(["o1", "o2"].map((o) => record(o)))
        const { batch_id } = await service.addToDeliveryBatch({ pickup_point_id: "pkpt_a", delivery_date: "2026-11-26", order_ids: ["o1", "o2"] })
        await service.cancelPickupOrders(["o2"])
        const ready = await service.markBatchReady(batch_id)
        expect(ready.map((r) => r.id)).toEqual([o1.id])
        expect(await service.markBatchReady(batch_id)).toEqual([])
        expect((await service.retrievePickupOrder(o2.id)).ready_at).toBeNull()
      })
    })
  },
})

import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createAdminUser, createStoreCustomer, storeHeaders } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { LEADER_MODULE } from "../../../src/modules/leader"
import type LeaderModuleService from "../../../src/modules/leader/service"
import { PICKUP_MODULE } from "../../../src/modules/pickup"
import type PickupModuleService from "../../../src/modules/pickup/service"
import { MAX_WRONG_CODES } from "../../../src/modules/pickup/utils/rate-limit"
import { approvedLeader, expectError } from "../leaders/helpers"
import { cartWithItem, payAndComplete, pickupCheckout, variantId } from "./helpers"

jest.setTimeout(240 * 1000)

// Near 翠苑一区 (the approved leader's proposed point is at 30.2901, 120.1251 with a 2 km radius).
const CUIYUAN = { latitude: 30.2895, longitude: 120.1235 }
// 滨江 is about 11 km from 文三路 (HZ-XH-01, radius 3 km) but served by the 滨江 points; Beijing by none.
const BINJIANG = { latitude: 30.2105, longitude: 120.212 }
const BEIJING = { latitude: 39.9042, longitude: 116.4074 }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let admin: Awaited<ReturnType<typeof createAdminUser>>
    let eggs: string

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
    })

    beforeEach(async () => {
      admin = await createAdminUser(getContainer(), api)
      eggs = await variantId(api, storeHeaders(seed.publishableKey), "free-range-eggs", "ED-EGG-10")
    })

    const pickup = () => getContainer().resolve<PickupModuleService>(PICKUP_MODULE)

    /** Leader A (a new point at 翠苑), a customer who bought there, and the customer's code. */
    async function orderAtLeaderPoint() {
      const a = await approvedLeader(api, seed.publishableKey, admin.headers)
      const buyer = await createStoreCustomer(api, seed.publishableKey)
      const order = await pickupCheckout(getContainer(), api, buyer.headers, {
        regionId: seed.regionId,
        variant: eggs,
        pointId: a.pickupPoint.id,
        at: CUIYUAN,
      })
      const mine = await api.get(`/store/orders/${order.id}/pickup`, buyer.headers)
      return { a, buyer, order, code: mine.data.pickup.code as string }
    }

    describe("checkout at a pickup point", () => {
      it("records the point on the order, issues a code only its customer sees, and binds the customer", async () => {
        const { a, buyer, order, code } = await orderAtLeaderPoint()
        expect(order.shipping_methods[0].data).toMatchObject({ pickup_point_id: a.pickupPoint.id, ...CUIYUAN })
        expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/)

        const [row] = await pickup().listPickupOrders({ order_id: order.id })
        expect(row).toMatchObject({ status: "collectable", pickup_point_id: a.pickupPoint.id, leader_id: a.leader.id, customer_id: buyer.customer.id })
        expect(JSON.stringify(row)).not.toContain(code.replace("-", ""))

        const list = await api.get("/store/pickup-orders", buyer.headers)
        expect(list.data.pickup_orders).toEqual([expect.objectContaining({ order_id: order.id, code, status: "collectable", pickup_point: expect.objectContaining({ id: a.pickupPoint.id }) })])

        const stranger = await createStoreCustomer(api, seed.publishableKey)
        await expectError(api.get(`/store/orders/${order.id}/pickup`, stranger.headers), 404, "pickup_order_not_found")
        expect((await api.get("/store/pickup-orders", stranger.headers)).data.pickup_orders).toEqual([])

        // 锁粉: the first order at the leader's point binds the customer to the leader.
        const bound = await getContainer().resolve<LeaderModuleService>(LEADER_MODULE).getBoundLeader(buyer.customer.id)
        expect(bound).toMatchObject({ leader_id: a.leader.id, source: "order" })

        // The order page widget: point and status, never the code.
        const widget = await api.get(`/admin/orders/${order.id}/pickup`, admin.headers)
        expect(widget.data.pickup).toMatchObject({ status: "collectable", pickup_point: { id: a.pickupPoint.id } })
        expect(JSON.stringify(widget.data)).not.toContain(code.replace("-", ""))
      })

      it("refuses points that do not serve the customer, with clear codes, when choosing and at completion", async () => {
        const h = (await createStoreCustomer(api, seed.publishableKey)).headers
        const cartId = await cartWithItem(api, h, seed.regionId, eggs)
        const xh01 = seed.pickupPointIds["HZ-XH-01"]
        await expectError(api.post(`/store/carts/${cartId}/pickup`, { pickup_point_id: xh01, ...BINJIANG }, h), 400, "pickup_point_out_of_range")
        await expectError(api.post(`/store/carts/${cartId}/pickup`, { pickup_point_id: xh01, ...BEIJING }, h), 400, "no_pickup_point_in_range")
        await expectError(api.post(`/store/carts/${cartId}/pickup`, { pickup_point_id: "pkpt_nope", ...CUIYUAN }, h), 404, "pickup_point_not_found")
        await expectError(api.post(`/store/carts/${cartId}/pickup`, { pickup_point_id: xh01 }, h), 400, "invalid_data")

        // Medusa's own route with the community-pickup option is checked the same way.
        const option = seed.shippingOptionIds["community-pickup"]
        await expectError(api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option }, h), 400, "pickup_point_required")
        await expectError(
          api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option, data: { pickup_point_id: xh01 } }, h),
          400,
          "coordinates_required"
        )
        // The address's coordinates (metadata) serve when the method has none.
        await api.post(`/store/carts/${cartId}`, { shipping_address: { metadata: { ...CUIYUAN } } }, h)
        const ok = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option, data: { pickup_point_id: xh01 } }, h)
        expect(ok.status).toBe(200)

        // The point pauses between choosing and paying: completion refuses, nothing is ordered.
        await api.post(`/admin/pickup-points/${xh01}`, { status: "paused" }, admin.headers)
        const pc = await api.post("/store/payment-collections", { cart_id: cartId }, h)
        await api.post(`/store/payment-collections/${pc.data.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, h)
        const done = await api.post(`/store/carts/${cartId}/complete`, {}, h).catch((e: any) => e.response)
        const error = done.data.type === "cart" ? done.data.error : done.data
        expect(error.message).toMatch(/paused/)
        expect(await pickup().listPickupOrders({})).toHaveLength(0)
      })
    })

    describe("pickup verification", () => {
      it("lets the point's leader verify once: the order completes, pickup.order_picked_up is emitted, points are earned", async () => {
        const { a, buyer, order, code } = await orderAtLeaderPoint()
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const completed = TestEventUtils.waitSubscribersExecution("order.completed", eventBus)
        const spy = jest.spyOn(eventBus, "emit")

        const res = await api.post("/admin/leader/pickup-codes/verify", { code: code.toLowerCase() }, a.adminHeaders)
        expect(res.data.pickup_order).toMatchObject({ status: "picked_up", picked_up_by: a.leader.user_id, picked_up_by_kind: "leader" })
        expect(res.data.order).toMatchObject({ id: order.id, items: [{ sku: "ED-EGG-10", quantity: 1 }] })
        await completed

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "order", fields: ["status", "total"], filters: { id: order.id } })
        expect(data[0].status).toBe("completed")
        const events = spy.mock.calls.flatMap(([d]) => (Array.isArray(d) ? d : [d])).map((e: any) => e.name)
        expect(events).toEqual(expect.arrayContaining(["order.completed", "pickup.order_picked_up"]))
        spy.mockRestore()
        // Collecting is what completes the order, so it is what earns the buyer's points (1 per ¥1 paid, rounded down).
        const earned = await api.get("/store/loyalty/entries?kind=earn_purchase", buyer.headers)
        expect(earned.data.entries.map((e: any) => [e.order_id, e.delta])).toEqual([[order.id, Math.floor(Number(data[0].total))]])

        await expectError(api.post("/admin/leader/pickup-codes/verify", { code }, a.adminHeaders), 409, "already_picked_up")
        const log = await api.get("/admin/leader/verifications", a.adminHeaders)
        expect(log.data.verifications.map((v: any) => [v.outcome, v.actor_id])).toEqual([
          ["already_picked_up", a.leader.user_id],
          ["verified", a.leader.user_id],
        ])
      })

      it("turns down another point's leader, canceled orders and wrong codes with stable codes", async () => {
        const { order, code, a } = await orderAtLeaderPoint()
        const b = await approvedLeader(api, seed.publishableKey, admin.headers, { pickup_point_id: seed.pickupPointIds["HZ-XH-01"] })
        await expectError(api.post("/admin/leader/pickup-codes/verify", { code }, b.adminHeaders), 403, "wrong_pickup_point")
        await expectError(api.post("/admin/leader/pickup-codes/verify", { code: "00000-00000" }, a.adminHeaders), 400, "invalid_pickup_code")

        // B sees nothing of A's point.
        expect((await api.get("/admin/leader/orders", b.adminHeaders)).data.orders).toEqual([])
        expect((await api.get("/admin/leader/orders", a.adminHeaders)).data.orders.map((o: any) => o.order.id)).toEqual([order.id])
        await expectError(api.get(`/admin/orders/${order.id}/pickup`, b.adminHeaders), 403, "leader_confined")
        await expectError(api.get(`/admin/orders/${order.id}`, b.adminHeaders), 403, "leader_confined")

        const canceled = TestEventUtils.waitSubscribersExecution("order.canceled", getContainer().resolve(Modules.EVENT_BUS))
        await api.post(`/admin/orders/${order.id}/cancel`, {}, admin.headers)
        await canceled
        await expectError(api.post("/admin/leader/pickup-codes/verify", { code }, a.adminHeaders), 400, "order_canceled")
        expect((await api.get(`/store/orders/${order.id}/pickup`, (await createStoreCustomer(api, seed.publishableKey)).headers).catch((e: any) => e.response)).status).toBe(404)
      })

      it("refuses a refunded order with order_refunded, and hands nothing over", async () => {
        const { a, order, code } = await orderAtLeaderPoint()
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order.id } })
        const paymentId = (data[0] as any).payment_collections[0].payments[0].id as string
        await api.post(`/admin/payments/${paymentId}/capture`, {}, admin.headers)
        await api.post(`/admin/payments/${paymentId}/refund`, {}, admin.headers)
        await expectError(api.post("/admin/leader/pickup-codes/verify", { code }, a.adminHeaders), 400, "order_refunded")
        const [row] = await pickup().listPickupOrders({ order_id: order.id })
        expect(row.status).not.toBe("picked_up")
      })

      it("gives exactly one success to 20 concurrent verifications of one code", async () => {
        const { a, order, code } = await orderAtLeaderPoint()
        const results = await Promise.all(
          Array.from({ length: 20 }, () =>
            api.post("/admin/leader/pickup-codes/verify", { code }, a.adminHeaders).then(
              (r: any) => r.status,
              (e: any) => e.response.data.code
            )
          )
        )
        expect(results.filter((r) => r === 200)).toHaveLength(1)
        expect(results.filter((r) => r === "already_picked_up")).toHaveLength(19)
        const [row] = await pickup().listPickupOrders({ order_id: order.id })
        expect(row.status).toBe("picked_up")
        const log = await pickup().listPickupVerifications({ order_id: order.id })
        expect(log).toHaveLength(20)
        expect(log.filter((v) => v.outcome === "verified")).toHaveLength(1)
      })

      it("rate-limits wrong codes per point: past the limit even the right code waits", async () => {
        const { a, code } = await orderAtLeaderPoint()
        const wrong = await Promise.all(
          Array.from({ length: MAX_WRONG_CODES + 5 }, (_, i) =>
            api.post("/admin/leader/pickup-codes/verify", { code: `ZZZZZ-${String(i).padStart(5, "0")}` }, a.adminHeaders).then(
              (r: any) => r.status,
              (e: any) => e.response.data.code
            )
          )
        )
        expect(wrong.filter((c) => c === "invalid_pickup_code")).toHaveLength(MAX_WRONG_CODES)
        expect(wrong.filter((c) => c === "too_many_attempts")).toHaveLength(5)
        await expectError(api.post("/admin/leader/pickup-codes/verify", { code }, a.adminHeaders), 400, "too_many_attempts")
        // Other points are not affected: an operator at no particular point verifies it.
        const op = await api.post("/admin/pickup-codes/verify", { code }, admin.headers)
        expect(op.data.pickup_order).toMatchObject({ status: "picked_up", picked_up_by_kind: "operator" })
      })
    })
  },
})

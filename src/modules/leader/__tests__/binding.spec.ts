import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { LEADER_MODULE } from "../index"
import type LeaderModuleService from "../service"

jest.setTimeout(60 * 1000)

const T0 = new Date("2026-11-01T00:00:00Z")
const days = (n: number) => new Date(T0.getTime() + n * 86400000)

moduleIntegrationTestRunner<LeaderModuleService>({
  moduleName: LEADER_MODULE,
  resolve: "./src/modules/leader",
  dbName: `medusa-leader-binding-${process.pid}`,
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    const makeLeader = async (customer_id: string, extra = {}) =>
      service.createLeaders({ customer_id, name: customer_id, share_code: `share-${customer_id}`, ...extra })
    const bind = (customer_id: string, leader_id: string, at = T0) =>
      service.bindCustomer({ customer_id, leader_id, source: "share_link", at })

    describe("binding modes", () => {
      it("permanent (the default): the first leader keeps the customer", async () => {
        const [a, b] = await Promise.all([makeLeader("cus_a"), makeLeader("cus_b")])
        expect((await bind("cus_x", a.id)).outcome).toBe("bound")
        expect((await bind("cus_x", b.id, days(400))).outcome).toBe("kept")
        expect((await service.getBoundLeader("cus_x", days(400)))?.leader_id).toBe(a.id)
      })

      it("N days: the binding protects the customer for N days, then the next leader binds", async () => {
        await service.setBindingSettings({ binding_mode: "days", binding_days: 30 })
        const [a, b] = await Promise.all([makeLeader("cus_a"), makeLeader("cus_b")])
        const first = await bind("cus_x", a.id)
        expect(first.outcome).toBe("bound")
        expect((await bind("cus_x", b.id, days(29))).outcome).toBe("kept")
        expect((await service.getBoundLeader("cus_x", days(29)))?.leader_id).toBe(a.id)
        // Expired: nobody until the next trigger.
        expect(await service.getBoundLeader("cus_x", days(31))).toBeNull()
        const second = await bind("cus_x", b.id, days(31))
        expect(second.outcome).toBe("replaced")
        expect((await service.getBoundLeader("cus_x", days(31)))?.leader_id).toBe(b.id)
        // History: the first binding ended when it expired, not when it was replaced.
        const history = await service.listLeaderBindings({ customer_id: "cus_x" }, { order: { bound_at: "ASC" } })
        expect(history.map((h) => [h.leader_id, h.end_reason])).toEqual([
          [a.id, "expired"],
          [b.id, null],
        ])
        expect(history[0].ended_at).toEqual(days(30))
      })

      it("latest wins: another leader takes the customer over", async () => {
        await service.setBindingSettings({ binding_mode: "latest", binding_days: null })
        const [a, b] = await Promise.all([makeLeader("cus_a"), makeLeader("cus_b")])
        await bind("cus_x", a.id)
        expect((await bind("cus_x", b.id, days(1))).outcome).toBe("replaced")
        expect((await bind("cus_x", b.id, days(2))).outcome).toBe("kept")
        expect((await service.getBoundLeader("cus_x"))?.leader_id).toBe(b.id)
      })

      it("a suspended leader does not keep the customer: the next leader's trigger takes them over, in every mode", async () => {
        for (const [mode, binding_days] of [["permanent", null], ["days", 30]] as const) {
          await service.setBindingSettings({ binding_mode: mode, binding_days })
          const customer = `cus_${mode}`
          const [a, b] = await Promise.all([makeLeader(`cus_a_${mode}`), makeLeader(`cus_b_${mode}`)])
          expect((await bind(customer, a.id)).outcome).toBe("bound")
          await service.updateLeaders({ id: a.id, status: "suspended", suspended_at: days(1) })
          const moved = await bind(customer, b.id, days(2))
          expect(moved.outcome).toBe("replaced")
          expect((await service.getBoundLeader(customer, days(2)))?.leader_id).toBe(b.id)
          const history = await service.listLeaderBindings({ customer_id: customer }, { order: { bound_at: "ASC" } })
          expect(history.map((h) => [h.leader_id, h.end_reason])).toEqual([
            [a.id, "leader_suspended"],
            [b.id, null],
          ])
          // Reinstated, the first leader does not take the customer back in these modes.
          await service.updateLeaders({ id: a.id, status: "active", suspended_at: null })
          expect((await bind(customer, a.id, days(3))).outcome).toBe("kept")
        }
      })

      it("settings: days mode needs days", async () => {
        await expect(service.setBindingSettings({ binding_mode: "days", binding_days: null })).rejects.toThrow()
        expect(await service.getBindingSettings()).toEqual({ binding_mode: "permanent", binding_days: null })
      })
    })

    describe("refusals", () => {
      it("refuses self-binding", async () => {
        const a = await makeLeader("cus_a")
        expect(await bind("cus_a", a.id)).toEqual({ outcome: "refused", reason: "self_binding" })
        expect(await service.getBoundLeader("cus_a")).toBeNull()
      })

      it("refuses loops, direct and through several leaders", async () => {
        const [a, b, c] = await Promise.all([makeLeader("cus_a"), makeLeader("cus_b"), makeLeader("cus_c")])
        expect((await bind("cus_b", a.id)).outcome).toBe("bound") // B's owner follows A
        expect(await bind("cus_a", b.id)).toEqual({ outcome: "refused", reason: "binding_loop" })
        expect((await bind("cus_c", b.id)).outcome).toBe("bound") // C → B → A
        expect(await bind("cus_a", c.id)).toEqual({ outcome: "refused", reason: "binding_loop" })
        expect(await service.getBoundLeader("cus_a")).toBeNull()
      })

      it("refuses a suspended leader", async () => {
        const a = await makeLeader("cus_a", { status: "suspended" })
        expect(await bind("cus_x", a.id)).toEqual({ outcome: "refused", reason: "leader_not_active" })
      })
    })

    describe("concurrency", () => {
      it("keeps one current binding per customer when ten leaders bind at once", async () => {
        await service.setBindingSettings({ binding_mode: "latest", binding_days: null })
        const leaders = await Promise.all(Array.from({ length: 10 }, (_, i) => makeLeader(`cus_l${i}`)))
        const results = await Promise.all(leaders.map((l) => bind("cus_x", l.id)))
        expect(results.filter((r) => r.outcome === "bound")).toHaveLength(1)
        const current = await service.listLeaderBindings({ customer_id: "cus_x", ended_at: null })
        expect(current).toHaveLength(1)
        expect(await service.listLeaderBindings({ customer_id: "cus_x" })).toHaveLength(10)
      })

      it("lets only one of two opposite bindings through (no loop by race)", async () => {
        const [a, b] = await Promise.all([makeLeader("cus_a"), makeLeader("cus_b")])
        const results = await Promise.all([bind("cus_a", b.id), bind("cus_b", a.id)])
        expect(results.map((r) => r.outcome).sort()).toEqual(["bound", "refused"])
      })
    })

    describe("applications", () => {
      const application = (customer_id: string) => ({
        customer_id,
        name: "王小明",
        phone: "13800138000",
        community: "翠苑一区",
        id_number_encrypted: "v1.x.y.z",
        id_number_masked: "330***********1234",
        point_name: "翠苑一区自提点",
        address: "翠苑一区12幢",
        latitude: 30.2895,
        longitude: 120.1235,
        opening_hours: {},
      })

      it("allows one open application per customer, even when submitted at once", async () => {
        const results = await Promise.allSettled(
          Array.from({ length: 5 }, () => service.createLeaderApplications(application("cus_a")))
        )
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
        expect(await service.listLeaderApplications({ customer_id: "cus_a" })).toHaveLength(1)
      })

      it("allows a new application once the previous one is closed", async () => {
        const first = await service.createLeaderApplications(application("cus_a"))
        expect(await service.transitionApplication(first.id, "applied", "rejected", { rejection_reason: "no" })).toBe(true)
        await expect(service.createLeaderApplications(application("cus_a"))).resolves.toBeTruthy()
      })

      it("transitions an application once under concurrency", async () => {
        const app = await service.createLeaderApplications(application("cus_a"))
        const results = await Promise.all([1, 2, 3, 4].map(() => service.transitionApplication(app.id, "applied", "approved")))
        expect(results.filter(Boolean)).toHaveLength(1)
        const row = await service.retrieveLeaderApplication(app.id)
        expect(row.status).toBe("approved")
        expect(row.reviewed_at).toBeTruthy()
      })
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, createStoreCustomer } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { LEADER_MODULE } from "../../../src/modules/leader"
import type LeaderModuleService from "../../../src/modules/leader/service"
import { PICKUP_MODULE } from "../../../src/modules/pickup"
import type PickupModuleService from "../../../src/modules/pickup/service"
import { applicationBody, approvedLeader, expectError } from "./helpers"

jest.setTimeout(180 * 1000)

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

    describe("applying", () => {
      it("stores the application with the identity number encrypted and shows it masked", async () => {
        const c = await createStoreCustomer(api, seed.publishableKey)
        const res = await api.post("/store/leader-applications", applicationBody(), c.headers)
        expect(res.status).toBe(201)
        expect(res.data.leader_application).toMatchObject({ status: "applied", id_number: "110***********002X" })

        const stored = await getContainer().resolve<LeaderModuleService>(LEADER_MODULE).retrieveLeaderApplication(res.data.leader_application.id)
        expect(stored.id_number_encrypted).not.toContain("11010519491231002X")
        expect(stored.id_number_encrypted).toMatch(/^v1\./)

        const mine = await api.get("/store/leader-applications", c.headers)
        expect(mine.data.leader_applications.map((a: any) => a.id)).toEqual([res.data.leader_application.id])
        const adminView = await api.get(`/admin/leader-applications/${res.data.leader_application.id}`, admin.headers)
        expect(adminView.data.leader_application).toMatchObject({ id_number: "110***********002X", customer: { email: c.email } })
        expect(JSON.stringify(adminView.data)).not.toContain("11010519491231002X")
      })

      it("allows one open application per customer", async () => {
        const c = await createStoreCustomer(api, seed.publishableKey)
        await api.post("/store/leader-applications", applicationBody(), c.headers)
        await expectError(api.post("/store/leader-applications", applicationBody(), c.headers), 409, "application_open")
      })

      it("refuses bad input with invalid_data and guests with 401", async () => {
        const c = await createStoreCustomer(api, seed.publishableKey)
        await expectError(api.post("/store/leader-applications", applicationBody({ id_number: "110105194912310021" }), c.headers), 400, "invalid_data")
        await expectError(
          api.post("/store/leader-applications", applicationBody({ pickup_point: { ...applicationBody().pickup_point, latitude: 99 } }), c.headers),
          400,
          "invalid_data"
        )
        await expectError(
          api.post("/store/leader-applications", applicationBody({ pickup_point: { ...applicationBody().pickup_point, opening_hours: { mon: [{ open: "25:00", close: "08:00" }] } } }), c.headers),
          400,
          "invalid_data"
        )
        const guest = await api.post("/store/leader-applications", applicationBody(), { headers: { "x-publishable-api-key": seed.publishableKey } }).catch((e: any) => e.response)
        expect(guest.status).toBe(401)
        expect(await getContainer().resolve<LeaderModuleService>(LEADER_MODULE).listLeaderApplications({})).toHaveLength(0)
      })

      it("lets the applicant withdraw, and shows a rejection's reason", async () => {
        const c = await createStoreCustomer(api, seed.publishableKey)
        const a1 = await api.post("/store/leader-applications", applicationBody(), c.headers)
        const w = await api.post(`/store/leader-applications/${a1.data.leader_application.id}/withdraw`, {}, c.headers)
        expect(w.data.leader_application.status).toBe("withdrawn")
        const a2 = await api.post("/store/leader-applications", applicationBody(), c.headers)
        const other = await createStoreCustomer(api, seed.publishableKey)
        await expectError(api.post(`/store/leader-applications/${a2.data.leader_application.id}/withdraw`, {}, other.headers), 404, "application_not_found")

        await api.post(`/admin/leader-applications/${a2.data.leader_application.id}/reject`, { reason: "该小区已有团长" }, admin.headers)
        const mine = await api.get("/store/leader-applications", c.headers)
        expect(mine.data.leader_applications[0]).toMatchObject({ status: "rejected", rejection_reason: "该小区已有团长" })
        await expectError(api.post(`/admin/leader-applications/${a2.data.leader_application.id}/approve`, {}, admin.headers), 409, "application_not_open")
      })
    })

    describe("approval", () => {
      it("creates the point, the leader and an admin login with the shop password, landing on the leader pages", async () => {
        const l = await approvedLeader(api, seed.publishableKey, admin.headers, { radius_km: 1.5, code: "HZ-XH-99" })
        expect(l.login).toBe("shop_password")
        expect(l.leader).toMatchObject({ status: "active", customer_id: l.customer.customer.id })
        expect(l.pickupPoint).toMatchObject({ name: "翠苑一区东门自提点", radius_km: 1.5, code: "HZ-XH-99", leader_id: l.leader.id, latitude: 30.2901 })

        const me = await api.get("/admin/leader/me", l.adminHeaders)
        expect(me.data).toMatchObject({ confined: true, leader: { id: l.leader.id }, pickup_point: { id: l.pickupPoint.id } })

        // The leader's sidebar hides the dashboard's nav items (per-user layout).
        const layout = await api.get("/admin/layouts/sidebar/configuration", l.adminHeaders)
        expect(layout.data.personal_configuration.configuration.widgets["core:nav:/orders"]).toEqual({ hidden: true })
        expect(layout.data.personal_configuration.configuration.widgets["core:nav:/leader"]).toBeUndefined()

        // The customer can still shop with the same account.
        const shop = await api.get("/store/customers/me", l.customer.headers)
        expect(shop.data.customer.email).toBe(l.customer.email)
      })

      it("emits leader.approved with the ids", async () => {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const spy = jest.spyOn(eventBus, "emit")
        try {
          const l = await approvedLeader(api, seed.publishableKey, admin.headers)
          const emitted = spy.mock.calls.flatMap(([data]) => (Array.isArray(data) ? data : [data]))
          const event = emitted.find((e: any) => e.name === "leader.approved")
          expect(event?.data).toEqual({
            id: l.leader.id,
            customer_id: l.customer.customer.id,
            user_id: l.leader.user_id,
            pickup_point_id: l.pickupPoint.id,
            application_id: expect.any(String),
          })
        } finally {
          spy.mockRestore()
        }
      })

      it("approves once when five operators click at the same time", async () => {
        const c = await createStoreCustomer(api, seed.publishableKey)
        const a = await api.post("/store/leader-applications", applicationBody(), c.headers)
        const results = await Promise.all(
          Array.from({ length: 5 }, () =>
            api.post(`/admin/leader-applications/${a.data.leader_application.id}/approve`, {}, admin.headers).then(
              (r: any) => r.status,
              (e: any) => e.response.data.code
            )
          )
        )
        expect(results.sort()).toEqual([200, "application_not_open", "application_not_open", "application_not_open", "application_not_open"])
        const container = getContainer()
        expect(await container.resolve<LeaderModuleService>(LEADER_MODULE).listLeaders({ customer_id: c.customer.id })).toHaveLength(1)
        expect(await container.resolve(Modules.USER).listUsers({ email: c.email })).toHaveLength(1)
        expect(await container.resolve<PickupModuleService>(PICKUP_MODULE).listPickupPoints({ name: "翠苑一区东门自提点" })).toHaveLength(1)
      })

      it("undoes everything when a step fails (the login already belongs to an admin user)", async () => {
        const c = await createStoreCustomer(api, seed.publishableKey)
        const a = await api.post("/store/leader-applications", applicationBody(), c.headers)
        const auth = getContainer().resolve(Modules.AUTH)
        const [identity] = await auth.listProviderIdentities({ provider: "emailpass", entity_id: c.email }, { relations: ["auth_identity"] })
        await auth.updateAuthIdentities({ id: identity.auth_identity_id!, app_metadata: { ...identity.auth_identity!.app_metadata, user_id: "user_somebody_else" } })
        const pointsBefore = (await getContainer().resolve<PickupModuleService>(PICKUP_MODULE).listPickupPoints({})).length

        await expectError(api.post(`/admin/leader-applications/${a.data.leader_application.id}/approve`, {}, admin.headers), 409, "identity_has_user")

        const app = await api.get(`/admin/leader-applications/${a.data.leader_application.id}`, admin.headers)
        expect(app.data.leader_application).toMatchObject({ status: "applied", leader_id: null, reviewed_by: null })
        expect((await getContainer().resolve<PickupModuleService>(PICKUP_MODULE).listPickupPoints({})).length).toBe(pointsBefore)
        expect(await getContainer().resolve<LeaderModuleService>(LEADER_MODULE).listLeaders({})).toHaveLength(0)
      })

      it("hands over an existing point, refusing one that already has a leader", async () => {
        const first = await approvedLeader(api, seed.publishableKey, admin.headers, { pickup_point_id: seed.pickupPointIds["HZ-XH-02"] })
        expect(first.pickupPoint.id).toBe(seed.pickupPointIds["HZ-XH-02"])
        const c = await createStoreCustomer(api, seed.publishableKey)
        const a = await api.post("/store/leader-applications", applicationBody(), c.headers)
        await expectError(
          api.post(`/admin/leader-applications/${a.data.leader_application.id}/approve`, { pickup_point_id: seed.pickupPointIds["HZ-XH-02"] }, admin.headers),
          409,
          "pickup_point_has_leader"
        )
        await expectError(api.post(`/admin/leader-applications/${a.data.leader_application.id}/approve`, { pickup_point_id: "pkpt_nope" }, admin.headers), 404, "pickup_point_not_found")
      })
    })

    describe("confinement", () => {
      it("answers 403 on core admin routes for a leader, 200 on the leader pages", async () => {
        const l = await approvedLeader(api, seed.publishableKey, admin.headers)
        await expectError(api.get("/admin/orders", l.adminHeaders), 403, "leader_confined")
        await expectError(api.get("/admin/customers", l.adminHeaders), 403, "leader_confined")
        await expectError(api.get("/admin/leader-applications", l.adminHeaders), 403, "leader_confined")
        await expectError(api.get(`/admin/leaders/${l.leader.id}`, l.adminHeaders), 403, "leader_confined")
        expect((await api.get("/admin/users/me", l.adminHeaders)).status).toBe(200)
        expect((await api.get("/admin/leader/me", l.adminHeaders)).status).toBe(200)
      })

      it("stops a leader from editing products even when the leader role is given product:read", async () => {
        const container = getContainer()
        const rbac = container.resolve(Modules.RBAC)
        const [productRead] = await rbac.listRbacPolicies({ key: "product:read" })
        const [product] = await container.resolve(Modules.PRODUCT).listProducts({ handle: "wuchang-rice" })

        // Control: in 2.21.2 a plain role with product:read may edit products (the RBAC gap).
        const reader = await rbac.createRbacRoles({ name: "product_reader" })
        await rbac.createRbacRolePolicies([{ role_id: reader.id, policy_id: productRead.id }])
        const readerUser = await createAdminUser(container, api, { roles: [reader.id] })
        const edited = await api.post(`/admin/products/${product.id}`, { subtitle: "edited by a reader" }, readerUser.headers)
        expect(edited.status).toBe(200)

        // The leader role with product:read too: our allow-list still refuses.
        await rbac.createRbacRolePolicies([{ role_id: seed.roleIds.community_leader, policy_id: productRead.id }])
        const l = await approvedLeader(api, seed.publishableKey, admin.headers)
        await expectError(api.post(`/admin/products/${product.id}`, { subtitle: "edited by a leader" }, l.adminHeaders), 403, "leader_confined")
        await expectError(api.get(`/admin/products/${product.id}`, l.adminHeaders), 403, "leader_confined")
        const after = await container.resolve(Modules.PRODUCT).retrieveProduct(product.id)
        expect(after.subtitle).toBe("edited by a reader")
      })

      it("lets a leader change their own sidebar but never the system-wide default", async () => {
        const l = await approvedLeader(api, seed.publishableKey, admin.headers)
        const body = { configuration: { widgets: { "core:nav:/orders": { hidden: true } } } }
        await expectError(api.post("/admin/layouts/sidebar/configuration", { ...body, is_default: true }, l.adminHeaders), 403, "leader_confined")
        const own = await api.post("/admin/layouts/sidebar/configuration", body, l.adminHeaders)
        expect(own.status).toBe(200)
        const settings = getContainer().resolve(Modules.SETTINGS)
        expect(await settings.getSystemDefaultLayoutConfiguration("sidebar")).toBeNull()
        // An operator may still set the default.
        const op = await api.post("/admin/layouts/sidebar/configuration", { ...body, is_default: true }, admin.headers)
        expect(op.status).toBe(200)
      })

      it("does not confine an operator who is also a leader, nor operators without the leader role", async () => {
        // An operator (super admin) applies with the e-mail of their admin user, as a shop customer too.
        const email = `op-${Date.now()}@test.local`
        const op = await createAdminUser(getContainer(), api, { email, password: "op-password" })
        const pre = await api.post("/auth/customer/emailpass", { email, password: "op-password" })
        await api.post("/store/customers", { email }, { headers: { "x-publishable-api-key": seed.publishableKey, authorization: `Bearer ${pre.data.token}` } })
        const shopLogin = await api.post("/auth/customer/emailpass", { email, password: "op-password" })
        const shopHeaders = { headers: { "x-publishable-api-key": seed.publishableKey, authorization: `Bearer ${shopLogin.data.token}` } }
        const a = await api.post("/store/leader-applications", applicationBody(), shopHeaders)
        const approved = await api.post(`/admin/leader-applications/${a.data.leader_application.id}/approve`, {}, admin.headers)
        expect(approved.data.login).toBe("existing_user")
        expect(approved.data.leader.user_id).toBe(op.user.id)

        const relogin = await api.post("/auth/user/emailpass", { email, password: "op-password" })
        const h = { headers: { authorization: `Bearer ${relogin.data.token}` } }
        expect((await api.get("/admin/orders", h)).status).toBe(200)
        const me = await api.get("/admin/leader/me", h)
        expect(me.data).toMatchObject({ confined: false, leader: { id: approved.data.leader.id } })

        // Operators without the leader role: RBAC keeps them out of the leader pages, nothing else changes.
        const ops = await createAdminUser(getContainer(), api, { roles: [seed.roleIds.operations] })
        expect((await api.get("/admin/leader-applications", ops.headers)).status).toBe(200)
        expect((await api.get("/admin/leader/me", ops.headers).catch((e: any) => e.response)).status).toBe(403)
        const finance = await createAdminUser(getContainer(), api, { roles: [seed.roleIds.finance] })
        expect((await api.get("/admin/leader-applications", finance.headers).catch((e: any) => e.response)).status).toBe(403)
      })

      it("answers not_a_leader to a super admin who is no leader", async () => {
        await expectError(api.get("/admin/leader/me", admin.headers), 403, "not_a_leader")
      })
    })

    describe("suspension", () => {
      it("locks a suspended leader out at once, pauses their point, and lets them back in on reinstatement", async () => {
        const l = await approvedLeader(api, seed.publishableKey, admin.headers)
        const s = await api.post(`/admin/leaders/${l.leader.id}/suspend`, { reason: "投诉较多" }, admin.headers)
        expect(s.data.leader).toMatchObject({ status: "suspended", suspension_reason: "投诉较多", pickup_point: { status: "paused" } })
        await expectError(api.get("/admin/leader/me", l.adminHeaders), 403, "leader_suspended")
        await expectError(api.post(`/admin/leaders/${l.leader.id}/suspend`, { reason: "x" }, admin.headers), 409, "leader_not_active")

        const r = await api.post(`/admin/leaders/${l.leader.id}/reinstate`, {}, admin.headers)
        expect(r.data.leader).toMatchObject({ status: "active", suspension_reason: null, pickup_point: { status: "active" } })
        expect((await api.get("/admin/leader/me", l.adminHeaders)).status).toBe(200)
      })
    })

    describe("the leader's own point", () => {
      it("lets the leader change hours and status of their point, and nothing else", async () => {
        const l = await approvedLeader(api, seed.publishableKey, admin.headers)
        const res = await api.post(
          "/admin/leader/pickup-point",
          { opening_hours: { sun: [{ open: "10:00", close: "16:00" }] }, status: "paused" },
          l.adminHeaders
        )
        expect(res.data.pickup_point).toMatchObject({ id: l.pickupPoint.id, status: "paused", opening_hours: { sun: [{ open: "10:00", close: "16:00" }], mon: [] } })
        await expectError(api.post("/admin/leader/pickup-point", { radius_km: 20 }, l.adminHeaders), 400, "invalid_data")
        await expectError(api.post("/admin/leader/pickup-point", { status: "closed" }, l.adminHeaders), 400, "invalid_data")
        await expectError(api.post(`/admin/pickup-points/${l.pickupPoint.id}`, { radius_km: 20 }, l.adminHeaders), 403, "leader_confined")
      })
    })

    describe("binding by share link", () => {
      it("binds a follower, refuses the leader's own account, and shows it on the customer page", async () => {
        const l = await approvedLeader(api, seed.publishableKey, admin.headers)
        const share = await api.get(`/store/leaders/share/${l.leader.share_code}`, { headers: { "x-publishable-api-key": seed.publishableKey } })
        expect(share.data.leader).toMatchObject({ id: l.leader.id, pickup_point: { id: l.pickupPoint.id } })

        const fan = await createStoreCustomer(api, seed.publishableKey)
        const bound = await api.post("/store/leader-binding", { share_code: l.leader.share_code }, fan.headers)
        expect(bound.data).toMatchObject({ outcome: "bound", leader_binding: { source: "share_link", leader: { id: l.leader.id } } })
        expect((await api.get("/store/leader-binding", fan.headers)).data.leader_binding.leader.id).toBe(l.leader.id)

        await expectError(api.post("/store/leader-binding", { share_code: l.leader.share_code }, l.customer.headers), 400, "self_binding")
        await expectError(api.post("/store/leader-binding", { share_code: "nobody123" }, fan.headers), 404, "leader_not_found")

        const widget = await api.get(`/admin/customers/${fan.customer.id}/leader`, admin.headers)
        expect(widget.data).toMatchObject({ binding: { leader: { id: l.leader.id, status: "active" }, source: "share_link" }, leader: null })
        const leaderWidget = await api.get(`/admin/customers/${l.customer.customer.id}/leader`, admin.headers)
        expect(leaderWidget.data).toMatchObject({ binding: null, leader: { id: l.leader.id, status: "active" }, application: { status: "approved" } })
      })

      it("follows the operator's binding mode: permanent keeps the first leader, latest moves to the newest", async () => {
        const first = await approvedLeader(api, seed.publishableKey, admin.headers)
        const second = await approvedLeader(api, seed.publishableKey, admin.headers)
        const fan = await createStoreCustomer(api, seed.publishableKey)
        const bind = (code: string) => api.post("/store/leader-binding", { share_code: code }, fan.headers)
        const before = (await api.get("/admin/leader-settings", admin.headers)).data.leader_settings

        const permanent = await api.post("/admin/leader-settings", { binding_mode: "permanent" }, admin.headers)
        expect(permanent.data.leader_settings).toEqual({ binding_mode: "permanent", binding_days: null })
        expect((await bind(first.leader.share_code)).data.outcome).toBe("bound")
        const kept = await bind(second.leader.share_code)
        expect(kept.data).toMatchObject({ outcome: "kept", leader_binding: { leader: { id: first.leader.id } } })

        await api.post("/admin/leader-settings", { binding_mode: "latest" }, admin.headers)
        expect((await api.get("/admin/leader-settings", admin.headers)).data.leader_settings.binding_mode).toBe("latest")
        const replaced = await bind(second.leader.share_code)
        expect(replaced.data).toMatchObject({ outcome: "replaced", leader_binding: { leader: { id: second.leader.id } } })
        expect((await api.get("/store/leader-binding", fan.headers)).data.leader_binding.leader.id).toBe(second.leader.id)

        await expectError(api.post("/admin/leader-settings", { binding_mode: "days" }, admin.headers), 400, "invalid_data")
        await expectError(api.post("/admin/leader-settings", { binding_mode: "latest" }, second.adminHeaders), 403, "leader_confined")
        expect((await api.get("/admin/leader-settings", admin.headers)).data.leader_settings.binding_mode).toBe("latest")
        await api.post("/admin/leader-settings", { binding_mode: before.binding_mode, binding_days: before.binding_days }, admin.headers)
      })
    })
  },
})

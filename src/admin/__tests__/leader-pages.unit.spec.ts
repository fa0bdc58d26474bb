/**
 * Smoke test of the leader and pickup admin pages and widgets without a browser: each one is rendered to
 * HTML (react-dom/server) in English and Simplified Chinese with API answers shaped like the real routes'
 * (see integration-tests/http/{leaders,pickup-points,pickup-orders}), after its queries have been run.
 * It catches render crashes on real data shapes and strings left untranslated (a raw `leaders.` key).
 * It does not click anything, and closed selects, drawers and dialogs render nothing: the browser suite does that.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import i18next from "i18next"
import { createElement as h, type ComponentType } from "react"
import { renderToString } from "react-dom/server"
import { I18nextProvider, initReactI18next } from "react-i18next"
import { MemoryRouter, Route, Routes } from "react-router-dom"
import translations from "../i18n"

const point = {
  id: "pp_1",
  code: "HZ-001",
  name: "翠苑一区自提点",
  address: "翠苑一区12幢",
  district: "西湖区",
  city: "杭州",
  latitude: 30.2895,
  longitude: 120.1235,
  radius_km: 2,
  opening_hours: { mon: [{ open: "08:00", close: "21:00" }], tue: [{ open: "08:00", close: "21:00" }], sun: [] },
  daily_capacity: 200,
  status: "active",
  leader_id: "ldr_1",
  contact_phone: "13800138000",
  photo_url: null,
  created_at: "2026-11-20T08:00:00.000Z",
  updated_at: "2026-11-21T08:00:00.000Z",
}
const leader = {
  id: "ldr_1",
  customer_id: "cus_1",
  user_id: "user_1",
  pickup_point_id: "pp_1",
  status: "active",
  name: "王小明",
  phone: "13800138000",
  community: "翠苑一区",
  email: "wang@example.com",
  share_code: "WANG01",
  approved_at: "2026-11-20T08:00:00.000Z",
  suspended_at: null,
  suspension_reason: null,
  pickup_point: { id: "pp_1", name: point.name, code: point.code, status: "active" },
}
const application = {
  id: "lapp_1",
  status: "applied",
  name: "李华",
  phone: "13900139000",
  community: "文三新村",
  id_number: "330***********1234",
  pickup_point: { name: "文三新村自提点", address: "文三路1号", latitude: 30.28, longitude: 120.13, opening_hours: point.opening_hours, photo_url: "https://example.com/p.jpg" },
  rejection_reason: null,
  reviewed_at: null,
  created_at: "2026-11-24T08:00:00.000Z",
  customer_id: "cus_2",
  customer: { id: "cus_2", email: "li@example.com", first_name: "华", last_name: "李" },
  reviewed_by: null,
  leader_id: null,
}
const batchPoint = { id: "pp_1", code: point.code, name: point.name, address: point.address, latitude: point.latitude, longitude: point.longitude, contact_phone: point.contact_phone }
const batch = {
  id: "dbat_1",
  pickup_point_id: "pp_1",
  delivery_date: "2026-11-26",
  status: "dispatched",
  dispatched_at: "2026-11-26T01:00:00.000Z",
  arrived_at: null,
  pickup_point: batchPoint,
  order_count: 2,
}
const batchDetail = {
  ...batch,
  pick_list: [{ sku: "RICE-5KG", title: "五常稻花香大米", variant_title: "5kg", quantity: 3, orders: 2 }],
  orders: [
    { order_id: "order_1", display_id: 101, status: "pending", ready_at: null, customer_name: "张三", customer_phone: "13700137000", items: [{ sku: "RICE-5KG", title: "五常稻花香大米", quantity: 2 }] },
  ],
}
const pickupOrder = {
  id: "pko_1",
  order_id: "order_1",
  pickup_point_id: "pp_1",
  customer_id: "cus_3",
  group_id: null,
  status: "collectable",
  code_issued_at: "2026-11-25T08:00:00.000Z",
  ready_at: "2026-11-26T03:00:00.000Z",
  picked_up_at: null,
  picked_up_by: null,
  picked_up_by_kind: null,
  canceled_at: null,
  delivery_batch_id: "dbat_1",
  created_at: "2026-11-25T08:00:00.000Z",
}
const orderSummary = {
  id: "order_1",
  display_id: 101,
  status: "pending",
  created_at: "2026-11-25T08:00:00.000Z",
  currency_code: "cny",
  total: 59.8,
  items: [{ title: "五常稻花香大米", variant_title: "5kg", sku: "RICE-5KG", quantity: 2 }],
  customer_name: "张三",
  customer_phone: "13700137000",
}
const list = (key: string, items: unknown[]) => ({ [key]: items, count: items.length, offset: 0, limit: 20 })

/** The answer of each route the pages call (by path, query ignored). */
function mockAnswer(path: string): unknown {
  const routes: [RegExp, unknown][] = [
    [/^\/admin\/leader-applications$/, list("leader_applications", [application])],
    [/^\/admin\/leader-applications\/[^/]+$/, { leader_application: application }],
    [/^\/admin\/leaders$/, list("leaders", [leader, { ...leader, id: "ldr_2", name: "赵六", status: "suspended", suspension_reason: "投诉" }])],
    [/^\/admin\/leader-settings$/, { leader_settings: { binding_mode: "days", binding_days: 30 } }],
    [/^\/admin\/pickup-points$/, list("pickup_points", [point, { ...point, id: "pp_2", code: null, leader_id: null, status: "paused" }])],
    [/^\/admin\/delivery-batches$/, list("delivery_batches", [batch])],
    [/^\/admin\/delivery-batches\/route-sheet$/, {
      route_sheet: {
        delivery_date: "2026-11-26",
        warehouse: { id: "sloc_1", name: "杭州中心仓", latitude: 30.25, longitude: 120.2 },
        stops: [{ ...batchPoint, position: 1, batch_id: "dbat_1", status: "dispatched", order_count: 2, leg_m: 5230, cumulative_m: 5230 }],
        total_m: 5230,
      },
    }],
    [/^\/admin\/delivery-batches\/[^/]+$/, { delivery_batch: batchDetail }],
    [/^\/admin\/customers\/[^/]+\/leader$/, {
      binding: { leader: { id: "ldr_1", name: "王小明", status: "suspended" }, source: "order", bound_at: "2026-11-20T08:00:00.000Z", expires_at: "2026-12-20T08:00:00.000Z" },
      leader: null,
      application: { id: "lapp_1", status: "rejected", created_at: "2026-11-24T08:00:00.000Z" },
    }],
    [/^\/admin\/orders\/[^/]+\/pickup$/, {
      pickup: {
        ...pickupOrder,
        pickup_point: { id: "pp_1", name: point.name, code: point.code, address: point.address },
        verifications: [{ actor_id: "user_1", actor_kind: "leader", outcome: "invalid_pickup_code", created_at: "2026-11-26T04:00:00.000Z" }],
      },
    }],
    [/^\/admin\/leader\/me$/, { leader: { ...leader, pickup_point: undefined }, pickup_point: point, confined: true }],
    [/^\/admin\/leader\/orders$/, list("orders", [{ pickup_order: pickupOrder, order: orderSummary }])],
    [/^\/admin\/leader\/verifications$/, list("verifications", [{ id: "pver_1", order_id: "order_1", actor_kind: "leader", outcome: "verified", created_at: "2026-11-26T04:00:00.000Z" }])],
    [/^\/admin\/leader\/delivery-batches$/, list("delivery_batches", [batch])],
    [/^\/admin\/leader\/delivery-batches\/[^/]+$/, { delivery_batch: batchDetail }],
  ]
  const found = routes.find(([re]) => re.test(path))
  if (!found) throw new Error(`no fixture for ${path}`)
  return found[1]
}

const mockCalls: string[] = []
jest.mock("../lib/sdk", () => ({
  sdk: {
    client: { fetch: jest.fn(async (path: string) => (mockCalls.push(path), mockAnswer(path))) },
    admin: { layouts: { retrieveConfiguration: jest.fn(), setConfiguration: jest.fn() } },
  },
}))
jest.mock("../lib/api-error", () => {
  // The real module reads import.meta.env (Vite); the same behaviour without it.
  class ApiError extends Error {
    constructor(message: string, readonly status: number, readonly code: string | undefined) {
      super(message)
    }
  }
  return {
    ApiError,
    errorCode: (e: unknown) => (e instanceof ApiError ? e.code : undefined),
    backendUrl: (path: string) => path,
    fetchWithCode: jest.fn(async (path: string) => (mockCalls.push(path), mockAnswer(path))),
  }
})

type Case = { name: string; load: () => { default: ComponentType<any> }; path: string; url: string; props?: object; expect: { en: string[]; zhCN: string[] } }

const CASES: Case[] = [
  { name: "leaders", load: () => require("../routes/leaders/page"), path: "/leaders", url: "/leaders", expect: { en: ["王小明", "Suspend", "Reinstate", "Customer binding"], zhCN: ["停用", "恢复", "锁粉规则"] } },
  { name: "applications", load: () => require("../routes/leaders/applications/page"), path: "/leaders/applications", url: "/leaders/applications", expect: { en: ["李华", "Applied"], zhCN: ["待审核", "团长申请"] } },
  { name: "application", load: () => require("../routes/leaders/applications/[id]/page"), path: "/leaders/applications/:id", url: "/leaders/applications/lapp_1", expect: { en: ["330***********1234", "Mon–Tue 08:00-21:00", "Reject", "Approve", "Service radius (km)"], zhCN: ["周一–周二 08:00-21:00", "拒绝", "服务半径（公里）"] } },
  { name: "pickup points", load: () => require("../routes/pickup-points/page"), path: "/pickup-points", url: "/pickup-points", expect: { en: ["30.28950, 120.12350", "Paused", "Create pickup point"], zhCN: ["暂停", "新建自提点"] } },
  { name: "batches", load: () => require("../routes/delivery-batches/page"), path: "/delivery-batches", url: "/delivery-batches", expect: { en: ["2026-11-26", "Dispatched"], zhCN: ["已发车", "配送批次"] } },
  { name: "batch", load: () => require("../routes/delivery-batches/[id]/page"), path: "/delivery-batches/:id", url: "/delivery-batches/dbat_1", expect: { en: ["Pick list", "× 3", "in 2 orders", "Export CSV", "/admin/delivery-batches/export?delivery_date=2026-11-26", "Route sheet for 2026-11-26", "From 杭州中心仓, 5.2 km in total"], zhCN: ["拣货单", "共 2 单", "从 杭州中心仓 出发，全程 5.2 km"] } },
  { name: "leader home", load: () => require("../routes/leader/page"), path: "/leader", url: "/leader", expect: { en: ["Hello, 王小明", "Verify a pickup code", "Taking orders", "08:00-21:00", "1 to collect", "My earnings"], zhCN: ["王小明，您好", "提货核销", "接单中", "我的收益"] } },
  { name: "leader orders", load: () => require("../routes/leader/orders/page"), path: "/leader/orders", url: "/leader/orders", expect: { en: ["#101", "张三", "To collect", "tel:13700137000"], zhCN: ["待提货"] } },
  { name: "leader verify", load: () => require("../routes/leader/verify/page"), path: "/leader/verify", url: "/leader/verify", expect: { en: ["Verify", "Latest verifications", "Verified"], zhCN: ["核销", "已核销"] } },
  { name: "leader batches", load: () => require("../routes/leader/batches/page"), path: "/leader/batches", url: "/leader/batches", expect: { en: ["2026-11-26", "2 orders"], zhCN: ["我的到货", "2 单"] } },
  { name: "leader batch", load: () => require("../routes/leader/batches/[id]/page"), path: "/leader/batches/:id", url: "/leader/batches/dbat_1", expect: { en: ["Confirm arrival", "五常稻花香大米"], zhCN: ["确认到货"] } },
  { name: "customer widget", load: () => require("../widgets/customer-leader"), path: "/customers/:id", url: "/customers/cus_3", props: { data: { id: "cus_3" } }, expect: { en: ["王小明", "This leader is suspended", "First order at the point", "Rejected"], zhCN: ["该团长已停用", "已拒绝"] } },
  { name: "order widget", load: () => require("../widgets/order-pickup"), path: "/orders/:id", url: "/orders/order_1", props: { data: { id: "order_1", currency_code: "cny" } }, expect: { en: ["HZ-001", "To collect", "Verify the customer&#x27;s code", "No order has this code"], zhCN: ["待提货", "核销记录"] } },
]

async function render(c: Case, lng: "en" | "zhCN") {
  const i18n = i18next.createInstance()
  await i18n.use(initReactI18next).init({ lng, fallbackLng: false, resources: translations, interpolation: { escapeValue: false } })
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const Page = c.load().default
  const tree = () =>
    h(
      QueryClientProvider,
      { client },
      h(I18nextProvider, { i18n }, h(MemoryRouter, { initialEntries: [c.url] }, h(Routes, null, h(Route, { path: c.path, element: h(Page, c.props ?? {}) }))))
    )
  // Each pass runs the queries the last render declared; components shown only with data declare more.
  let html = renderToString(tree())
  for (let pass = 0; pass < 4; pass++) {
    const before = client.getQueryCache().getAll().length
    // Rendered on a server, queries are built but never run (and count as disabled): run them here.
    const pending = client.getQueryCache().getAll().filter((q) => q.state.status === "pending" && (q.options as { enabled?: unknown }).enabled !== false)
    await Promise.all(pending.map((q) => q.fetch().catch(() => undefined)))
    html = renderToString(tree())
    if (client.getQueryCache().getAll().length === before && pass > 0) break
  }
  const failed = client.getQueryCache().getAll().filter((q) => q.state.status === "error")
  // React marks the boundary between adjacent text nodes with an empty comment: "× <!-- -->3".
  html = html.replace(/<!-- -->/g, "")
  return { html, failed: failed.map((q) => `${JSON.stringify(q.queryKey)}: ${(q.state.error as Error).message}`) }
}

describe("leader and pickup admin pages render with real data shapes", () => {
  for (const c of CASES) {
    for (const lng of ["en", "zhCN"] as const) {
      it(`${c.name} (${lng})`, async () => {
        const { html, failed } = await render(c, lng)
        expect(failed).toEqual([])
        expect(html).not.toMatch(/leaders\.[a-zA-Z]/) // no untranslated key
        expect(html).not.toMatch(/common\.[a-zA-Z]/)
        for (const text of c.expect[lng]) {
          expect(html).toContain(text)
        }
      })
    }
  }

  it("uses fixtures that satisfy the routes' own response schemas", () => {
    const { z } = require("@medusajs/framework/zod")
    const apps = require("../../api/admin/leader-applications/validators")
    const leaders = require("../../api/admin/leaders/validators")
    const settings = require("../../api/admin/leader-settings/validators")
    const points = require("../../api/admin/pickup-points/validators")
    const batches = require("../../api/admin/delivery-batches/validators")
    const codes = require("../../api/admin/pickup-codes/validators")
    const pairs: [string, { parse: (v: unknown) => unknown }][] = [
      ["/admin/leader-applications", apps.AdminLeaderApplicationsResponse],
      ["/admin/leader-applications/lapp_1", apps.AdminLeaderApplicationResponse],
      ["/admin/leaders", leaders.AdminLeadersResponse],
      ["/admin/leader-settings", settings.AdminLeaderSettingsResponse],
      ["/admin/pickup-points", z.object({ pickup_points: z.array(points.AdminPickupPoint), count: z.number() })],
      ["/admin/delivery-batches", batches.DeliveryBatchesResponse],
      ["/admin/delivery-batches/dbat_1", batches.DeliveryBatchResponse],
      ["/admin/delivery-batches/route-sheet", batches.RouteSheetResponse],
      ["/admin/leader/delivery-batches/dbat_1", batches.DeliveryBatchResponse],
      ["/admin/leader/me", z.object({ pickup_point: points.AdminPickupPoint, confined: z.boolean() })],
      ["/admin/leader/orders", z.object({ orders: z.array(z.object({ pickup_order: codes.PickupOrderView, order: codes.OrderSummary })) })],
    ]
    for (const [path, schema] of pairs) {
      expect(() => schema.parse(mockAnswer(path))).not.toThrow()
    }
  })

  it("the redirect widget asks who the user is and renders nothing", async () => {
    const { html } = await render(
      { name: "redirect", load: () => require("../widgets/leader-redirect"), path: "/orders", url: "/orders", expect: { en: [], zhCN: [] } },
      "en"
    )
    expect(html).toBe("")
    expect(mockCalls).toContain("/admin/leader/me")
  })
})

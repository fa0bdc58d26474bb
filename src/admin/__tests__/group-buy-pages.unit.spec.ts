/**
 * Smoke test of the group-buy admin pages and widgets without a browser: each one is rendered to HTML
 * (react-dom/server) in English and Simplified Chinese with API answers shaped like the real routes'
 * (checked below against the routes' own response schemas in src/api/admin/group-buy/validators.ts), after
 * its queries have been run. It catches render crashes on real data shapes, strings left untranslated (a raw
 * `groupBuy.` key) and money not formatted like the other pages. It does not click anything; closed selects
 * and dialogs render nothing: the browser scenario (e2e/group-buy.spec.ts) does that.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import i18next from "i18next"
import { createElement as h, type ComponentType } from "react"
import { renderToString } from "react-dom/server"
import { I18nextProvider, initReactI18next } from "react-i18next"
import { MemoryRouter, Route, Routes } from "react-router-dom"
import translations from "../i18n"

const HOUR = 3600 * 1000
const inHours = (n: number) => new Date(Date.now() + n * HOUR).toISOString()

const tiers = [
  { currency_code: "cny", threshold: 2, price: 9.9 },
  { currency_code: "cny", threshold: 3, price: 8.8 },
]
const campaign = {
  id: "gbcmp_01",
  title: "三亚麒麟西瓜 拼团",
  description: "两人成团，三人更便宜",
  kind: "team",
  status: "active",
  product_id: "prod_1",
  variant_ids: ["variant_1"],
  max_per_group: 3,
  group_lifetime_hours: 24,
  cutoff_time: null,
  starts_at: "2026-12-01T00:00:00.000Z",
  ends_at: "2026-12-08T00:00:00.000Z",
  max_units_per_customer: 2,
  max_joins_per_customer: null,
  stock_cap: 100,
  sold_quantity: 12,
  auto_fill: false,
  tiers,
  group_counts: { open: 1, succeeded: 2, closed: 3, failed: 0 },
  product: { id: "prod_1", title: "三亚麒麟西瓜", thumbnail: null },
  created_at: "2026-11-30T08:00:00.000Z",
}
const draft = {
  ...campaign,
  id: "gbcmp_draft",
  title: "烟台苹果 社区团购",
  kind: "community",
  status: "draft",
  group_lifetime_hours: null,
  cutoff_time: "20:00",
  stock_cap: null,
  sold_quantity: 0,
  auto_fill: true,
  max_per_group: 50,
  tiers: [
    { currency_code: "cny", threshold: 10, price: 25.9 },
    { currency_code: "cny", threshold: 30, price: 23.9 },
  ],
  group_counts: { open: 0, succeeded: 0, closed: 0, failed: 0 },
}
const openGroup = {
  id: "gbgrp_01HQOPENGRP1",
  campaign_id: "gbcmp_01",
  campaign_title: campaign.title,
  kind: "team",
  status: "open",
  currency_code: "cny",
  initiator_customer_id: "cus_1",
  pickup_point_id: null,
  leader_id: null,
  cutoff_day: null,
  capacity: 3,
  success_threshold: 2,
  member_count: 1,
  quantity: 1,
  confirmed_count: 1,
  confirmed_quantity: 1,
  current_tier_threshold: null,
  expires_at: inHours(5.5),
  succeeded_at: null,
  closed_at: null,
  failed_at: null,
  settled_at: null,
  auto_filled: false,
  final_unit_price: null,
  end_reason: null,
  ended_by: null,
  share_token: "tok_open",
  created_at: inHours(-19),
}
const closedGroup = {
  ...openGroup,
  id: "gbgrp_01HQCLOSGRP2",
  campaign_id: "gbcmp_draft",
  campaign_title: draft.title,
  kind: "community",
  status: "closed",
  pickup_point_id: "pp_1",
  leader_id: "ldr_1",
  cutoff_day: "2026-12-02",
  capacity: 50,
  success_threshold: 10,
  member_count: 2,
  quantity: 32,
  confirmed_count: 2,
  confirmed_quantity: 32,
  current_tier_threshold: 30,
  expires_at: "2026-12-02T12:00:00.000Z",
  succeeded_at: "2026-12-02T09:00:00.000Z",
  closed_at: "2026-12-02T12:00:00.000Z",
  settled_at: "2026-12-02T12:00:05.000Z",
  auto_filled: true,
  final_unit_price: 23.9,
  end_reason: "expired",
  share_token: "tok_closed",
}
const payment = { id: "pay_1", amount: 19.9, captured_amount: 0, refunded_amount: 0, captured: false, canceled: false }
const member = {
  id: "gbmem_1",
  customer: { id: "cus_1", email: "zhang@example.com", name: "张三" },
  status: "confirmed",
  quantity: 1,
  unit_price: 9.9,
  currency_code: "cny",
  order_id: "order_open",
  order_display_id: 1001,
  order_status: "pending",
  captured_at: null,
  protection_amount: null,
  protection_refunded_at: null,
  refunded_amount: 0,
  attempts: 0,
  last_error: null,
  payment,
  created_at: inHours(-19),
}
const closedMembers = [
  {
    ...member,
    id: "gbmem_2",
    customer: { id: "cus_2", email: "li@example.com", name: null },
    quantity: 20,
    unit_price: 25.9,
    order_id: "order_2",
    order_display_id: 1002,
    order_status: "completed",
    captured_at: "2026-12-02T09:00:01.000Z",
    protection_amount: 40,
    protection_refunded_at: "2026-12-02T12:00:03.000Z",
    refunded_amount: 40, // (25.90 − 23.90) × 20
    payment: { ...payment, amount: 518, captured_amount: 518, refunded_amount: 40, captured: true },
  },
  {
    ...member,
    id: "gbmem_3",
    customer: { id: "cus_3", email: null, name: "王五" },
    quantity: 12,
    unit_price: 23.9,
    order_id: "order_3",
    order_display_id: 1003,
    order_status: "pending",
    attempts: 2,
    last_error: "capture timed out",
    payment: { ...payment, amount: 286.8 },
  },
]
const failedGroup = { ...openGroup, id: "gbgrp_01HQFAILGRP3", status: "failed", failed_at: inHours(-1), end_reason: "Supplier out of stock", ended_by: "user_1", settled_at: inHours(-1) }
const failedMember = { ...member, status: "canceled", order_id: "order_failed", order_status: "canceled", payment: { ...payment, canceled: true } }
const point = { id: "pp_1", name: "翠苑一区自提点", code: "HZ-001" }
const product = {
  id: "prod_1",
  title: "三亚麒麟西瓜",
  thumbnail: null,
  variants: [
    { id: "variant_1", title: "1个 / 1 pc", sku: "FP-WMELON-1" },
    { id: "variant_2", title: "2个 / 2 pcs", sku: "FP-WMELON-2" },
  ],
}
const list = (key: string, items: unknown[]) => ({ [key]: items, count: items.length, offset: 0, limit: 20 })

/** The answer of each route the pages call (by path, query ignored). */
function mockAnswer(path: string): unknown {
  const routes: [RegExp, unknown][] = [
    [/^\/admin\/group-buy\/campaigns$/, list("campaigns", [campaign, draft])],
    [/^\/admin\/group-buy\/campaigns\/gbcmp_01$/, { campaign }],
    [/^\/admin\/group-buy\/campaigns\/gbcmp_draft$/, { campaign: draft }],
    [/^\/admin\/group-buy\/groups$/, list("groups", [openGroup, closedGroup, failedGroup])],
    [/^\/admin\/group-buy\/groups\/gbgrp_01HQOPENGRP1$/, { group: openGroup, members: [member] }],
    [/^\/admin\/group-buy\/groups\/gbgrp_01HQCLOSGRP2$/, { group: closedGroup, members: closedMembers }],
    [/^\/admin\/group-buy\/groups\/gbgrp_01HQFAILGRP3$/, { group: failedGroup, members: [failedMember] }],
    [/^\/admin\/group-buy\/products\/prod_1\/campaigns$/, list("campaigns", [campaign])],
    [/^\/admin\/group-buy\/products\/prod_2\/campaigns$/, list("campaigns", [])],
    [/^\/admin\/group-buy\/orders\/order_open$/, {
      group: openGroup,
      member,
      fulfillment: { allowed: false, code: "group_not_succeeded", reason: "Order order_open belongs to group gbgrp_01HQOPENGRP1, which has not succeeded yet" },
    }],
    [/^\/admin\/group-buy\/orders\/order_failed$/, {
      group: failedGroup,
      member: failedMember,
      fulfillment: { allowed: false, code: "group_not_succeeded", reason: "Order order_failed belongs to group gbgrp_01HQFAILGRP3, which failed" },
    }],
    [/^\/admin\/group-buy\/orders\/order_2$/, { group: closedGroup, member: closedMembers[0], fulfillment: { allowed: true, code: null, reason: null } }],
    [/^\/admin\/group-buy\/orders\/order_plain$/, { group: null, member: null, fulfillment: { allowed: true, code: null, reason: null } }],
    [/^\/admin\/pickup-points$/, list("pickup_points", [point])],
    [/^\/admin\/stores$/, { stores: [{ id: "store_1", supported_currencies: [{ currency_code: "usd", is_default: false }, { currency_code: "cny", is_default: true }] }] }],
    [/^\/admin\/products$/, { products: [{ id: "prod_1", title: "三亚麒麟西瓜", thumbnail: null }], count: 1, offset: 0, limit: 10 }],
    [/^\/admin\/products\/prod_1$/, { product }],
  ]
  const found = routes.find(([re]) => re.test(path))
  if (!found) throw new Error(`no fixture for ${path}`)
  return found[1]
}

const mockCalls: string[] = []
jest.mock("../lib/sdk", () => ({
  sdk: { client: { fetch: jest.fn(async (path: string) => (mockCalls.push(path), mockAnswer(path))) } },
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

type Case = { name: string; load: () => { default: ComponentType<any> }; path: string; url: string; props?: object; expect: { en: string[]; zhCN: string[] }; absent?: string[] }

const CASES: Case[] = [
  {
    name: "campaigns",
    load: () => require("../routes/group-buy/campaigns/page"),
    path: "/group-buy/campaigns",
    url: "/group-buy/campaigns",
    expect: {
      en: ["Campaigns", "三亚麒麟西瓜 拼团", "Team deal", "Community deal", "Active", "Draft", "2+ → CN¥9.90 · 3+ → CN¥8.80", "12 / 100", "0 / ∞", "1 open · 2 succeeded · 3 closed · 0 failed", "Create campaign"],
      zhCN: ["拼团活动", "社区团购", "进行中", "草稿", "2+ → ¥9.90 · 3+ → ¥8.80", "拼团中 1 · 已成团 2", "新建活动"],
    },
  },
  {
    name: "new campaign for a product",
    load: () => require("../routes/group-buy/campaigns/new/page"),
    path: "/group-buy/campaigns/new",
    url: "/group-buy/campaigns/new?product_id=prod_1",
    expect: {
      en: ["Create campaign", "三亚麒麟西瓜", "1个 / 1 pc · FP-WMELON-1", "Change product", "Prices in CNY", "Threshold of tier 1 (CNY)", "Add tier", "Group lifetime (hours)", "Auto-fill (模拟成团)", "reported as “Auto-filled”", "Create draft"],
      zhCN: ["新建活动", "CNY 价格", "第 1 档门槛（CNY）", "团有效期（小时）", "统计为「模拟成团」", "保存为草稿"],
    },
    absent: ["Search products", "搜索商品"],
  },
  {
    name: "new campaign, picking a product",
    load: () => require("../routes/group-buy/campaigns/new/page"),
    path: "/group-buy/campaigns/new",
    url: "/group-buy/campaigns/new",
    expect: { en: ["Search products", "三亚麒麟西瓜"], zhCN: ["搜索商品", "三亚麒麟西瓜"] },
  },
  {
    name: "edit a live campaign",
    load: () => require("../routes/group-buy/campaigns/[id]/edit/page"),
    path: "/group-buy/campaigns/:id/edit",
    url: "/group-buy/campaigns/gbcmp_01/edit",
    expect: {
      en: ["Edit campaign", "This campaign is live", 'value="三亚麒麟西瓜 拼团"', 'value="9.9"', 'value="8.8"', "sold so far: 12"],
      zhCN: ["编辑活动", "活动已上线", "已售 12 件"],
    },
    absent: ["Add tier", "Create draft"],
  },
  {
    name: "live campaign",
    load: () => require("../routes/group-buy/campaigns/[id]/page"),
    path: "/group-buy/campaigns/:id",
    url: "/group-buy/campaigns/gbcmp_01",
    expect: {
      en: ["三亚麒麟西瓜 拼团", "End campaign", "Edit", "1个 / 1 pc (FP-WMELON-1)", "CN¥8.80", "success threshold", "12 / 100", "No limit", "OPENGRP1"],
      zhCN: ["结束活动", "成团门槛", "不限", "¥8.80"],
    },
    absent: [">Activate<", ">上线<"],
  },
  {
    name: "draft community campaign",
    load: () => require("../routes/group-buy/campaigns/[id]/page"),
    path: "/group-buy/campaigns/:id",
    url: "/group-buy/campaigns/gbcmp_draft",
    expect: {
      en: ["Activate", "Daily order cutoff", "20:00", "On: groups one short at expiry succeed", "CN¥25.90"],
      zhCN: ["上线", "每日截单时间", "开启：到期差一人"],
    },
  },
  {
    name: "groups",
    load: () => require("../routes/group-buy/groups/page"),
    path: "/group-buy/groups",
    url: "/group-buy/groups",
    expect: {
      en: ["Groups", "All statuses", "OPENGRP1", "Open", "Closed", "Failed", "Auto-filled", "1 / 3 members (succeeds at 2)", "32 / 50 units (succeeds at 10)", "HZ-001 · 翠苑一区自提点 · 2026-12-02", "CN¥23.90"],
      zhCN: ["团列表", "全部状态", "拼团中", "已关闭", "已失败", "模拟成团", "1 / 3 人（2 人成团）", "¥23.90"],
    },
  },
  {
    name: "open group",
    load: () => require("../routes/group-buy/groups/[id]/page"),
    path: "/group-buy/groups/:id",
    url: "/group-buy/groups/gbgrp_01HQOPENGRP1",
    expect: {
      en: ["Group OPENGRP1", "Fail now", "1 / 3 members (succeeds at 2)", "1 more to succeed", "2+ members: CN¥9.90", "张三", "zhang@example.com", "#1001", 'href="/orders/order_open"', "Authorized", "CN¥19.90 paid · CN¥0.00 captured", "in 5 hours"],
      zhCN: ["团 OPENGRP1", "立即判定失败", "还差 1 人成团", "2人起：¥9.90", "已授权", "5小时后到期"],
    },
    absent: ["Close now", "立即关团"],
  },
  {
    name: "closed community group",
    load: () => require("../routes/group-buy/groups/[id]/page"),
    path: "/group-buy/groups/:id",
    url: "/group-buy/groups/gbgrp_01HQCLOSGRP2",
    expect: {
      en: ["Closed", "Auto-filled: this group succeeded one short", "HZ-001 · 翠苑一区自提点", "Expired", "CN¥23.90", "li@example.com", "Partially refunded", "Price protection CN¥40.00 refunded", "Failed 2 time(s): capture timed out", "王五", "✓ 30+ units: CN¥23.90"],
      zhCN: ["已关闭", "到期", "部分退款", "已退差价 ¥40.00", "失败 2 次：capture timed out"],
    },
    absent: ["Fail now", "Close now"],
  },
  {
    name: "failed group",
    load: () => require("../routes/group-buy/groups/[id]/page"),
    path: "/group-buy/groups/:id",
    url: "/group-buy/groups/gbgrp_01HQFAILGRP3",
    expect: { en: ["Failed", "Supplier out of stock · by user_1", "Voided", "Canceled"], zhCN: ["已失败", "已撤销", "操作人 user_1"] },
  },
  {
    name: "product widget",
    load: () => require("../widgets/product-group-buy"),
    path: "/products/:id",
    url: "/products/prod_1",
    props: { data: { id: "prod_1" } },
    expect: {
      en: ["Group buying", "三亚麒麟西瓜 拼团", 'href="/group-buy/campaigns/gbcmp_01"', 'href="/group-buy/campaigns/new?product_id=prod_1"', "Active", "CN¥9.90", "12 / 100"],
      zhCN: ["拼团", "新建活动", "进行中"],
    },
  },
  {
    name: "product widget without campaigns",
    load: () => require("../widgets/product-group-buy"),
    path: "/products/:id",
    url: "/products/prod_2",
    props: { data: { id: "prod_2" } },
    expect: { en: ["No group-buy campaigns for this product yet."], zhCN: ["该商品暂无拼团活动。"] },
  },
  {
    name: "order widget, open group",
    load: () => require("../widgets/order-group-buy"),
    path: "/orders/:id",
    url: "/orders/order_open",
    props: { data: { id: "order_open", currency_code: "cny" } },
    expect: {
      en: ["Group buying", "Open", "Cannot be fulfilled yet", "it has 1 of the 2 members it needs, until", "CN¥9.90 × 1", "Authorized", "None yet (below the first tier)", 'href="/group-buy/groups/gbgrp_01HQOPENGRP1"'],
      zhCN: ["拼团中", "暂不可发货", "成团需 2 人，目前 1 人，截止", "已授权", "查看团详情"],
    },
  },
  {
    name: "order widget, failed group",
    load: () => require("../widgets/order-group-buy"),
    path: "/orders/:id",
    url: "/orders/order_failed",
    props: { data: { id: "order_failed", currency_code: "cny" } },
    expect: { en: ["Failed", "This order&#x27;s group failed", "Voided"], zhCN: ["已失败", "此订单所在的团已失败"] },
  },
  {
    name: "order widget, closed group",
    load: () => require("../widgets/order-group-buy"),
    path: "/orders/:id",
    url: "/orders/order_2",
    props: { data: { id: "order_2", currency_code: "cny" } },
    expect: { en: ["The group succeeded: this order can be fulfilled.", "30+ units", "CN¥40.00", "CN¥23.90"], zhCN: ["已成团：此订单可以发货。", "30件档"] },
    absent: ["Cannot be fulfilled yet", "暂不可发货"],
  },
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
  for (let pass = 0; pass < 5; pass++) {
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

describe("group-buy admin pages render with real data shapes", () => {
  for (const c of CASES) {
    for (const lng of ["en", "zhCN"] as const) {
      it(`${c.name} (${lng})`, async () => {
        const { html, failed } = await render(c, lng)
        expect(failed).toEqual([])
        expect(html).not.toMatch(/groupBuy\.[a-zA-Z]/) // no untranslated key
        expect(html).not.toMatch(/common\.[a-zA-Z]/)
        expect(html).not.toContain("Loading…")
        expect(html).not.toContain("加载中")
        for (const text of c.expect[lng]) {
          expect(html).toContain(text)
        }
        for (const text of c.absent ?? []) {
          expect(html).not.toContain(text)
        }
      })
    }
  }

  it("renders nothing on an order outside group buying", async () => {
    const { html } = await render(
      { name: "plain order", load: () => require("../widgets/order-group-buy"), path: "/orders/:id", url: "/orders/order_plain", props: { data: { id: "order_plain" } }, expect: { en: [], zhCN: [] } },
      "en"
    )
    expect(html).toBe("")
    expect(mockCalls).toContain("/admin/group-buy/orders/order_plain")
  })

  it("sends the nav entry to the campaigns", async () => {
    const { html } = await render(
      { name: "nav", load: () => require("../routes/group-buy/page"), path: "/group-buy", url: "/group-buy", expect: { en: [], zhCN: [] } },
      "en"
    )
    expect(html).toBe("") // <Navigate> renders nothing; it navigates in an effect
    const { config } = require("../routes/group-buy/page")
    expect(config.label).toBe("groupBuy.nav")
    expect(translations.en.translation).toMatchObject({ groupBuy: { nav: "Group buying" } })
    expect(translations.zhCN.translation).toMatchObject({ groupBuy: { nav: "拼团" } })
  })

  it("is hidden from leaders: not in their sidebar, its routes refused by the leader confinement", () => {
    const { leaderSidebarConfiguration } = require("../../modules/leader/utils/sidebar")
    const { missingHiddenIds } = require("../lib/leader-nav")
    const { isAllowedForLeader } = require("../../api/admin/leader/confinement")
    // Set at approval, before the leader ever opens the dashboard; the leader home re-checks the rendered nav.
    expect(leaderSidebarConfiguration().widgets["core:nav:/group-buy"]).toEqual({ hidden: true })
    expect(missingHiddenIds({}, ["/group-buy"])).toContain("core:nav:/group-buy")
    for (const path of ["/admin/group-buy/campaigns", "/admin/group-buy/groups/gbgrp_1", "/admin/group-buy/orders/order_1", "/admin/group-buy/products/prod_1/campaigns"]) {
      expect({ path, allowed: isAllowedForLeader("GET", path, { body: {} }) }).toEqual({ path, allowed: false })
    }
  })

  it("uses fixtures that satisfy the routes' own response schemas, with no field the routes do not send", () => {
    const { z } = require("@medusajs/framework/zod")
    const v = require("../../api/admin/group-buy/validators")
    const listOf = (key: string, item: unknown) => z.object({ [key]: z.array(item), count: z.number(), offset: z.number(), limit: z.number() })
    const pairs: [string, any][] = [
      ["/admin/group-buy/campaigns", listOf("campaigns", v.AdminCampaignSchema)],
      ["/admin/group-buy/campaigns/gbcmp_01", z.object({ campaign: v.AdminCampaignSchema })],
      ["/admin/group-buy/campaigns/gbcmp_draft", z.object({ campaign: v.AdminCampaignSchema })],
      ["/admin/group-buy/groups", listOf("groups", v.AdminGroupSchema)],
      ["/admin/group-buy/groups/gbgrp_01HQOPENGRP1", z.object({ group: v.AdminGroupSchema, members: z.array(v.AdminMemberSchema) })],
      ["/admin/group-buy/groups/gbgrp_01HQCLOSGRP2", z.object({ group: v.AdminGroupSchema, members: z.array(v.AdminMemberSchema) })],
      ["/admin/group-buy/groups/gbgrp_01HQFAILGRP3", z.object({ group: v.AdminGroupSchema, members: z.array(v.AdminMemberSchema) })],
      ["/admin/group-buy/products/prod_1/campaigns", listOf("campaigns", v.AdminCampaignSchema)],
      ["/admin/group-buy/orders/order_open", v.AdminOrderGroupSchema],
      ["/admin/group-buy/orders/order_failed", v.AdminOrderGroupSchema],
      ["/admin/group-buy/orders/order_2", v.AdminOrderGroupSchema],
      ["/admin/group-buy/orders/order_plain", v.AdminOrderGroupSchema],
    ]
    for (const [path, schema] of pairs) {
      // The routes send Dates, which arrive as ISO strings: read them back as Dates, as the schemas expect.
      const answer = JSON.parse(JSON.stringify(mockAnswer(path)), (_k, val) =>
        typeof val === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(val) ? new Date(val) : val
      )
      expect({ path, error: schema.safeParse(answer).error?.message }).toEqual({ path, error: undefined })
      expect({ path, extra: extraKeys(schema, answer) }).toEqual({ path, extra: [] })
    }
  })
})

/** Keys of `value` that `schema` (objects, arrays, nullables, optionals) does not declare. */
function extraKeys(schema: any, value: unknown, at = ""): string[] {
  const type = schema?.def?.type
  if (value === null || value === undefined) return []
  if (type === "nullable" || type === "optional") return extraKeys(schema.unwrap(), value, at)
  if (type === "array") return (value as unknown[]).flatMap((x, i) => extraKeys(schema.element, x, `${at}[${i}]`))
  if (type === "object") {
    const shape = schema.shape as Record<string, unknown>
    return Object.entries(value as Record<string, unknown>).flatMap(([k, x]) =>
      k in shape ? extraKeys(shape[k], x, `${at}.${k}`) : [`${at}.${k}`]
    )
  }
  return []
}

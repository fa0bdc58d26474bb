/**
 * Smoke test of the commission pages and widget without a browser (as leader-pages.unit.spec.ts does for the
 * leader pages): each is rendered to HTML in English and Simplified Chinese with API answers shaped like the
 * real routes' (checked against their response schemas below), after its queries have run. It catches render
 * crashes on real data shapes and untranslated keys; it clicks nothing.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import i18next from "i18next"
import { createElement as h, type ComponentType } from "react"
import { renderToString } from "react-dom/server"
import { I18nextProvider, initReactI18next } from "react-i18next"
import { MemoryRouter, Route, Routes } from "react-router-dom"
import translations from "../i18n"

const entry = {
  id: "cent_1",
  beneficiary_id: "cus_lead",
  leader_id: "ldr_1",
  order_id: "order_01ABCDEFGH",
  line_item_id: "ordli_1",
  product_id: "prod_1",
  kind: "pickup",
  type: "accrual",
  amount: 1.59,
  base_amount: 31.8,
  rate: 5,
  currency_code: "cny",
  status: "pending",
  reverses_id: null,
  available_at: null,
  created_at: "2026-11-25T08:00:00.000Z",
}
const reversal = { ...entry, id: "cent_2", type: "reversal", amount: -0.53, rate: null, reverses_id: "cent_1", status: "available", available_at: "2026-12-03T08:00:00.000Z" }
const adminEntry = { ...entry, customer_id: "cus_buyer", rule_id: "crule_1", beneficiary_name: "王小明" }
const rule = {
  id: "crule_1",
  scope: "category",
  target_id: "pcat_1",
  target_name: "新鲜蔬果",
  pickup_rate: 8,
  referral_l1_rate: null,
  referral_l2_rate: null,
  is_active: true,
  note: "生鲜",
  created_at: "2026-11-20T08:00:00.000Z",
  updated_at: "2026-11-20T08:00:00.000Z",
}
const settings = { settlement_delay_days: 7, withdrawal_min_amount: 10, withdrawal_fee_percent: 0.6, withdrawal_fee_fixed: 1 }
const withdrawal = {
  id: "cwd_1",
  customer_id: "cus_lead",
  leader_id: "ldr_1",
  currency_code: "cny",
  amount: 100,
  fee: 1.6,
  net_amount: 98.4,
  status: "requested",
  payee: "微信 13800138000",
  reference: null,
  rejection_reason: null,
  decided_at: null,
  created_at: "2026-12-01T08:00:00.000Z",
}
const balance = { currency_code: "cny", pending: 12.5, available: 250, withdrawing: 100, withdrawn: 50 }
const days = Array.from({ length: 30 }, (_, i) => ({ day: `2026-11-${String(i + 1).padStart(2, "0")}`, orders: i % 3, gmv: (i % 3) * 31.8 }))
const list = (key: string, items: unknown[]) => ({ [key]: items, count: items.length, offset: 0, limit: 20 })
const me = {
  leader: { id: "ldr_1", name: "王小明", phone: "13800138000", community: "翠苑一区", status: "active", share_code: "WANG01", approved_at: "2026-11-20T08:00:00.000Z" },
  pickup_point: null,
  confined: true,
}

function mockAnswer(path: string): unknown {
  const routes: [RegExp, unknown][] = [
    [/^\/admin\/commissions\/entries$/, list("entries", [adminEntry, { ...adminEntry, ...reversal, beneficiary_name: "李华" }])],
    [/^\/admin\/commissions\/rules$/, list("rules", [rule, { ...rule, id: "crule_2", scope: "default", target_id: null, target_name: null, pickup_rate: 5, referral_l1_rate: 3, referral_l2_rate: 1, note: null }])],
    [/^\/admin\/commissions\/settings$/, { settings }],
    [/^\/admin\/commissions\/withdrawals$/, list("withdrawals", [{ ...withdrawal, beneficiary_name: "王小明", decided_by: null }])],
    [/^\/admin\/commissions\/orders\/[^/]+$/, {
      order_id: "order_1",
      currency_code: "cny",
      commission: {
        items_total: 31.8,
        commission_total: 1.91,
        reversed_total: 0.53,
        net_total: 1.38,
        refunded_amount: 10.6,
        accrued_at: "2026-11-25T08:00:00.000Z",
        received_at: "2026-11-26T08:00:00.000Z",
        settle_at: "2026-12-02T16:00:00.000Z",
        settled_at: null,
        canceled_at: null,
      },
      entries: [{ ...entry, beneficiary_name: "王小明" }, { ...entry, id: "cent_3", kind: "referral_l2", amount: 0.32, rate: 1, beneficiary_id: "cus_top", beneficiary_name: "赵六" }],
    }],
    [/^\/admin\/leader\/me$/, me],
    [/^\/admin\/leader\/commissions$/, { balances: [balance], settings }],
    [/^\/admin\/leader\/commissions\/withdrawals$/, list("withdrawals", [withdrawal, { ...withdrawal, id: "cwd_2", status: "paid", reference: "WXPAY-0001", decided_at: "2026-12-02T08:00:00.000Z" }])],
    [/^\/admin\/leader\/commissions\/stats$/, { time_zone: "Asia/Shanghai", currency_code: "cny", days, totals: { orders: 29, gmv: 922.2 } }],
    [/^\/admin\/leader\/commissions\/orders$/, list("orders", [{ order_id: "order_1", display_id: 101, currency_code: "cny", earned: 1.59, reversed: 0.53, net: 1.06, pending: 1.06, available: 0, kinds: ["pickup"], first_at: "2026-11-25T08:00:00.000Z" }])],
    [/^\/admin\/leader\/commissions\/entries$/, list("entries", [entry, reversal])],
  ]
  const found = routes.find(([re]) => re.test(path))
  if (!found) throw new Error(`no fixture for ${path}`)
  return found[1]
}

jest.mock("../lib/sdk", () => ({
  sdk: { client: { fetch: jest.fn(async (path: string) => mockAnswer(path)) } },
}))
jest.mock("../lib/api-error", () => {
  class ApiError extends Error {
    constructor(message: string, readonly status: number, readonly code: string | undefined) {
      super(message)
    }
  }
  return {
    ApiError,
    errorCode: (e: unknown) => (e instanceof ApiError ? e.code : undefined),
    backendUrl: (path: string) => path,
    fetchWithCode: jest.fn(async (path: string) => mockAnswer(path)),
  }
})

type Case = { name: string; load: () => { default: ComponentType<any> }; path: string; url: string; props?: object; expect: { en: string[]; zhCN: string[] } }

const CASES: Case[] = [
  { name: "ledger", load: () => require("../routes/commissions/page"), path: "/commissions", url: "/commissions", expect: { en: ["Commissions", "王小明", "Pickup leader", "31.80", "5%", "Pending", "Download CSV", "/admin/commissions/export?from="], zhCN: ["佣金", "自提团长", "待结算", "冲回", "下载 CSV"] } },
  { name: "rules", load: () => require("../routes/commissions/rules/page"), path: "/commissions/rules", url: "/commissions/rules", expect: { en: ["Commission rules", "新鲜蔬果", "8%", "inherit", "Everything (default)", "Available after collection (store days)"], zhCN: ["佣金规则", "沿用", "最低提现金额"] } },
  { name: "withdrawals", load: () => require("../routes/commissions/withdrawals/page"), path: "/commissions/withdrawals", url: "/commissions/withdrawals", expect: { en: ["Withdrawal requests", "王小明", "98.40", "微信 13800138000", "Mark paid", "Reject"], zhCN: ["提现申请", "标记已打款", "驳回"] } },
  { name: "order widget", load: () => require("../widgets/order-commissions"), path: "/orders/:id", url: "/orders/order_1", props: { data: { id: "order_1", currency_code: "cny" } }, expect: { en: ["Commission", "Earned CN¥1.91", "Reversed CN¥0.53", "赵六", "Referral level 2", "Available from"], zhCN: ["入账 ¥1.91", "二级分销", "起可提现"] } },
  { name: "leader earnings", load: () => require("../routes/leader/earnings/page"), path: "/leader/earnings", url: "/leader/earnings", expect: { en: ["My earnings", "CN¥250.00", "Being paid out", "From CN¥10.00 · fee 0.6% + CN¥1.00", "WXPAY-0001", "Last 30 days at my point", "29 orders · GMV CN¥922.20"], zhCN: ["我的收益", "可提现", "提现中", "已提现", "近 30 天本自提点"] } },
  { name: "leader earnings per order", load: () => require("../routes/leader/earnings/orders/page"), path: "/leader/earnings/orders", url: "/leader/earnings/orders", expect: { en: ["Earnings per order", "Order #101", "CN¥1.06", "Reversed CN¥0.53"], zhCN: ["按订单收益", "订单 #101"] } },
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
  let html = renderToString(tree())
  for (let pass = 0; pass < 4; pass++) {
    const before = client.getQueryCache().getAll().length
    const pending = client.getQueryCache().getAll().filter((q) => q.state.status === "pending" && (q.options as { enabled?: unknown }).enabled !== false)
    await Promise.all(pending.map((q) => q.fetch().catch(() => undefined)))
    html = renderToString(tree())
    if (client.getQueryCache().getAll().length === before && pass > 0) break
  }
  const failed = client.getQueryCache().getAll().filter((q) => q.state.status === "error")
  html = html.replace(/<!-- -->/g, "")
  return { html, failed: failed.map((q) => `${JSON.stringify(q.queryKey)}: ${(q.state.error as Error).message}`) }
}

describe("commission admin pages render with real data shapes", () => {
  for (const c of CASES) {
    for (const lng of ["en", "zhCN"] as const) {
      it(`${c.name} (${lng})`, async () => {
        const { html, failed } = await render(c, lng)
        expect(failed).toEqual([])
        expect(html).not.toMatch(/commissions\.[a-zA-Z]/) // no untranslated key
        expect(html).not.toMatch(/common\.[a-zA-Z]/)
        for (const text of c.expect[lng]) {
          expect(html).toContain(text)
        }
      })
    }
  }

  it("uses fixtures that satisfy the routes' own response schemas", () => {
    const { z } = require("@medusajs/framework/zod")
    const admin = require("../../api/admin/commissions/validators")
    const leader = require("../../api/admin/leader/commissions/validators")
    const dates = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(dates)
        : v && typeof v === "object"
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, /_at$/.test(k) && typeof x === "string" ? new Date(x) : dates(x)]))
          : v
    const pairs: [string, { parse: (v: unknown) => unknown }][] = [
      ["/admin/commissions/entries", z.object({ entries: z.array(admin.AdminCommissionEntrySchema) })],
      ["/admin/commissions/rules", z.object({ rules: z.array(admin.CommissionRuleSchema) })],
      ["/admin/commissions/settings", z.object({ settings: admin.CommissionSettingsSchema })],
      ["/admin/commissions/withdrawals", z.object({ withdrawals: z.array(admin.AdminWithdrawalSchema) })],
      ["/admin/leader/commissions", z.object({ balances: z.array(admin.BalanceSchema), settings: admin.CommissionSettingsSchema })],
      ["/admin/leader/commissions/withdrawals", z.object({ withdrawals: z.array(admin.WithdrawalSchema) })],
      ["/admin/leader/commissions/entries", z.object({ entries: z.array(admin.CommissionEntrySchema) })],
      ["/admin/leader/commissions/orders", z.object({ orders: z.array(leader.EarningsByOrderSchema) })],
      ["/admin/leader/commissions/stats", leader.DailyStatsSchema],
    ]
    for (const [path, schema] of pairs) {
      expect(() => schema.parse(dates(mockAnswer(path)))).not.toThrow()
    }
  })

  it("is hidden from a leader's sidebar (operator pages) while the earnings pages stay (leader pages)", () => {
    const { missingHiddenIds } = require("../lib/leader-nav")
    // The routes these pages live at, as the leader home finds them rendered in the sidebar.
    const hidden = missingHiddenIds({}, ["/commissions", "/leader"])
    expect(hidden).toContain("core:nav:/commissions")
    expect(hidden).not.toContain("core:nav:/leader")
  })
})

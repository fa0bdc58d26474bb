/**
 * Smoke test of the reviews, questions and FAQ pages and the product widget without a browser: rendered to
 * HTML in English and Simplified Chinese with answers shaped like the routes' (checked against their zod
 * response schemas below), after their queries ran. Catches render crashes, untranslated keys, and shows
 * that customers' encoded texts are decoded for display and escaped again by React (no live markup).
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import i18next from "i18next"
import { createElement as h, type ComponentType } from "react"
import { renderToString } from "react-dom/server"
import { I18nextProvider, initReactI18next } from "react-i18next"
import { MemoryRouter, Route, Routes } from "react-router-dom"
import translations from "../i18n"

const review = {
  id: "prev_1",
  product_id: "prod_1",
  variant_id: "variant_1",
  customer_id: "cus_1",
  order_id: "order_1",
  line_item_id: "ordli_1",
  rating: 4,
  text: "&lt;script&gt;alert(1)&lt;/script&gt; 很甜",
  images: ["https://cdn.example.com/melon.jpg"],
  author_name: "王**",
  status: "pending",
  reply: "谢谢支持",
  replied_at: "2026-11-26T04:00:00.000Z",
  replied_by: "user_1",
  moderated_by: null,
  moderated_at: null,
  created_at: "2026-11-25T04:00:00.000Z",
  updated_at: "2026-11-26T04:00:00.000Z",
  product: { id: "prod_1", title: "三亚麒麟西瓜", thumbnail: null },
  customer_email: "wang@example.com",
}
const rating = { product_id: "prod_1", count: 3, average: 4.3, stars: { "1": 0, "2": 0, "3": 0, "4": 2, "5": 1 } }
const question = {
  id: "pqst_1",
  product_id: "prod_1",
  text: "甜吗？",
  author_name: "李**",
  answer_count: 1,
  last_answered_at: "2026-11-26T04:00:00.000Z",
  created_at: "2026-11-25T04:00:00.000Z",
  status: "visible",
  customer_id: "cus_2",
  product: { id: "prod_1", title: "三亚麒麟西瓜" },
  answers: [
    { id: "pans_1", text: "很甜", author_type: "leader", author_name: "王小明", created_at: "2026-11-26T04:00:00.000Z", status: "visible", author_id: "ldr_1" },
    { id: "pans_2", text: "广告", author_type: "buyer", author_name: null, created_at: "2026-11-26T05:00:00.000Z", status: "hidden", author_id: "cus_3" },
  ],
}
const faq = {
  id: "faq_1",
  category: "配送",
  question_zh: "几点送达？",
  answer_zh: "次日18点前",
  question_en: "When does it arrive?",
  answer_en: "By 6 pm the next day",
  rank: 1,
  is_published: true,
  created_at: "2026-11-25T04:00:00.000Z",
  updated_at: "2026-11-25T04:00:00.000Z",
}

function mockAnswer(path: string): unknown {
  const p = path.split("?")[0]
  if (p === "/admin/reviews") return { reviews: [review], count: 1, offset: 0, limit: 20, ...(path.includes("product_id=") ? { rating } : {}) }
  if (p === "/admin/questions") return { questions: [question], count: 1, offset: 0, limit: 20 }
  if (p === "/admin/faqs") return { faqs: [faq], count: 1 }
  if (p === "/admin/leader/questions") return { questions: [{ ...question, answers: [question.answers[0]] }], count: 1, offset: 0, limit: 20 }
  if (p === "/admin/leader/me") return { leader: { id: "ldr_1", name: "王小明", status: "active", pickup_point_id: null }, pickup_point: null, confined: true }
  throw new Error(`no fixture for ${path}`)
}

jest.mock("../lib/sdk", () => ({
  sdk: { client: { fetch: jest.fn(async (path: string) => mockAnswer(path)) } },
}))
jest.mock("../lib/api-error", () => ({
  // The real module reads import.meta.env (Vite).
  errorCode: () => undefined,
  fetchWithCode: jest.fn(async (path: string) => mockAnswer(path)),
}))

type Case = { name: string; load: () => { default: ComponentType<any> }; path: string; url: string; props?: object; expect: { en: string[]; zhCN: string[] } }

const CASES: Case[] = [
  {
    name: "reviews",
    load: () => require("../routes/reviews/page"),
    path: "/reviews",
    url: "/reviews",
    expect: { en: ["Reviews", "Pending", "Approve", "三亚麒麟西瓜", "★★★★☆", "Store reply: 谢谢支持", "&lt;script&gt;alert(1)&lt;/script&gt; 很甜"], zhCN: ["商品评价", "待审核", "通过", "商家回复: 谢谢支持"] },
  },
  {
    name: "questions",
    load: () => require("../routes/reviews/questions/page"),
    path: "/reviews/questions",
    url: "/reviews/questions",
    expect: { en: ["Questions &amp; answers", "甜吗？", "Leader", "王小明: 很甜", "1 answers", "Unanswered only"], zhCN: ["问大家", "团长", "只看未回答"] },
  },
  {
    name: "faq",
    load: () => require("../routes/reviews/faq/page"),
    path: "/reviews/faq",
    url: "/reviews/faq",
    expect: { en: ["When does it arrive?", "By 6 pm the next day", "Published", "配送"], zhCN: ["几点送达？", "次日18点前", "已发布"] },
  },
  {
    name: "leader questions",
    load: () => require("../routes/leader/questions/page"),
    path: "/leader/questions",
    url: "/leader/questions",
    expect: { en: ["Neighbours&#x27; questions", "甜吗？", "Unanswered only", "Answer"], zhCN: ["邻居提问", "回答"] },
  },
  {
    name: "product widget",
    load: () => require("../widgets/product-reviews"),
    path: "/products/:id",
    url: "/products/prod_1",
    props: { data: { id: "prod_1" } },
    expect: { en: ["4.3", "3 approved reviews", "Moderate"], zhCN: ["3 条已通过的评价", "去审核"] },
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
  let html = renderToString(tree())
  for (let pass = 0; pass < 3; pass++) {
    const pending = client.getQueryCache().getAll().filter((q) => q.state.status === "pending")
    await Promise.all(pending.map((q) => q.fetch().catch(() => undefined)))
    html = renderToString(tree())
  }
  const failed = client.getQueryCache().getAll().filter((q) => q.state.status === "error")
  return { html: html.replace(/<!-- -->/g, ""), failed: failed.map((q) => `${JSON.stringify(q.queryKey)}: ${(q.state.error as Error).message}`) }
}

describe("review admin pages render with real data shapes", () => {
  for (const c of CASES) {
    for (const lng of ["en", "zhCN"] as const) {
      it(`${c.name} (${lng})`, async () => {
        const { html, failed } = await render(c, lng)
        expect(failed).toEqual([])
        expect(html).not.toMatch(/reviews\.[a-zA-Z]/)
        expect(html).not.toMatch(/common\.[a-zA-Z]/)
        // A customer's <script> is shown as text, never as markup.
        expect(html).not.toContain("<script>")
        for (const text of c.expect[lng]) expect(html).toContain(text)
      })
    }
  }

  it("uses fixtures that satisfy the routes' own response schemas", () => {
    const reviews = require("../../api/admin/reviews/validators")
    const questions = require("../../api/admin/questions/validators")
    const faqs = require("../../api/admin/faqs/validators")
    const dated = <T extends Record<string, unknown>>(o: T) =>
      Object.fromEntries(Object.entries(o).map(([k, v]) => [k, /_at$/.test(k) && typeof v === "string" ? new Date(v) : v]))
    expect(() => reviews.AdminReviewSchema.parse(dated(review))).not.toThrow()
    expect(() => reviews.AdminRatingSchema.parse(rating)).not.toThrow()
    expect(() => questions.AdminQuestionSchema.parse({ ...dated(question), answers: question.answers.map(dated) })).not.toThrow()
    expect(() => faqs.AdminFaqSchema.parse(dated(faq))).not.toThrow()
  })
})

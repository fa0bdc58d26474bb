import type { Browser, Locator, Page } from "playwright-core"
import { applicationBody } from "../integration-tests/http/leaders/helpers"
import { e2eApi, eventually, operatorHeaders } from "./support/api"
import { launch, login, newContext, openInApp, scenario, type Lang } from "./support/browser"
import { buyer, communityOrder, leader, oneUnitCommunityDeal, product, type Buyer, type Leader } from "./support/fixtures"
import { expectSettledAndTranslated, tr, untranslated } from "./support/i18n"
import { readState } from "./support/server"

jest.setTimeout(360_000)

/** What the operator's pages are about, set up through the API in beforeAll. */
type World = {
  leader: Leader
  applicant: { id: string; name: string }
  customer: Buyer
  deal: { id: string; title: string }
  tomato: { productId: string; variantId: string }
  order: { id: string; display_id: number }
  groupId: string
  batchId: string
  couponId: string
  question: string
}

/** The ids in the pages' paths ("[id]" in every one for the coverage check). */
const ID_KEYS = ["deal", "group", "batch", "coupon", "application", "product", "order", "customer"] as const
type Ids = Record<(typeof ID_KEYS)[number], string>
const ids = (w: World): Ids => ({
  deal: w.deal.id,
  group: w.groupId,
  batch: w.batchId,
  coupon: w.couponId,
  application: w.applicant.id,
  product: w.tomato.productId,
  order: w.order.id,
  customer: w.customer.customer.id,
})

type Check = {
  /** screenshot name */
  name: string
  path: (id: Ids) => string
  /** the page's main heading */
  heading: (lang: Lang, w: World) => string | RegExp
  /** what must render besides the heading: a data row, a known record, a widget… */
  content: (page: Page, lang: Lang, w: World) => Locator[]
}

const row = (page: Page, text?: string) => (text ? page.locator("tbody tr", { hasText: text }) : page.locator("tbody tr"))
const h2 = (page: Page, name: string) => page.getByRole("heading", { name, exact: true })
/** A data row, or the page's empty state when none exists (the suite shares one database). */
const rowOr = (page: Page, lang: Lang, emptyKey: string) => page.locator("tbody tr").or(page.getByText(tr(lang, emptyKey), { exact: true }))

/**
 * Every page of ours and every widget on the core product, order and customer pages. Adding a page under
 * src/admin/routes means adding it here (the list is checked against the route files below).
 */
const PAGES: Check[] = [
  {
    name: "campaigns",
    path: () => "/group-buy/campaigns",
    heading: (l) => tr(l, "groupBuy.campaigns.title"),
    content: (p, _l, w) => [row(p, w.deal.title), row(p, "平和红心蜜柚 3人团")],
  },
  { name: "campaign", path: (id) => `/group-buy/campaigns/${id.deal}`, heading: (_l, w) => w.deal.title, content: (p) => [row(p)] },
  {
    name: "campaign-new",
    path: () => "/group-buy/campaigns/new",
    heading: (l) => tr(l, "groupBuy.form.createTitle"),
    content: (p) => [p.locator("main input").first()],
  },
  {
    name: "campaign-edit",
    path: (id) => `/group-buy/campaigns/${id.deal}/edit`,
    heading: (l) => tr(l, "groupBuy.form.editTitle"),
    content: (p) => [p.locator("main input").first()],
  },
  {
    name: "groups",
    path: () => "/group-buy/groups",
    heading: (l) => tr(l, "groupBuy.groups.title"),
    content: (p, _l, w) => [row(p, w.deal.title)],
  },
  {
    name: "group",
    path: (id) => `/group-buy/groups/${id.group}`,
    heading: (l, w) => tr(l, "groupBuy.group.title", { id: w.groupId.slice(-8) }),
    content: (p, l, w) => [h2(p, tr(l, "groupBuy.group.members", { count: 1 })), p.getByRole("link", { name: `#${w.order.display_id}` })],
  },
  {
    name: "leaders",
    path: () => "/leaders",
    heading: (l) => tr(l, "leaders.list.title"),
    content: (p, _l, w) => [row(p, w.leader.leader.name)],
  },
  {
    name: "applications",
    path: () => "/leaders/applications",
    heading: (l) => tr(l, "leaders.applications.title"),
    content: (p, _l, w) => [row(p, w.applicant.name)],
  },
  {
    name: "application",
    path: (id) => `/leaders/applications/${id.application}`,
    heading: (_l, w) => w.applicant.name,
    content: (p, l) => [h2(p, tr(l, "leaders.applications.proposedPoint"))],
  },
  {
    name: "pickup-points",
    path: () => "/pickup-points",
    heading: (l) => tr(l, "leaders.points.title"),
    content: (p, _l, w) => [row(p, w.leader.pickupPoint.name)],
  },
  {
    name: "delivery-batches",
    path: () => "/delivery-batches",
    heading: (l) => tr(l, "leaders.batches.title"),
    content: (p, _l, w) => [row(p, w.leader.pickupPoint.name)],
  },
  {
    name: "delivery-batch",
    path: (id) => `/delivery-batches/${id.batch}`,
    heading: (_l, w) => new RegExp(`· ${w.leader.pickupPoint.name}$`),
    content: (p, l) => [h2(p, tr(l, "leaders.batches.pickList"))],
  },
  {
    name: "commissions",
    path: () => "/commissions",
    heading: (l) => tr(l, "commissions.title"),
    content: (p, _l, w) => [row(p, w.leader.leader.name)],
  },
  {
    name: "commission-rules",
    path: () => "/commissions/rules",
    heading: (l) => tr(l, "commissions.rules.title"),
    content: (p, l) => [row(p), h2(p, tr(l, "commissions.settings.title"))],
  },
  {
    name: "withdrawals",
    path: () => "/commissions/withdrawals",
    heading: (l) => tr(l, "commissions.withdrawals.title"),
    content: (p, l) => [rowOr(p, l, "commissions.withdrawals.empty")],
  },
  {
    name: "loyalty",
    path: () => "/loyalty",
    heading: (l) => tr(l, "loyalty.title"),
    content: (p, l) => [h2(p, tr(l, "loyalty.tiers.title"))],
  },
  { name: "coupons", path: () => "/coupons", heading: (l) => tr(l, "coupons.title"), content: (p, l) => [row(p, l === "en" ? "¥15 off ¥99" : "满99减15")] },
  {
    name: "coupon",
    path: (id) => `/coupons/${id.coupon}`,
    heading: (l) => (l === "en" ? "¥15 off ¥99" : "满99减15"),
    content: (p, l) => [h2(p, tr(l, "coupons.claims"))],
  },
  {
    name: "referrals",
    path: () => "/coupons/referrals",
    heading: (l) => tr(l, "coupons.settings.title"),
    content: (p, l) => [h2(p, tr(l, "coupons.settings.list"))],
  },
  { name: "reviews", path: () => "/reviews", heading: (l) => tr(l, "reviews.title"), content: (p, l) => [p.getByRole("tab", { name: tr(l, "reviews.filters.pending") })] },
  {
    name: "questions",
    path: () => "/reviews/questions",
    heading: (l) => tr(l, "reviews.questions.title"),
    content: (p, _l, w) => [p.getByText(w.question, { exact: true })],
  },
  {
    name: "faq",
    path: () => "/reviews/faq",
    heading: (l) => tr(l, "reviews.faq.title"),
    content: (p, l) => [p.getByText(l === "en" ? "What is a team deal?" : "什么是拼团？", { exact: true })],
  },
  // Widgets on the core pages.
  {
    name: "product-widgets",
    path: (id) => `/products/${id.product}`,
    heading: () => "寿光自然熟番茄", // product titles are stored in zh-CN
    content: (p, l, w) => [
      h2(p, tr(l, "groupBuy.widget.productTitle")),
      p.getByRole("link", { name: w.deal.title }),
      h2(p, tr(l, "reviews.widget.title")),
    ],
  },
  {
    name: "order-widgets",
    path: (id) => `/orders/${id.order}`,
    heading: (_l, w) => `#${w.order.display_id}`,
    content: (p, l, w) => [
      h2(p, tr(l, "groupBuy.widget.orderTitle")),
      p.getByRole("link", { name: tr(l, "groupBuy.widget.openGroup"), exact: true }),
      h2(p, tr(l, "leaders.widget.orderTitle")),
      p.getByText(tr(l, "leaders.widget.codeIssued"), { exact: true }),
      p.getByText(w.leader.pickupPoint.name).first(),
      h2(p, tr(l, "commissions.widget.title")),
      h2(p, tr(l, "coupons.widget.orderTitle")),
      h2(p, tr(l, "loyalty.order.title")),
    ],
  },
  {
    name: "customer-widgets",
    path: (id) => `/customers/${id.customer}`,
    heading: (_l, w) => w.customer.email,
    content: (p, l) => [
      h2(p, tr(l, "coupons.widget.title")),
      h2(p, tr(l, "leaders.widget.customerTitle")),
      h2(p, tr(l, "loyalty.widget.title")),
      p.getByText(tr(l, "loyalty.widget.balance"), { exact: true }),
      h2(p, tr(l, "account.security.title")),
      p.getByText(tr(l, "account.security.loginMethods"), { exact: true }),
    ],
  },
]

/** Opens a page, waits for its heading and content, and checks it for error pages and (zh-CN) untranslated strings. */
async function checkPage(page: Page, lang: Lang, w: World, check: Check) {
  await openInApp(page, `/app${check.path(ids(w))}`)
  const heading = check.heading(lang, w)
  await page.getByRole("heading", typeof heading === "string" ? { name: heading, exact: true } : { name: heading }).first().waitFor({ timeout: 30_000 })
  const content = check.content(page, lang, w)
  for (const locator of content) {
    await locator.first().waitFor({ timeout: 30_000 })
  }
  await content[content.length - 1].first().scrollIntoViewIfNeeded() // the screenshot shows the widgets
  await expectSettledAndTranslated(page, lang, check.name)
}

describe("operator opens every page of ours and our widgets on the core pages", () => {
  let browser: Browser
  let w: World

  beforeAll(async () => {
    const api = e2eApi()
    const admin = await operatorHeaders(api)
    const stamp = Date.now().toString(36).slice(-5)
    const [browserStarted, l, customer, tomato] = await Promise.all([
      launch(),
      leader(api),
      buyer(api, { first_name: "小美", last_name: "陈" }),
      product(api, "shandong-tomato", "FP-TOMATO-1.5KG"),
    ])
    browser = browserStarted
    // A pending application (Store API), and a one-unit community deal ordered at the leader's point.
    const applicantName = `申请人${stamp}`
    const applying = await buyer(api)
    const applied = await api.post("/store/leader-applications", applicationBody({ name: applicantName }), applying.headers)
    const deal = await oneUnitCommunityDeal(api, `E2E 番茄社区团 ${stamp}`, tomato)
    const bought = await communityOrder(api, customer, deal.id, tomato.variantId, l.pickupPoint.id)
    // The group's success captured the payment: the leader's commission accrues (the ledger has a row).
    await eventually(async () => ((await api.get(`/admin/commissions/orders/${bought.order.id}`, admin)).data.entries.length ? true : null), "the order's commission")
    const question = `E2E 番茄是沙瓤的吗？${stamp}`
    await api.post("/store/questions", { product_id: tomato.productId, text: question }, customer.headers)
    const coupons = await api.get("/admin/coupons/templates?limit=100", admin)
    const coupon = coupons.data.templates.find((t: { name_en: string }) => t.name_en === "¥15 off ¥99")
    w = {
      leader: l,
      applicant: { id: applied.data.leader_application.id, name: applicantName },
      customer,
      deal,
      tomato,
      order: bought.order,
      groupId: bought.groupId,
      batchId: bought.batchId,
      couponId: coupon.id,
      question,
    }
  })

  afterAll(async () => {
    await browser?.close()
  })

  it.each([["en" as Lang], ["zhCN" as Lang]])("in %s: each page renders its heading and content, no error and no untranslated string", async (lang) => {
    const { admin } = readState()
    const context = await newContext(browser, { lang })
    const page = await context.newPage()
    const step = scenario(`operator-pages-${lang}`, page)
    await step("login", () => login(page, admin.email, admin.password))
    for (const check of PAGES) {
      await step(check.name, () => checkPage(page, lang, w, check))
    }
    await context.close()
  })

  it("the translation check flags raw keys and our English strings, not Chinese text or data", () => {
    const texts = [
      "拼团活动",
      "groupBuy.campaigns.title", // a raw key
      "Withdrawal requested · CN¥19.00 to be paid", // two of our strings in one text (a toast)
      "3 / 5 members (succeeds at 2)", // a template of ours, filled in
      "Cannot be fulfilled yet", // ours, word for word
      "E2E 番茄社区团", // data
      "Demo Operator", // data (a user's name)
      "1 of 2 results", // @medusajs/ui pagination, not ours
    ]
    const found = untranslated(texts)
    expect(found.rawKeys).toEqual(["groupBuy.campaigns.title"])
    expect(found.english.map((e) => e.replace(/ \([\w.]+\)$/, ""))).toEqual([
      '"Withdrawal requested · CN¥19.00 to be paid"',
      '"3 / 5 members (succeeds at 2)"',
      '"Cannot be fulfilled yet"',
    ])
  })

  it("covers every page under src/admin/routes", () => {
    const fs = require("fs") as typeof import("fs")
    const path = require("path") as typeof import("path")
    const root = path.join(__dirname, "..", "src", "admin", "routes")
    const files: string[] = []
    const walk = (dir: string) =>
      fs.readdirSync(dir, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name === "page.tsx" && files.push(path.relative(root, dir))))
    walk(root)
    const placeholders = Object.fromEntries(ID_KEYS.map((k) => [k, "[id]"])) as Ids
    const covered = new Set(PAGES.map((c) => c.path(placeholders).slice(1)))
    // The leader pages are covered by leader-portal.spec.ts; /group-buy only redirects to its campaigns.
    const missing = files
      .map((f) => f.split(path.sep).join("/"))
      .filter((f) => f !== "leader" && !f.startsWith("leader/") && f !== "group-buy" && !covered.has(f))
    expect(missing).toEqual([])
  })
})

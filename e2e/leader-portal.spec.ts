import fs from "fs"
import path from "path"
import type { Browser, Locator, Page } from "playwright-core"
import { money } from "../src/admin/lib/coupon-format"
import { e2eApi, staffUser } from "./support/api"
import { launch, login, newContext, openInApp, scenario, type Lang } from "./support/browser"
import { buyer, fundedLeader, product } from "./support/fixtures"
import { expectSettledAndTranslated, tr } from "./support/i18n"

jest.setTimeout(360_000)

const PHONE = { width: 390, height: 844 }

type World = Awaited<ReturnType<typeof fundedLeader>> & { question: string; batchDate: string; payee: string }

/** The leader pages (src/admin/routes/leader/**): heading and content of each, in a language. */
type Check = {
  name: string
  path: (w: World) => string
  heading: (l: Lang, w: World) => string
  /** what to do on the page before its content shows (a filter…) */
  prepare?: (p: Page, l: Lang) => Promise<void>
  content: (p: Page, l: Lang, w: World) => Locator[]
}
const LEADER_PAGES: Check[] = [
  {
    name: "home",
    path: () => "/leader",
    heading: (l, w) => tr(l, "leaders.portal.hello", { name: w.leader.leader.name }),
    content: (p, l) => [p.getByRole("heading", { name: tr(l, "leaders.portal.myPoint"), exact: true })],
  },
  {
    name: "orders",
    path: () => "/leader/orders",
    heading: (l) => tr(l, "leaders.portal.orders.title"),
    // The order was handed over: it is under "All", not under the default "To collect".
    prepare: (p, l) => p.getByRole("button", { name: tr(l, "leaders.all"), exact: true }).click(),
    content: (p, _l, w) => [p.getByText(`#${w.order.display_id}`).first()],
  },
  {
    name: "verify",
    path: () => "/leader/verify",
    heading: (l) => tr(l, "leaders.portal.verify.title"),
    content: (p, l) => [p.getByRole("heading", { name: tr(l, "leaders.portal.verify.log"), exact: true })],
  },
  {
    name: "batches",
    path: () => "/leader/batches",
    heading: (l) => tr(l, "leaders.portal.batches.title"),
    content: (p, _l, w) => [p.getByRole("link", { name: new RegExp(w.batchDate) })],
  },
  {
    name: "batch",
    path: (w) => `/leader/batches/${w.batchId}`,
    heading: (_l, w) => w.batchDate,
    content: (p, l) => [p.getByRole("heading", { name: tr(l, "leaders.batches.pickList"), exact: true })],
  },
  {
    name: "earnings",
    path: () => "/leader/earnings",
    heading: (l) => tr(l, "commissions.leader.title"),
    content: (p, l) => [p.getByRole("heading", { name: tr(l, "commissions.leader.withdrawals"), exact: true })],
  },
  {
    name: "earnings-orders",
    path: () => "/leader/earnings/orders",
    heading: (l) => tr(l, "commissions.leader.orders"),
    content: (p, l, w) => [p.getByText(tr(l, "commissions.leader.orderLine", { id: w.order.display_id }), { exact: true })],
  },
  {
    name: "questions",
    path: () => "/leader/questions",
    heading: (l) => tr(l, "reviews.leader.title"),
    content: (p, l) => [p.getByText(tr(l, "reviews.questions.unanswered"), { exact: true })],
  },
]

/** The routes linked from the phone's sidebar (opened), once the leader home has tidied it up. */
async function sidebarRoutes(page: Page) {
  // The sidebar toggle: the first visible button of the top bar on a phone.
  await page.getByRole("button").filter({ visible: true }).first().click()
  const dialog = page.getByRole("dialog")
  await dialog.waitFor()
  // The leader home hides operator pages left in the leader's layout (src/admin/lib/leader-sidebar.ts): wait for it.
  await page.waitForFunction(
    () => {
      const hrefs = [...document.querySelectorAll('[role="dialog"] a[href]')].map((a) => a.getAttribute("href") ?? "")
      return hrefs.length > 0 && hrefs.every((h) => h.startsWith("/app/leader") || h.startsWith("/app/settings"))
    },
    undefined,
    { timeout: 30_000 }
  )
  return dialog.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")))
}

describe("a leader's earnings and questions on a phone; finance pays the withdrawal out", () => {
  let browser: Browser
  let w: World

  beforeAll(async () => {
    const api = e2eApi()
    const stamp = Date.now().toString(36).slice(-5)
    const yogurt = await product(api, "plain-yogurt", "ED-YOG-135X6")
    const [started, funded] = await Promise.all([launch(), fundedLeader(api, `E2E 酸奶社区团 ${stamp}`, yogurt)])
    browser = started
    // A neighbour asks about a product (the leader answers it in the dashboard).
    const asker = await buyer(api, { first_name: "邻居", last_name: "李" })
    const question = `E2E 酸奶要冷藏吗？${stamp}`
    await api.post("/store/questions", { product_id: yogurt.productId, text: question }, asker.headers)
    const batches = await api.get("/admin/leader/delivery-batches", funded.leader.adminHeaders)
    const batch = batches.data.delivery_batches.find((b: { id: string }) => b.id === funded.batchId)
    w = { ...funded, question, batchDate: batch.delivery_date, payee: `微信 e2e-${stamp}` }
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("sees only the leader pages, answers a question and asks for a withdrawal at 390×844; finance marks it paid", async () => {
    const api = e2eApi()
    const { email, password } = w.leader.customer
    const amount = Math.min(20, Math.floor(w.available))
    const fmt = (n: number) => money(n, "cny", "en")

    const phone = await newContext(browser, { viewport: PHONE })
    const page = await phone.newPage()
    const step = scenario("leader-portal-phone", page)
    await step("login lands on the leader home", async () => {
      await login(page, email, password)
      await page.waitForURL((url) => url.pathname.endsWith("/app/leader"), { timeout: 30_000 })
      await page.getByRole("heading", { name: tr("en", "leaders.portal.hello", { name: w.leader.leader.name }) }).waitFor({ timeout: 30_000 })
    })
    await step("the sidebar holds only the leader pages", async () => {
      const routes = await sidebarRoutes(page)
      expect([...new Set(routes)].sort()).toEqual(
        ["/app/leader", "/app/leader/batches", "/app/leader/earnings", "/app/leader/orders", "/app/leader/questions", "/app/leader/verify", "/app/settings"].sort()
      )
    })
    await step("close the sidebar", async () => {
      await page.keyboard.press("Escape")
      await page.getByRole("dialog").waitFor({ state: "hidden" })
    })
    await step("earnings (from the home's link): balances of the collected and settled order", async () => {
      await page.getByRole("link", { name: tr("en", "commissions.leader.title"), exact: true }).click()
      await page.waitForURL((url) => url.pathname.endsWith("/app/leader/earnings"), { timeout: 30_000 })
      await page.getByRole("heading", { name: tr("en", "commissions.leader.title"), exact: true }).waitFor({ timeout: 30_000 })
      await page.getByText(fmt(w.available), { exact: true }).first().waitFor({ timeout: 30_000 })
      await page.getByText(tr("en", "commissions.leader.noWithdrawals"), { exact: true }).waitFor()
    })
    await step("withdraw through the form", async () => {
      const form = page.locator("div").filter({ has: page.getByRole("heading", { name: tr("en", "commissions.leader.withdraw"), exact: true }) }).last()
      await form.locator('input[type="number"]').fill(String(amount))
      await form.locator("input").nth(1).fill(w.payee)
      await form.getByRole("button", { name: tr("en", "commissions.leader.withdraw"), exact: true }).click()
      await page.getByText(tr("en", "commissions.leader.requested"), { exact: false }).first().waitFor({ timeout: 30_000 })
      // Listed under my withdrawals as requested; the available balance went down by the amount.
      await page.getByText(tr("en", "commissions.withdrawalStatuses.requested"), { exact: true }).first().waitFor({ timeout: 30_000 })
      await page.getByText(fmt(w.available - amount), { exact: true }).first().waitFor({ timeout: 30_000 })
    })
    await step("earnings per order", async () => {
      await page.goto("/app/leader/earnings/orders")
      await page.getByText(tr("en", "commissions.leader.orderLine", { id: w.order.display_id }), { exact: true }).waitFor({ timeout: 30_000 })
    })
    await step("answer a neighbour's question", async () => {
      await page.goto("/app/leader/questions")
      await page.getByText(w.question, { exact: true }).waitFor({ timeout: 30_000 })
      const item = page.locator("div").filter({ has: page.getByText(w.question, { exact: true }) }).last()
      await item.getByPlaceholder(tr("en", "reviews.questions.answer")).fill("要冷藏，2–6℃ 保存。")
      await item.getByRole("button", { name: tr("en", "reviews.questions.answer"), exact: true }).click()
      await page.getByText(tr("en", "reviews.leader.answered"), { exact: true }).first().waitFor({ timeout: 30_000 })
    })
    const mine = await api.get("/admin/leader/commissions/withdrawals", w.leader.adminHeaders)
    const withdrawal = mine.data.withdrawals.find((x: { payee: string }) => x.payee === w.payee)
    expect(withdrawal).toMatchObject({ amount, status: "requested" })
    const answered = await api.get(`/admin/leader/questions?limit=50`, w.leader.adminHeaders)
    const q = answered.data.questions.find((x: { text: string }) => x.text === w.question)
    expect(q.answers.map((a: { author_type: string; text: string }) => [a.author_type, a.text])).toEqual([["leader", "要冷藏，2–6℃ 保存。"]])
    await step("core and operator pages are refused", async () => {
      for (const p of ["/admin/orders", "/admin/commissions/withdrawals", "/admin/reviews"]) {
        const res = await page.request.get(p)
        expect({ path: p, status: res.status() }).toEqual({ path: p, status: 403 })
      }
    })

    // Finance (not a super admin) pays it out from the queue.
    const finance = await staffUser(api, "finance")
    const desk = await newContext(browser)
    const fpage = await desk.newPage()
    const fstep = scenario("finance-withdrawal-queue", fpage)
    await fstep("finance logs in", () => login(fpage, finance.email, finance.password))
    await fstep("the request waits in the queue", async () => {
      await fpage.goto("/app/commissions/withdrawals")
      await fpage.getByRole("heading", { name: tr("en", "commissions.withdrawals.title"), exact: true }).waitFor({ timeout: 30_000 })
      await fpage.locator("tbody tr", { hasText: w.payee }).waitFor({ timeout: 30_000 })
    })
    await fstep("mark it paid with the transfer's reference", async () => {
      const row = fpage.locator("tbody tr", { hasText: w.payee })
      await row.getByPlaceholder(`${tr("en", "commissions.withdrawals.reference")} / ${tr("en", "commissions.withdrawals.reason")}`).fill("WX-E2E-0001")
      await row.getByRole("button", { name: tr("en", "commissions.withdrawals.approve"), exact: true }).click()
      await fpage.getByText(tr("en", "commissions.withdrawals.approved"), { exact: true }).first().waitFor({ timeout: 30_000 })
      await row.waitFor({ state: "detached", timeout: 30_000 }) // no longer waiting
    })
    await fstep("export the day's settled commission as CSV", async () => {
      // The settlement ran at the order's settlement date: that store day (Asia/Shanghai) holds the leader's line.
      const day = w.settleAt.toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" })
      await openInApp(fpage, "/app/commissions")
      const box = fpage.locator("div").filter({ has: fpage.getByRole("heading", { name: tr("en", "commissions.export.title"), exact: true }) }).last()
      await box.waitFor({ timeout: 30_000 })
      await box.locator('input[type="date"]').nth(0).fill(day)
      await box.locator('input[type="date"]').nth(1).fill(day)
      const [download] = await Promise.all([
        fpage.waitForEvent("download"),
        box.getByRole("link", { name: tr("en", "commissions.export.download"), exact: true }).click(),
      ])
      const lines = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/)
      expect(lines[0]).toBe("period_from,period_to,leader_id,leader_name,leader_phone,beneficiary_customer_id,beneficiary_name,currency,orders,entries,settled,reversed,net")
      const mine = lines.find((l) => l.includes(w.leader.customer.customer.id))
      // Settled, reversed, net: the whole commission (100% rule) settled that day, nothing reversed.
      expect(mine?.split(",").slice(0, 3)).toEqual([day, day, w.leader.leader.id])
      expect(mine?.split(",").slice(-3)).toEqual([w.available.toFixed(2), "0.00", w.available.toFixed(2)])
    })
    await fstep("finance is refused what is not theirs", async () => {
      for (const p of ["/admin/reviews", "/admin/group-buy/campaigns"]) {
        const res = await fpage.request.get(p)
        expect({ path: p, status: res.status() }).toEqual({ path: p, status: 403 })
      }
    })
    await desk.close()

    const after = (await api.get("/admin/leader/commissions/withdrawals", w.leader.adminHeaders)).data.withdrawals.find(
      (x: { id: string }) => x.id === withdrawal.id
    )
    expect(after).toMatchObject({ status: "paid", reference: "WX-E2E-0001" })
    await step("the leader sees it paid", async () => {
      await page.goto("/app/leader/earnings")
      await page.getByText(tr("en", "commissions.withdrawalStatuses.paid"), { exact: true }).first().waitFor({ timeout: 30_000 })
      await page.getByText("WX-E2E-0001", { exact: true }).waitFor()
    })
    await phone.close()
  })

  it.each([["en" as Lang], ["zhCN" as Lang]])("in %s: every leader page renders at 390×844, with no error and no untranslated string", async (lang) => {
    const context = await newContext(browser, { lang, viewport: PHONE })
    const page = await context.newPage()
    const step = scenario(`leader-pages-${lang}`, page)
    await step("login", async () => {
      await login(page, w.leader.customer.email, w.leader.customer.password)
      await page.waitForURL((url) => url.pathname.endsWith("/app/leader"), { timeout: 30_000 })
    })
    for (const check of LEADER_PAGES) {
      await step(check.name, async () => {
        await openInApp(page, `/app${check.path(w)}`)
        await page.getByRole("heading", { name: check.heading(lang, w), exact: true }).first().waitFor({ timeout: 30_000 })
        await check.prepare?.(page, lang)
        for (const locator of check.content(page, lang, w)) {
          await locator.first().waitFor({ timeout: 30_000 })
        }
        // Nothing wider than the phone (no sideways scrolling).
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
        await expectSettledAndTranslated(page, lang, check.name)
      })
    }
    await context.close()
  })

  it("covers every leader page under src/admin/routes/leader", () => {
    const root = path.join(__dirname, "..", "src", "admin", "routes")
    const files: string[] = []
    const walk = (dir: string) =>
      fs.readdirSync(dir, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name === "page.tsx" && files.push(path.relative(root, dir).split(path.sep).join("/"))))
    walk(path.join(root, "leader"))
    const placeholder = { batchId: "[id]" } as Pick<World, "batchId">
    const covered = new Set(LEADER_PAGES.map((c) => c.path({ ...w, ...placeholder }).slice(1)))
    expect(files.filter((f) => !covered.has(f))).toEqual([])
  })
})

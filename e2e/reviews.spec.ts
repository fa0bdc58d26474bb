import type { Browser, Page } from "playwright-core"
import { buyVariant } from "../integration-tests/helpers/checkout"
import { e2eApi, operatorHeaders, regionId, shopHeaders, staffUser } from "./support/api"
import { launch, login, newContext, scenario } from "./support/browser"
import { buyer, product } from "./support/fixtures"
import { tr } from "./support/i18n"

jest.setTimeout(240_000)

/** One review in the moderation list: the innermost block with its text and its own Reply button. */
const reviewBlock = (page: Page, text: string) =>
  page
    .locator("div")
    .filter({ has: page.getByText(text, { exact: true }) })
    .filter({ has: page.getByRole("button", { name: new RegExp(`^(${tr("en", "reviews.reply")}|${tr("en", "reviews.editReply")})$`) }) })
    .last()

/**
 * Review moderation by an operator with the `operations` role (not a super admin): a customer reviewed an order
 * they received (set up through the Store API); the operator approves it, replies and hides it through the
 * dashboard, and the storefront's public list follows each decision.
 */
describe("operations moderates a customer's review in the admin dashboard", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("approves, replies to and hides a review; the storefront shows it only while approved", async () => {
    const api = e2eApi()
    const stamp = Date.now().toString(36).slice(-5)
    const apple = await product(api, "yantai-fuji-apple", "FP-APPLE-2.5KG")
    const customer = await buyer(api, { first_name: "评价", last_name: "赵" })
    const order = await buyVariant(api, customer.headers, { regionId: await regionId(api), variantId: apple.variantId, email: customer.email })
    await api.post(`/admin/orders/${order.id}/complete`, {}, await operatorHeaders(api))
    const text = `E2E 苹果很脆很甜 ${stamp}`
    const created = await api.post("/store/reviews", { order_id: order.id, line_item_id: order.items[0].id, rating: 5, text }, customer.headers)
    const reviewId: string = created.data.review.id
    const publicList = async () =>
      (await api.get(`/store/reviews?product_id=${apple.productId}&limit=50`, shopHeaders())).data.reviews.map((r: { id: string }) => r.id)
    expect(await publicList()).not.toContain(reviewId) // pending: not public yet

    const ops = await staffUser(api, "operations")
    const context = await newContext(browser)
    const page = await context.newPage()
    const step = scenario("reviews-operations", page)
    await step("operations logs in", () => login(page, ops.email, ops.password))
    await step("the review waits under Pending", async () => {
      await page.goto("/app/reviews")
      await page.getByRole("heading", { name: tr("en", "reviews.title"), exact: true }).waitFor({ timeout: 30_000 })
      await reviewBlock(page, text).waitFor({ timeout: 30_000 })
    })
    await step("approve", async () => {
      await reviewBlock(page, text).getByRole("button", { name: tr("en", "reviews.approve"), exact: true }).click()
      await page.getByText(tr("en", "reviews.saved"), { exact: true }).first().waitFor({ timeout: 30_000 })
      await reviewBlock(page, text).waitFor({ state: "detached", timeout: 30_000 }) // no longer pending
    })
    expect(await publicList()).toContain(reviewId)

    const reply = `谢谢支持！${stamp}`
    await step("reply under Approved", async () => {
      await page.getByRole("tab", { name: tr("en", "reviews.filters.approved"), exact: true }).click()
      const block = reviewBlock(page, text)
      await block.waitFor({ timeout: 30_000 })
      await block.getByRole("button", { name: tr("en", "reviews.reply"), exact: true }).click()
      await block.getByPlaceholder(tr("en", "reviews.replyPlaceholder")).fill(reply)
      await block.getByRole("button", { name: tr("en", "common.save"), exact: true }).click()
      await page.getByText(`${tr("en", "reviews.storeReply")}: ${reply}`, { exact: true }).waitFor({ timeout: 30_000 })
    })
    await step("hide", async () => {
      await reviewBlock(page, text).getByRole("button", { name: tr("en", "reviews.hide"), exact: true }).click()
      await reviewBlock(page, text).waitFor({ state: "detached", timeout: 30_000 }) // no longer approved
      await page.getByRole("tab", { name: tr("en", "reviews.filters.hidden"), exact: true }).click()
      await reviewBlock(page, text).getByText(tr("en", "reviews.statuses.hidden"), { exact: true }).waitFor({ timeout: 30_000 })
    })
    await step("operations is refused finance's pages", async () => {
      const res = await page.request.get("/admin/commissions/withdrawals")
      expect(res.status()).toBe(403)
    })
    await context.close()

    expect(await publicList()).not.toContain(reviewId)
    const mine = await api.get("/store/reviews/me", customer.headers)
    expect(mine.data.reviews.find((r: { id: string }) => r.id === reviewId)).toMatchObject({ status: "hidden", reply })
  })
})

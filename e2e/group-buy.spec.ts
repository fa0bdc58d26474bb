import type { Browser, Page } from "playwright-core"
import { createStoreCustomer } from "../integration-tests/helpers/auth"
import { completeCheckout, createCart } from "../integration-tests/helpers/checkout"
import { e2eApi, eventually, operatorHeaders, regionId } from "./support/api"
import { launch, login, newContext, scenario } from "./support/browser"
import { readState } from "./support/server"

jest.setTimeout(300_000)

const TITLE = `E2E 西瓜拼团 ${Date.now().toString(36)}`

/** The tier inputs of the campaign form, by row (1-based), in CNY. */
const tier = (page: Page, n: number) => ({
  threshold: page.getByLabel(`Threshold of tier ${n} (CNY)`),
  price: page.getByLabel(`Price of tier ${n} (CNY)`),
})

/**
 * Group buying in the dashboard: the operator creates a team deal through the form (the tiers editor refuses
 * thresholds that do not rise before anything is sent), activates it and sees it on the product page; a
 * customer opens a group and checks out through the Store API; the operator sees the group on the order (and
 * why it cannot be fulfilled yet), opens the group and fails it with a reason; the pages in zh-CN.
 */
describe("operator runs group buying in the admin dashboard", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("creates and activates a team deal, sees it on the product, and fails a customer's group from its order", async () => {
    const api = e2eApi()
    const { admin, publishableKey } = readState()
    const operator = await operatorHeaders(api)

    const context = await newContext(browser)
    const page = await context.newPage()
    const step = scenario("group-buy-operator", page)

    await step("login", () => login(page, admin.email, admin.password))
    await step("campaigns page from the sidebar", async () => {
      await page.goto("/app/orders")
      await page.getByRole("link", { name: "Group buying" }).first().click()
      await page.waitForURL((url) => url.pathname.endsWith("/app/group-buy/campaigns"), { timeout: 30_000 })
      await page.getByRole("heading", { name: "Campaigns", exact: true }).waitFor({ timeout: 30_000 })
    })
    await step("groups page", async () => {
      await page.goto("/app/group-buy/groups")
      await page.getByRole("heading", { name: "Groups", exact: true }).waitFor({ timeout: 30_000 })
      await page.getByRole("combobox", { name: "All statuses" }).waitFor()
      await page.getByRole("combobox", { name: "All pickup points" }).waitFor()
    })
    await step("create form: product and variant from Medusa's catalogue", async () => {
      await page.goto("/app/group-buy/campaigns")
      await page.getByRole("link", { name: "Create campaign" }).click()
      await page.getByRole("heading", { name: "Create campaign" }).waitFor({ timeout: 30_000 })
      await page.getByLabel("Title", { exact: true }).fill(TITLE)
      await page.getByLabel("Search products").fill("西瓜")
      await page.getByRole("button", { name: "三亚麒麟西瓜" }).click()
      await page.getByLabel("1个 / 1 pc · FP-WMELON-1").click()
      await page.getByLabel("Group size (max members)").fill("3")
    })
    await step("tiers: a threshold that does not rise is refused before saving", async () => {
      await tier(page, 1).threshold.fill("3")
      await tier(page, 1).price.fill("9.9")
      await page.getByRole("button", { name: "Add tier" }).click()
      await tier(page, 2).threshold.fill("2")
      await tier(page, 2).price.fill("8.8")
      await page.getByText("Must be higher than the tier above (3)").waitFor()
      await page.getByText("reported as “Auto-filled”").waitFor() // the auto-fill warning is always there
    })
    const campaignId = await step("tiers fixed, saved as a draft", async () => {
      await tier(page, 1).threshold.fill("2")
      await tier(page, 2).threshold.fill("3")
      expect(await page.getByText("Must be higher than the tier above").count()).toBe(0)
      await page.getByRole("button", { name: "Create draft" }).click()
      await page.waitForURL((url) => /\/app\/group-buy\/campaigns\/gb[a-z]*_/.test(url.pathname), { timeout: 30_000 })
      await page.getByRole("heading", { name: TITLE }).waitFor({ timeout: 30_000 })
      await page.getByText("Draft", { exact: true }).first().waitFor()
      await page.getByText("CN¥8.80").waitFor()
      return new URL(page.url()).pathname.split("/").pop()!
    })
    await step("activate with a confirmation", async () => {
      await page.getByRole("button", { name: "Activate", exact: true }).click()
      const dialog = page.getByRole("alertdialog")
      await dialog.getByText("Customers can open and join groups within its window").waitFor()
      await dialog.getByRole("button", { name: "Activate", exact: true }).click()
      await page.getByText("Active", { exact: true }).first().waitFor({ timeout: 30_000 })
      await page.getByRole("button", { name: "End campaign" }).waitFor()
    })
    const { campaign } = (await api.get(`/admin/group-buy/campaigns/${campaignId}`, operator)).data
    expect(campaign).toMatchObject({
      title: TITLE,
      kind: "team",
      status: "active",
      max_per_group: 3,
      group_lifetime_hours: 24,
      auto_fill: false,
      tiers: [
        { currency_code: "cny", threshold: 2, price: 9.9 },
        { currency_code: "cny", threshold: 3, price: 8.8 },
      ],
    })
    expect(campaign.variant_ids).toHaveLength(1)

    await step("the product page lists the campaign", async () => {
      await page.goto(`/app/products/${campaign.product_id}`)
      await page.getByRole("heading", { name: "Group buying" }).waitFor({ timeout: 30_000 })
      await page.getByRole("link", { name: TITLE }).waitFor()
      await page.getByText("2+ → CN¥9.90 · 3+ → CN¥8.80").first().waitFor()
    })

    // A customer opens a group on it and checks out through the Store API, as a storefront does.
    const customer = await createStoreCustomer(api, publishableKey, { first_name: "小红", last_name: "李" })
    const cart = await createCart(api, customer.headers, await regionId(api), customer.email)
    await api.post(`/store/group-buy/campaigns/${campaignId}/open`, { cart_id: cart.id, variant_id: campaign.variant_ids[0] }, customer.headers)
    const done = await completeCheckout(api, customer.headers, cart.id, { email: customer.email })
    expect(done.data.type).toBe("order")
    const order = done.data.order
    const view = await eventually(async () => {
      const res = await api.get(`/admin/group-buy/orders/${order.id}`, operator)
      return res.data.member ? res.data : null
    }, "the order's group membership (confirmed on order.placed)")
    expect(view).toMatchObject({ group: { status: "open" }, fulfillment: { allowed: false, code: "group_not_succeeded" } })

    await step("the order shows its group and why it cannot be fulfilled yet", async () => {
      await page.goto(`/app/orders/${order.id}`)
      await page.getByRole("heading", { name: "Group buying" }).waitFor({ timeout: 30_000 })
      await page.getByText("Cannot be fulfilled yet").waitFor()
      await page.getByText("it has 1 of the 2 members it needs, until").waitFor()
      await page.getByText("CN¥9.90 × 1").waitFor()
    })
    await step("the group page: progress, the member, the order and the payment", async () => {
      await page.getByRole("link", { name: "Open the group" }).click()
      await page.getByRole("heading", { name: /^Group / }).waitFor({ timeout: 30_000 })
      await page.getByText("1 / 3 members (succeeds at 2)").first().waitFor()
      await page.getByText("1 more to succeed").waitFor()
      await page.getByRole("link", { name: `#${order.display_id}` }).waitFor()
      await page.getByText("李小红").first().waitFor()
      await page.getByText("Authorized", { exact: true }).waitFor()
    })
    await step("fail now: the confirmation says what happens to payments and needs a reason", async () => {
      await page.getByRole("button", { name: "Fail now" }).click()
      const dialog = page.getByRole("alertdialog")
      await dialog.getByText("authorized payments are voided and captured ones refunded in full").waitFor()
      const confirm = dialog.getByRole("button", { name: "Fail now" })
      expect(await confirm.isDisabled()).toBe(true)
      await dialog.getByLabel("Reason").fill("E2E supplier out of stock")
      await confirm.click()
      await page.getByText("Group failed", { exact: true }).first().waitFor({ timeout: 60_000 })
      await page.getByText("E2E supplier out of stock").waitFor({ timeout: 30_000 })
      await page.getByText("Failed", { exact: true }).first().waitFor()
      await page.locator("tbody").getByText(/^(Voided|Refunded)$/).first().waitFor({ timeout: 30_000 })
    })
    await step("the order now says its group failed", async () => {
      await page.goto(`/app/orders/${order.id}`)
      await page.getByText("This order's group failed").waitFor({ timeout: 30_000 })
    })
    await context.close()

    const after = (await api.get(`/admin/group-buy/orders/${order.id}`, operator)).data
    expect(after).toMatchObject({ group: { status: "failed", end_reason: "E2E supplier out of stock" }, member: { status: "canceled" } })
    expect(after.member.payment.canceled || after.member.payment.refunded_amount === after.member.payment.amount).toBe(true)

    // The same pages in Simplified Chinese.
    const zh = await newContext(browser, { lang: "zhCN" })
    const zhPage = await zh.newPage()
    const zhStep = scenario("group-buy-zh-cn", zhPage)
    await zhStep("login", () => login(zhPage, admin.email, admin.password))
    await zhStep("campaigns in zh-CN", async () => {
      await zhPage.goto("/app/group-buy/campaigns")
      await zhPage.getByRole("heading", { name: "拼团活动" }).waitFor({ timeout: 30_000 })
      await zhPage.getByRole("link", { name: "拼团", exact: true }).first().waitFor()
      await zhPage.getByRole("cell", { name: TITLE }).waitFor({ timeout: 30_000 })
      await zhPage.getByText("进行中").first().waitFor()
      await zhPage.getByText("2+ → ¥9.90 · 3+ → ¥8.80").first().waitFor()
    })
    await zhStep("groups in zh-CN", async () => {
      await zhPage.goto(`/app/group-buy/groups?campaign_id=${campaignId}`)
      await zhPage.getByRole("heading", { name: "团列表" }).waitFor({ timeout: 30_000 })
      await zhPage.getByText("已失败").first().waitFor({ timeout: 30_000 })
      await zhPage.getByText(/ \/ 3 人（2 人成团）/).first().waitFor()
    })
    await zhStep("create form in zh-CN", async () => {
      await zhPage.goto("/app/group-buy/campaigns/new")
      await zhPage.getByRole("heading", { name: "新建活动" }).waitFor({ timeout: 30_000 })
      await zhPage.getByText("CNY 价格").waitFor()
      await zhPage.getByText("模拟成团：到期时差一").waitFor()
    })
    await zh.close()
  })
})

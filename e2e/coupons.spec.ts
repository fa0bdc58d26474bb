import type { Browser } from "playwright-core"
import { launch, login, newContext, scenario } from "./support/browser"
import { readState } from "./support/server"

jest.setTimeout(180_000)

describe("operator manages coupons in the admin dashboard", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("creates a threshold coupon template and opens it with its live counts", async () => {
    const { admin } = readState()
    const context = await newContext(browser)
    const page = await context.newPage()
    const step = scenario("coupons-create-template", page)

    await step("login", () => login(page, admin.email, admin.password))
    await step("coupon list with the seeded templates", async () => {
      await page.goto("/app/coupons")
      await page.getByRole("heading", { name: "Coupons" }).waitFor({ timeout: 30_000 })
      await page.getByText("¥15 off ¥99").first().waitFor()
    })
    await step("create form", async () => {
      await page.getByRole("button", { name: "Create template" }).click()
      await page.getByLabel("Name (Chinese)").fill("端到端满60减12")
      await page.getByLabel("Name (English)").fill("E2E ¥12 off ¥60")
      await page.getByLabel("Amount off").fill("12")
      await page.getByLabel("Minimum spend on eligible items").fill("60")
      await page.getByLabel("Total stock (empty = unlimited)").fill("30")
    })
    await step("saved and listed", async () => {
      await page.getByRole("button", { name: "Save" }).click()
      await page.getByRole("cell", { name: "E2E ¥12 off ¥60" }).waitFor({ timeout: 30_000 })
    })
    await step("detail with terms and backing promotion", async () => {
      await page.getByRole("cell", { name: "E2E ¥12 off ¥60" }).click()
      await page.getByText("CN¥12.00 off over CN¥60.00").waitFor({ timeout: 30_000 })
      await page.getByText("0 / 0 / 30").waitFor()
      await page.getByText(/CPN-CPTPL_/).waitFor()
    })
    await context.close()
  })
})

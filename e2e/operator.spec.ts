import type { Browser } from "playwright-core"
import { launch, login, newContext, scenario } from "./support/browser"
import { readState } from "./support/server"

jest.setTimeout(180_000)

describe("operator in the admin dashboard", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("logs in with the seeded credentials and sees the seeded catalogue", async () => {
    const { admin } = readState()
    const context = await newContext(browser)
    const page = await context.newPage()
    const step = scenario("operator-login", page)

    await step("login", () => login(page, admin.email, admin.password))
    await step("products list", async () => {
      await page.goto("/app/products")
      await page.getByText("五常稻花香大米").first().waitFor({ timeout: 30_000 })
    })
    await context.close()
  })
})

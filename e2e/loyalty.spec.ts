import type { Browser } from "playwright-core"
import { createStoreCustomer } from "../integration-tests/helpers/auth"
import { e2eApi, eventually } from "./support/api"
import { launch, login, newContext, scenario } from "./support/browser"
import { readState } from "./support/server"

jest.setTimeout(180_000)

/** Points and tiers in the dashboard: the settings page, and a goodwill adjustment from the customer page. */
describe("operator manages points in the admin dashboard", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("credits a customer's points from the customer page; the customer sees the new balance", async () => {
    const api = e2eApi()
    const { admin, publishableKey } = readState()
    const customer = await createStoreCustomer(api, publishableKey, { first_name: "积分", last_name: "顾客" })

    const context = await newContext(browser)
    const page = await context.newPage()
    const step = scenario("loyalty-adjust-points", page)
    await step("login", () => login(page, admin.email, admin.password))
    await step("customer page shows the points widget", async () => {
      await page.goto(`/app/customers/${customer.customer.id}`)
      await page.getByRole("heading", { name: "Points", exact: true }).waitFor({ timeout: 30_000 })
      await page.getByText("Balance").first().waitFor()
    })
    await step("adjust with a recorded reason", async () => {
      await page.getByPlaceholder("Points (negative to deduct)").fill("120")
      await page.getByPlaceholder("Reason (recorded)").fill("E2E goodwill for a late delivery")
      await page.getByRole("button", { name: "Confirm", exact: true }).click()
      await page.getByText("Points adjusted").first().waitFor({ timeout: 30_000 })
      await page.getByText("E2E goodwill for a late delivery").first().waitFor({ timeout: 30_000 })
    })
    await context.close()

    const balance = await eventually(async () => {
      const res = await api.get("/store/loyalty/balance", customer.headers)
      return res.data.balance === 120 ? res.data : null
    }, "the customer's balance of 120 points")
    expect(balance.balance).toBe(120)
  })

  it("shows the points settings and saves them", async () => {
    const { admin } = readState()
    const en = await newContext(browser)
    const page = await en.newPage()
    const step = scenario("loyalty-settings", page)
    await step("login", () => login(page, admin.email, admin.password))
    await step("settings page", async () => {
      await page.goto("/app/loyalty")
      await page.getByRole("heading", { name: "Points & tiers" }).waitFor({ timeout: 30_000 })
      await page.getByRole("heading", { name: "Membership tiers" }).waitFor()
    })
    await step("save", async () => {
      await page.getByRole("button", { name: "Save", exact: true }).click()
      await page.getByText("Settings saved").first().waitFor({ timeout: 30_000 })
    })
    await en.close()
  })
})

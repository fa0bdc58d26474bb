import type { Browser } from "playwright-core"
import { applicationBody } from "../integration-tests/http/leaders/helpers"
import { e2eApi } from "./support/api"
import { launch, login, newContext, scenario } from "./support/browser"
import { buyer } from "./support/fixtures"
import { readState } from "./support/server"

jest.setTimeout(240_000)

const PHONE = { width: 390, height: 844 }

/** A shop customer (registered through the Store API) who applies to become a leader. */
async function applicant(name: string) {
  const api = e2eApi()
  const customer = await buyer(api, { first_name: name })
  await api.post("/store/leader-applications", applicationBody({ name }), customer.headers)
  return { email: customer.email, password: customer.password }
}

describe("leaders and pickup points in the admin dashboard", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("an operator approves an application; the leader logs in on a phone and lands on their point", async () => {
    const { admin } = readState()
    const name = `端到端团长${Date.now().toString(36).slice(-4)}`
    const leader = await applicant(name)

    const operator = await newContext(browser)
    const page = await operator.newPage()
    const step = scenario("leaders-approve", page)
    await step("login", () => login(page, admin.email, admin.password))
    await step("open applications", async () => {
      await page.goto("/app/leaders/applications")
      await page.getByRole("heading", { name: "Leader applications" }).waitFor({ timeout: 30_000 })
      await page.getByRole("cell", { name }).first().click()
      await page.getByRole("heading", { name }).waitFor({ timeout: 30_000 })
      await page.getByText("110***********002X").waitFor() // the identity number, masked
    })
    await step("approve with a new point", async () => {
      await page.getByRole("button", { name: "Approve", exact: true }).click()
      await page.getByText("logs into the admin with the same e-mail and password as in the shop").waitFor({ timeout: 30_000 })
    })
    await step("listed as an active leader", async () => {
      await page.goto("/app/leaders")
      await page.getByRole("cell", { name }).first().waitFor({ timeout: 30_000 })
    })
    await operator.close()

    const phone = await newContext(browser, { viewport: PHONE })
    const mobile = await phone.newPage()
    const leaderStep = scenario("leaders-phone", mobile)
    await leaderStep("login lands on the leader home", async () => {
      await login(mobile, leader.email, leader.password)
      await mobile.waitForURL((url) => url.pathname.endsWith("/app/leader"), { timeout: 30_000 })
      await mobile.getByRole("heading", { name: `Hello, ${name}` }).waitFor({ timeout: 30_000 })
      await mobile.getByText("Taking orders").waitFor()
    })
    await leaderStep("a wrong pickup code is refused with a reason", async () => {
      await mobile.goto("/app/leader/verify")
      await mobile.getByLabel("Pickup code").fill("AAAAA-AAAAA")
      await mobile.getByRole("button", { name: "Verify", exact: true }).click()
      await mobile.getByText("No order has this code").first().waitFor({ timeout: 30_000 })
    })
    await leaderStep("my orders and my deliveries", async () => {
      await mobile.goto("/app/leader/orders")
      await mobile.getByRole("heading", { name: "My orders" }).waitFor({ timeout: 30_000 })
      await mobile.goto("/app/leader/batches")
      await mobile.getByRole("heading", { name: "My deliveries" }).waitFor({ timeout: 30_000 })
    })
    await phone.close()
  })
})

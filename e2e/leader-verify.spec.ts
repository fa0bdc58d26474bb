import type { Browser } from "playwright-core"
import { e2eApi } from "./support/api"
import { launch, login, newContext, scenario } from "./support/browser"
import { buyer, leader as newLeader, pickupCode, pickupOrder, product } from "./support/fixtures"

jest.setTimeout(240_000)

const PHONE = { width: 390, height: 844 }

/**
 * A leader's working day on a phone: a neighbour ordered for pickup at the leader's point (set up through the
 * Store API like a storefront does); the leader verifies the neighbour's code in the dashboard, sees the order
 * picked up, and is kept out of the operators' pages.
 */
describe("a leader verifies a pickup code in the admin dashboard", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("verifies the neighbour's code once, and is refused the core admin pages", async () => {
    const api = e2eApi()
    const leader = await newLeader(api)

    // A neighbour buys eggs for pickup at the leader's point; the code is shown to them only.
    const neighbour = await buyer(api)
    const eggs = await product(api, "free-range-eggs", "ED-EGG-10")
    const order = await pickupOrder(api, neighbour, leader.pickupPoint.id, eggs.variantId)
    const code = await pickupCode(api, neighbour, order.id)

    const context = await newContext(browser, { viewport: PHONE })
    const page = await context.newPage()
    const step = scenario("leader-verify-code", page)

    await step("login on the phone", async () => {
      await login(page, leader.customer.email, leader.customer.password)
      await page.waitForURL((url) => url.pathname.endsWith("/app/leader"), { timeout: 30_000 })
    })
    await step("the order waits at the point", async () => {
      await page.goto("/app/leader/orders")
      await page.getByRole("heading", { name: "My orders" }).waitFor({ timeout: 30_000 })
      await page.getByText(`#${order.display_id}`).first().waitFor({ timeout: 30_000 })
    })
    await step("verify the customer's code", async () => {
      await page.goto("/app/leader/verify")
      await page.getByLabel("Pickup code").fill(code.toLowerCase())
      await page.getByRole("button", { name: "Verify", exact: true }).click()
      await page.getByRole("heading", { name: `Order #${order.display_id}: hand it over` }).waitFor({ timeout: 30_000 })
    })
    await step("the same code a second time is refused", async () => {
      await page.getByLabel("Pickup code").fill(code)
      await page.getByRole("button", { name: "Verify", exact: true }).click()
      await page.getByText("This order was already picked up.").first().waitFor({ timeout: 30_000 })
    })

    // The customer sees it collected; the order is completed in Medusa.
    const mine = await api.get(`/store/orders/${order.id}/pickup`, neighbour.headers)
    expect(mine.data.pickup.status).toBe("picked_up")

    await step("core pages are refused", async () => {
      // The dashboard's own API calls, with the leader's session cookie.
      for (const path of ["/admin/orders", "/admin/products", "/admin/customers"]) {
        const res = await page.request.get(path)
        expect({ path, status: res.status() }).toEqual({ path, status: 403 })
      }
      // Opening the operators' order list sends the leader back to the leader home.
      await page.goto("/app/orders")
      await page.waitForURL((url) => url.pathname.endsWith("/app/leader"), { timeout: 30_000 })
    })
    await context.close()
  })
})

import type { Browser } from "playwright-core"
import { createStoreCustomer } from "../integration-tests/helpers/auth"
import { TEST_ADDRESS } from "../integration-tests/helpers/checkout"
import { approvedLeader } from "../integration-tests/http/leaders/helpers"
import { variantId } from "../integration-tests/http/pickup-orders/helpers"
import { e2eApi, eventually, operatorHeaders, regionId, shopHeaders } from "./support/api"
import { launch, login, newContext, scenario } from "./support/browser"
import { readState } from "./support/server"

jest.setTimeout(240_000)

const PHONE = { width: 390, height: 844 }
// Next to the point the approved leader proposes (翠苑一区东门, 2 km radius).
const CUIYUAN = { latitude: 30.2895, longitude: 120.1235 }

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
    const { publishableKey } = readState()
    const leader = await approvedLeader(api, publishableKey, await operatorHeaders(api))

    // A neighbour buys eggs for pickup at the leader's point; the code is shown to them only.
    const buyer = await createStoreCustomer(api, publishableKey)
    const eggs = await variantId(api, shopHeaders(), "free-range-eggs", "ED-EGG-10")
    const cart = await api.post("/store/carts", { region_id: await regionId(api), shipping_address: TEST_ADDRESS }, buyer.headers)
    const cartId = cart.data.cart.id
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: eggs, quantity: 1 }, buyer.headers)
    await api.post(`/store/carts/${cartId}/pickup`, { pickup_point_id: leader.pickupPoint.id, ...CUIYUAN }, buyer.headers)
    const pc = await api.post("/store/payment-collections", { cart_id: cartId }, buyer.headers)
    await api.post(`/store/payment-collections/${pc.data.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, buyer.headers)
    const done = await api.post(`/store/carts/${cartId}/complete`, {}, buyer.headers)
    expect(done.data.type).toBe("order")
    const order = done.data.order
    const code: string = await eventually(
      async () => (await api.get(`/store/orders/${order.id}/pickup`, buyer.headers)).data.pickup.code,
      "the pickup code (issued by the order.placed subscriber)"
    )

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
    const mine = await api.get(`/store/orders/${order.id}/pickup`, buyer.headers)
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

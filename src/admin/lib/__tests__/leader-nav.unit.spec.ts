import { missingHiddenIds, renderedNavRoutes } from "../leader-nav"

const fakeSidebar = (hrefs: string[]) =>
  ({ querySelectorAll: () => hrefs.map((h) => ({ getAttribute: () => h })) }) as unknown as ParentNode

describe("leader sidebar", () => {
  it("reads top-level routes from the rendered nav links", () => {
    expect(renderedNavRoutes(fakeSidebar(["/app/orders", "/app/coupons/referrals", "/app/coupons", "/app/leader/orders", "https://x"]))).toEqual([
      "/orders",
      "/coupons",
      "/leader",
    ])
  })

  it("hides the search bar and every non-leader route not hidden yet, never the leader pages or settings", () => {
    const widgets = { "core:nav:/orders": { hidden: true }, "core:nav:/products": { hidden: false } }
    expect(missingHiddenIds(widgets, ["/orders", "/products", "/coupons", "/leader", "/leader/orders", "/settings", "/leaders"])).toEqual([
      "core:Searchbar",
      "core:nav:/products",
      "core:nav:/coupons",
      "core:nav:/leaders",
    ])
  })

  it("has nothing to do once everything is hidden", () => {
    const widgets = { "core:Searchbar": { hidden: true }, "core:nav:/orders": { hidden: true } }
    expect(missingHiddenIds(widgets, ["/orders", "/leader"])).toEqual([])
  })
})

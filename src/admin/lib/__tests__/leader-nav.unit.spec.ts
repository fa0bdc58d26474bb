import { missingHiddenIds, renderedNavRoutes, shouldSendToLeaderHome } from "../leader-nav"

/** A stand-in for the rendered sidebar: only the links renderedNavRoutes reads (the tests run without a DOM). */
const fakeSidebar = (hrefs: string[]): Pick<ParentNode, "querySelectorAll"> => ({
  querySelectorAll: <E extends Element>() => {
    const links = hrefs.map((h) => ({ getAttribute: () => h }))
    return { forEach: (fn: (a: E) => void) => links.forEach((l) => fn(l as Partial<Element> as E)) } as NodeListOf<E>
  },
})

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

  it("sends leader-only users to the leader home, suspended ones too, never operators", () => {
    expect(shouldSendToLeaderHome({ confined: true })).toBe(true)
    expect(shouldSendToLeaderHome({ confined: false })).toBe(false) // an operator who is also a leader
    expect(shouldSendToLeaderHome({ errorCode: "not_a_leader" })).toBe(false) // a super admin
    const leaderOnly = ["leader_portal:read", "leader_portal:update"]
    expect(shouldSendToLeaderHome({ errorCode: "leader_suspended", permissions: leaderOnly })).toBe(true)
    expect(shouldSendToLeaderHome({ errorCode: "leader_suspended", permissions: [...leaderOnly, "order:read"] })).toBe(false)
    expect(shouldSendToLeaderHome({ errorCode: "leader_suspended" })).toBe(false) // permissions not known yet
  })
})

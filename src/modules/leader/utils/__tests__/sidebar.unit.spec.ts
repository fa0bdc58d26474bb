import { isLeaderRoute, leaderSidebarConfiguration } from "../sidebar"

describe("leaderSidebarConfiguration", () => {
  it("hides the dashboard's nav items, the search bar and operator pages, never the leader pages", () => {
    const { widgets } = leaderSidebarConfiguration(["/group-buy", "/leader", "/leader/orders"])
    expect(widgets["core:nav:/orders"]).toEqual({ hidden: true })
    expect(widgets["core:nav:/products"]).toEqual({ hidden: true })
    expect(widgets["core:Searchbar"]).toEqual({ hidden: true })
    expect(widgets["core:nav:/pickup-points"]).toEqual({ hidden: true })
    expect(widgets["core:nav:/coupons"]).toEqual({ hidden: true })
    expect(widgets["core:nav:/group-buy"]).toEqual({ hidden: true })
    expect(widgets["core:nav:/leader"]).toBeUndefined()
    expect(widgets["core:nav:/leader/orders"]).toBeUndefined()
  })

  it("tells leader routes from operator routes", () => {
    expect(isLeaderRoute("/leader")).toBe(true)
    expect(isLeaderRoute("/leader/verify")).toBe(true)
    expect(isLeaderRoute("/leaders")).toBe(false)
  })
})

import fs from "fs"
import path from "path"
import { OPERATOR_NAV_ROUTES, isLeaderRoute, leaderSidebarConfiguration } from "../sidebar"

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

describe("OPERATOR_NAV_ROUTES", () => {
  it("lists every top-level operator page of the admin, so a leader's sidebar hides it from approval on", () => {
    const routesDir = path.join(__dirname, "..", "..", "..", "..", "admin", "routes")
    const topLevel = fs
      .readdirSync(routesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && fs.existsSync(path.join(routesDir, d.name, "page.tsx")))
      .map((d) => `/${d.name}`)
      .filter((r) => !isLeaderRoute(r))
    expect(topLevel.length).toBeGreaterThan(5)
    expect([...OPERATOR_NAV_ROUTES].sort()).toEqual(expect.arrayContaining(topLevel.sort()))
  })
})

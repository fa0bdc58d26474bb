/**
 * The leader's sidebar in the admin (per-user layout of the zone "sidebar"): every nav item hidden but
 * the leader pages. Ids are the dashboard's: "core:nav:<route>" for nav items, "core:Searchbar".
 * The dashboard's own routes (2.21) and the operator pages of this project are listed here; the leader
 * home page also hides any operator page it finds at runtime (src/admin/lib/leader-sidebar.ts).
 */
export const SIDEBAR_ZONE = "sidebar"
export const CORE_NAV_ROUTES = ["/orders", "/products", "/inventory", "/customers", "/promotions", "/price-lists"]
// Every top-level operator page in src/admin/routes (a unit test keeps this list complete).
export const OPERATOR_NAV_ROUTES = [
  "/leaders",
  "/pickup-points",
  "/delivery-batches",
  "/coupons",
  "/group-buy",
  "/commissions",
  "/loyalty",
  "/reviews",
]
export const LEADER_NAV_PREFIX = "/leader"

export function isLeaderRoute(route: string): boolean {
  return route === LEADER_NAV_PREFIX || route.startsWith(`${LEADER_NAV_PREFIX}/`)
}

export function leaderSidebarConfiguration(extraRoutes: string[] = []) {
  const routes = [...new Set([...CORE_NAV_ROUTES, ...OPERATOR_NAV_ROUTES, ...extraRoutes])].filter(
    (r) => !isLeaderRoute(r)
  )
  return {
    widgets: Object.fromEntries([
      ["core:Searchbar", { hidden: true }],
      ...routes.map((r) => [`core:nav:${r}`, { hidden: true }]),
    ]) as Record<string, { hidden: boolean }>,
  }
}

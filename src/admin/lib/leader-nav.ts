import { isLeaderRoute } from "../../modules/leader/utils/sidebar"

/** Pure parts of the leader sidebar fix (see ./leader-sidebar.ts), kept apart for unit tests. */

/** Top-level routes of the nav links rendered in the sidebar ("/app/coupons/referrals" → "/coupons"). */
export function renderedNavRoutes(
  root: Pick<ParentNode, "querySelectorAll"> | undefined = typeof document === "undefined" ? undefined : document
): string[] {
  if (!root) return []
  const routes = new Set<string>()
  root.querySelectorAll("nav a[href]").forEach((a) => {
    const href = a.getAttribute("href") ?? ""
    const m = href.match(/^\/app(\/[^/?#]+)/)
    if (m) routes.add(m[1])
  })
  return [...routes]
}

/** The nav ids to hide for a leader that are not hidden yet in their configuration. */
export function missingHiddenIds(widgets: Record<string, { hidden?: boolean }>, routes: string[]): string[] {
  const ids = [
    "core:Searchbar",
    ...[...new Set(routes)].filter((r) => r !== "/settings" && !isLeaderRoute(r)).map((r) => `core:nav:${r}`),
  ]
  return ids.filter((id) => widgets[id]?.hidden !== true)
}

/**
 * Whether the orders list should send this user to the leader home: a leader with only leader roles
 * (`confined` from /admin/leader/me), or a suspended leader (the route then answers 403 `leader_suspended`)
 * whose permissions are all leader-page permissions, so that they read why on the leader home.
 */
export function shouldSendToLeaderHome(input: {
  confined?: boolean
  errorCode?: string
  permissions?: string[]
}): boolean {
  if (input.confined) return true
  const permissions = input.permissions ?? []
  return (
    input.errorCode === "leader_suspended" &&
    permissions.length > 0 &&
    permissions.every((p) => p.startsWith("leader_portal:"))
  )
}

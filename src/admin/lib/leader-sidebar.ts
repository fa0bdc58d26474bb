import { CORE_NAV_ROUTES, OPERATOR_NAV_ROUTES, SIDEBAR_ZONE } from "../../modules/leader/utils/sidebar"
import { missingHiddenIds, renderedNavRoutes } from "./leader-nav"
import { sdk } from "./sdk"

/**
 * The leader's sidebar (per-user layout of the zone "sidebar"). Approval already hides the core and the
 * operator nav items it knows (src/modules/leader/utils/sidebar.ts); pages added later by other domains
 * (group buying, commissions, points…) would still show for a leader until listed there. The leader home calls
 * `ensureLeaderSidebar` for confined leaders: it hides, in the leader's own layout only, every top-level
 * nav item it knows or finds in the rendered sidebar that is not a leader page. Cosmetic: the leader
 * confinement refuses those routes anyway. Returns true when something changed.
 */
export async function ensureLeaderSidebar(): Promise<boolean> {
  const routes = [...CORE_NAV_ROUTES, ...OPERATOR_NAV_ROUTES, ...renderedNavRoutes()]
  const current = await sdk.admin.layouts.retrieveConfiguration(SIDEBAR_ZONE)
  const widgets = { ...(current.personal_configuration?.configuration.widgets ?? {}) }
  const missing = missingHiddenIds(widgets, routes)
  if (!missing.length) {
    return false
  }
  for (const id of missing) {
    widgets[id] = { ...widgets[id], hidden: true }
  }
  // Never `is_default`: that would change everyone's sidebar (and the leader confinement refuses it).
  await sdk.admin.layouts.setConfiguration(SIDEBAR_ZONE, { configuration: { widgets } })
  return true
}

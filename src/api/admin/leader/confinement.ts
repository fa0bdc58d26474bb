import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { forbidden } from "../../../lib/errors"

/**
 * Leader confinement (allow-list). A user whose roles are all leader roles may call only the leader
 * routes and the few routes the dashboard needs to run; every other /admin route answers 403
 * `leader_confined`, whatever RBAC would say. RBAC alone is not enough in Medusa 2.21.2: `product:read`
 * also lets a user edit products, and any admin user may change the system-wide default layout.
 * Users with any other role (operators, super admins, also when they are leaders too) are not affected.
 */
export const LEADER_ROLE_NAMES = ["community_leader"]

type Rule = { methods: string[]; path: RegExp; allows?: (req: MedusaRequest) => boolean }

const ALLOW: Rule[] = [
  { methods: ["GET", "POST", "DELETE"], path: /^\/admin\/leader(\/.*)?$/ },
  { methods: ["GET"], path: /^\/admin\/users\/me$/ },
  { methods: ["GET"], path: /^\/admin\/rbac\/me\/permissions$/ },
  { methods: ["GET"], path: /^\/admin\/stores$/ },
  { methods: ["GET"], path: /^\/admin\/feature-flags$/ },
  { methods: ["GET"], path: /^\/admin\/locales$/ },
  { methods: ["GET"], path: /^\/admin\/layouts\/configurations$/ },
  { methods: ["GET", "DELETE"], path: /^\/admin\/layouts\/[^/]+\/configuration$/ },
  {
    // Their own layout only: never the system-wide default.
    methods: ["POST"],
    path: /^\/admin\/layouts\/[^/]+\/configuration$/,
    allows: (req) => (req.body as { is_default?: unknown } | undefined)?.is_default !== true,
  },
]

export function isAllowedForLeader(method: string, path: string, req: MedusaRequest): boolean {
  const m = method.toUpperCase()
  return ALLOW.some((r) => r.methods.includes(m) && r.path.test(path) && (!r.allows || r.allows(req)))
}

let roleCache: { ids: Set<string>; at: number } | undefined
const ROLE_CACHE_MS = 60 * 1000

/** Ids of the leader roles (looked up by name, cached for a minute). */
export async function leaderRoleIds(container: MedusaContainer): Promise<Set<string>> {
  if (!roleCache || Date.now() - roleCache.at > ROLE_CACHE_MS) {
    const rbac = container.resolve(Modules.RBAC)
    const roles = await rbac.listRbacRoles({}, { take: null })
    roleCache = { ids: new Set(roles.filter((r) => LEADER_ROLE_NAMES.includes(r.name)).map((r) => r.id)), at: Date.now() }
  }
  return roleCache.ids
}

/** Whether these role ids make a leader-only user. */
export function isLeaderOnly(roles: string[], leaderRoles: Set<string>): boolean {
  return roles.length > 0 && roles.every((r) => leaderRoles.has(r))
}

export async function confineLeaders(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const auth = req.auth_context
  const roles = (auth?.app_metadata?.roles as string[] | undefined) ?? []
  if (!auth || auth.actor_type !== "user" || !roles.length) {
    return next()
  }
  if (!isLeaderOnly(roles, await leaderRoleIds(req.scope))) {
    return next()
  }
  const path = (req.originalUrl || req.url).split("?")[0].replace(/\/+$/, "")
  if (!isAllowedForLeader(req.method, path, req)) {
    throw forbidden("leader_confined", `Leaders may not call ${req.method} ${path}`)
  }
  next()
}

import { Modules } from "@medusajs/framework/utils"
import roleData from "../../../data/roles.json"
import type { SeedContext } from "./types"

/**
 * The operator and leader roles of data/roles.json. Each entry "resource:operation" grants that policy;
 * "resource:*" grants every registered policy of the resource. Policies whose resource is not registered
 * (yet: another domain adds it later) are skipped and logged. The file is authoritative: a role loses
 * policies the file no longer lists. Returns role ids by name.
 */
export async function seedRoles({ container, log }: SeedContext): Promise<Record<string, string>> {
  const rbac = container.resolve(Modules.RBAC)
  const policies = await rbac.listRbacPolicies({}, { take: null })
  const ids: Record<string, string> = {}

  for (const role of roleData.roles) {
    const wanted = new Set<string>()
    for (const entry of role.policies) {
      const [resource, operation] = entry.split(":")
      const matches = policies.filter(
        (p) => p.resource === resource && (operation === "*" || p.operation === operation)
      )
      if (!matches.length) {
        log(`role ${role.name}: skipped ${entry} (no such policy registered)`)
      }
      matches.forEach((p) => wanted.add(p.id))
    }

    let [existing] = await rbac.listRbacRoles({ name: role.name })
    if (!existing) {
      existing = await rbac.createRbacRoles({ name: role.name, description: role.description })
      log(`created role ${role.name}`)
    }
    ids[role.name] = existing.id

    const current = await rbac.listRbacRolePolicies({ role_id: existing.id }, { take: null })
    const have = new Set(current.map((rp) => rp.policy_id))
    const missing = [...wanted].filter((id) => !have.has(id))
    const stale = current.filter((rp) => !wanted.has(rp.policy_id)).map((rp) => rp.id)
    if (missing.length) {
      await rbac.createRbacRolePolicies(missing.map((policy_id) => ({ role_id: existing.id, policy_id })))
    }
    if (stale.length) {
      await rbac.deleteRbacRolePolicies(stale)
    }
    if (missing.length || stale.length) {
      log(`role ${role.name}: +${missing.length} −${stale.length} policies`)
    }
  }
  return ids
}

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { LEADER_ROLE_NAMES } from "../../../api/admin/leader/confinement"

export const resolveLeaderRoleStepId = "resolve-leader-role"

/** The id of the `community_leader` RBAC role (seeded from data/roles.json). */
export const resolveLeaderRoleStep = createStep(resolveLeaderRoleStepId, async (_: void, { container }) => {
  const rbac = container.resolve(Modules.RBAC)
  const [role] = await rbac.listRbacRoles({ name: LEADER_ROLE_NAMES[0] })
  if (!role) {
    throw new Error(`The RBAC role ${LEADER_ROLE_NAMES[0]} does not exist: run the seed (data/roles.json)`)
  }
  return new StepResponse(role.id)
})

import crypto from "crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { conflict } from "../../../lib/errors"

export const ensureLeaderUserStepId = "ensure-leader-user"

type Input = { email: string; first_name: string; last_name?: string | null; role_id: string }

/**
 * How the leader logs into the admin:
 * - `existing_user`: an admin user with this e-mail existed; it gets the leader role;
 * - `shop_password`: a new admin user shares the customer's e-mail/password identity, so the leader logs
 *   in with the same e-mail and password as in the shop;
 * - `reset_password`: the customer had no password identity; one is created with a random password and
 *   the leader sets theirs with "forgot password".
 */
export type LeaderLogin = "existing_user" | "shop_password" | "reset_password"

type Undo = {
  user_id: string
  created_user: boolean
  role_id: string
  role_added: boolean
  auth_identity_id?: string
  created_identity?: boolean
  previous_app_metadata?: Record<string, unknown> | null
}

export const ensureLeaderUserStep = createStep(
  ensureLeaderUserStepId,
  async (input: Input, { container }) => {
    const users = container.resolve(Modules.USER)
    const auth = container.resolve(Modules.AUTH)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const addRole = async (user_id: string) => {
      const { data } = await query.graph({ entity: "user", fields: ["rbac_roles.id"], filters: { id: user_id } })
      if (data[0]?.rbac_roles?.some((r) => r?.id === input.role_id)) return false
      await link.create({ [Modules.USER]: { user_id }, [Modules.RBAC]: { rbac_role_id: input.role_id } })
      return true
    }

    const [existing] = await users.listUsers({ email: input.email })
    if (existing) {
      const role_added = await addRole(existing.id)
      return new StepResponse(
        { user_id: existing.id, login: "existing_user" as LeaderLogin },
        { user_id: existing.id, created_user: false, role_id: input.role_id, role_added } as Undo
      )
    }

    const [identity] = await auth.listProviderIdentities(
      { provider: "emailpass", entity_id: input.email },
      { relations: ["auth_identity"] }
    )
    let authIdentityId = identity?.auth_identity_id
    let previous = (identity?.auth_identity?.app_metadata ?? null) as Record<string, unknown> | null
    let created_identity = false
    if (previous?.user_id) {
      throw conflict("identity_has_user", `The login ${input.email} already belongs to admin user ${previous.user_id}`)
    }
    if (!authIdentityId) {
      const { authIdentity, error } = await auth.register("emailpass", {
        body: { email: input.email, password: crypto.randomBytes(24).toString("base64url") },
      })
      if (error || !authIdentity) {
        throw new Error(`Could not create a login for ${input.email}: ${error}`)
      }
      authIdentityId = authIdentity.id
      previous = authIdentity.app_metadata ?? null
      created_identity = true
    }

    const user = await users.createUsers({
      email: input.email,
      first_name: input.first_name,
      last_name: input.last_name ?? null,
    })
    const undo: Undo = {
      user_id: user.id,
      created_user: true,
      role_id: input.role_id,
      role_added: false,
      auth_identity_id: authIdentityId,
      created_identity,
      previous_app_metadata: previous,
    }
    undo.role_added = await addRole(user.id)
    await auth.updateAuthIdentities({ id: authIdentityId, app_metadata: { ...(previous ?? {}), user_id: user.id } })
    return new StepResponse(
      { user_id: user.id, login: (created_identity ? "reset_password" : "shop_password") as LeaderLogin },
      undo
    )
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (undo.role_added) {
      await link.dismiss({ [Modules.USER]: { user_id: undo.user_id }, [Modules.RBAC]: { rbac_role_id: undo.role_id } })
    }
    if (undo.auth_identity_id) {
      const auth = container.resolve(Modules.AUTH)
      if (undo.created_identity) {
        await auth.deleteAuthIdentities([undo.auth_identity_id])
      } else {
        await auth.updateAuthIdentities({ id: undo.auth_identity_id, app_metadata: undo.previous_app_metadata ?? {} })
      }
    }
    if (undo.created_user) {
      await container.resolve(Modules.USER).deleteUsers([undo.user_id])
    }
  }
)

import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import storeData from "../../../data/store.json"
import type { SeedContext } from "./types"

/** RBAC role every seeded operator admin gets (created by Medusa's RBAC migration). */
export const SUPER_ADMIN_ROLE_ID = "role_super_admin"

/**
 * The demo operator: a super admin who can log into /app. Credentials come from DEMO_ADMIN_EMAIL /
 * DEMO_ADMIN_PASSWORD, else data/store.json. Never touches an existing user's password.
 */
export async function seedAdminUser({ container, log }: SeedContext) {
  const email = process.env.DEMO_ADMIN_EMAIL || storeData.admin.email
  const password = process.env.DEMO_ADMIN_PASSWORD || storeData.admin.password
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)

  const [existing] = await userModule.listUsers({ email })
  if (existing) {
    return { email, password, created: false }
  }
  const {
    result: [user],
  } = await createUsersWorkflow(container).run({
    input: { users: [{ email, first_name: "Demo", last_name: "Operator", roles: [SUPER_ADMIN_ROLE_ID] }] },
  })
  const { authIdentity, error } = await authModule.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    throw new Error(`Could not register the demo admin ${email}: ${error}`)
  }
  await authModule.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
  log(`created admin user ${email}`)
  return { email, password, created: true }
}

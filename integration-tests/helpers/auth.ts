import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"

/** The `api` client the test runner hands to suites (axios). */
export type Api = {
  get: (url: string, config?: any) => Promise<any>
  post: (url: string, body?: any, config?: any) => Promise<any>
  delete: (url: string, config?: any) => Promise<any>
}

export type Headers = { headers: Record<string, string> }

/** Store request headers: publishable key, plus the customer's bearer token when given. */
export function storeHeaders(publishableKey: string, token?: string): Headers {
  return {
    headers: {
      "x-publishable-api-key": publishableKey,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  }
}

export function bearer(token: string): Headers {
  return { headers: { authorization: `Bearer ${token}` } }
}

/**
 * Creates an admin user with the given RBAC roles (super admin by default) and logs them in through the
 * real `POST /auth/user/emailpass`, so the token carries the roles exactly as in the dashboard.
 */
export async function createAdminUser(
  container: MedusaContainer,
  api: Api,
  {
    email = `admin-${Math.random().toString(36).slice(2)}@test.local`,
    password = "secret-password",
    roles = ["role_super_admin"],
  }: { email?: string; password?: string; roles?: string[] } = {}
) {
  const {
    result: [user],
  } = await createUsersWorkflow(container).run({ input: { users: [{ email, roles }] } })
  const authModule = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await authModule.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    throw new Error(`register ${email}: ${error}`)
  }
  await authModule.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
  const token = await loginAdmin(api, email, password)
  return { user, email, password, token, headers: bearer(token) }
}

export async function loginAdmin(api: Api, email: string, password: string): Promise<string> {
  const res = await api.post("/auth/user/emailpass", { email, password })
  return res.data.token
}

/**
 * Registers a customer through the Store API exactly as a storefront does (register → create customer
 * → log in) and returns their headers.
 */
export async function createStoreCustomer(
  api: Api,
  publishableKey: string,
  {
    email = `customer-${Math.random().toString(36).slice(2)}@test.local`,
    password = "secret-password",
    first_name = "Test",
    last_name = "Customer",
    phone,
  }: { email?: string; password?: string; first_name?: string; last_name?: string; phone?: string } = {}
) {
  const reg = await api.post("/auth/customer/emailpass/register", { email, password })
  const created = await api.post(
    "/store/customers",
    { email, first_name, last_name, ...(phone ? { phone } : {}) },
    storeHeaders(publishableKey, reg.data.token)
  )
  const login = await api.post("/auth/customer/emailpass", { email, password })
  const token = login.data.token as string
  return {
    customer: created.data.customer as { id: string; email: string },
    email,
    password,
    token,
    headers: storeHeaders(publishableKey, token),
  }
}

import type { Api } from "../../integration-tests/helpers/auth"
import { storeHeaders } from "../../integration-tests/helpers/auth"
import { readState } from "./server"

/**
 * The browser scenarios prepare their data through the same HTTP API a storefront and an operator use,
 * against the e2e server. This client has the shape of the HTTP test suites' `api` (axios-like: resolves
 * `{ status, data }` for 2xx, rejects with `{ response: { status, data } }` otherwise), so the scenarios
 * reuse those suites' helpers.
 */
export function e2eApi(): Api {
  const { baseUrl } = readState()
  const call = async (method: string, url: string, body?: unknown, config?: { headers?: Record<string, string> }) => {
    const res = await fetch(baseUrl + url, {
      method,
      headers: { "content-type": "application/json", ...(config?.headers ?? {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    let data: any = text
    try {
      data = text ? JSON.parse(text) : null
    } catch {
      // a CSV or HTML answer stays text
    }
    const out = { status: res.status, data, headers: Object.fromEntries(res.headers.entries()) }
    if (res.status >= 400) {
      const err: any = new Error(`${method} ${url} answered ${res.status}: ${text.slice(0, 500)}`)
      err.response = out
      throw err
    }
    return out
  }
  return {
    get: (url, config) => call("GET", url, undefined, config),
    post: (url, body, config) => call("POST", url, body ?? {}, config),
    delete: (url, config) => call("DELETE", url, undefined, config),
  }
}

/** The seeded operator's bearer headers. */
export async function operatorHeaders(api: Api) {
  const { admin } = readState()
  const res = await api.post("/auth/user/emailpass", { email: admin.email, password: admin.password })
  return { headers: { authorization: `Bearer ${res.data.token}` } }
}

/** Store headers with the demo publishable key (and a customer's token when given). */
export function shopHeaders(token?: string) {
  return storeHeaders(readState().publishableKey, token)
}

/** The demo store's region (CNY). */
export async function regionId(api: Api): Promise<string> {
  const res = await api.get("/store/regions", shopHeaders())
  return res.data.regions[0].id
}

/** Polls `fn` until it returns a value (subscribers run after the HTTP answer); fails after `tries`. */
export async function eventually<T>(fn: () => Promise<T | null | undefined>, what: string, tries = 60): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await fn().catch(() => null)
    if (v) return v
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`gave up waiting for ${what}`)
}

/**
 * An admin user with one of the roles of data/roles.json (`finance`, `operations`…), created the way an
 * operator does it: a super admin invites the e-mail with the role, the person registers and accepts.
 * Returns the login for the dashboard.
 */
export async function staffUser(api: Api, role: string) {
  const admin = await operatorHeaders(api)
  const roles = await api.get(`/admin/rbac/roles?q=${encodeURIComponent(role)}&limit=50`, admin)
  const found = (roles.data.roles as { id: string; name: string }[]).find((r) => r.name === role)
  if (!found) throw new Error(`no RBAC role named ${role} (seeded from data/roles.json)`)
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@e2e.local`
  const password = `${role}-password`
  const invite = await api.post("/admin/invites", { email, roles: [found.id] }, admin)
  const reg = await api.post("/auth/user/emailpass/register", { email, password })
  await api.post(
    `/admin/invites/accept?token=${encodeURIComponent(invite.data.invite.token)}`,
    { first_name: role, last_name: "E2E" },
    { headers: { authorization: `Bearer ${reg.data.token}` } }
  )
  const login = await api.post("/auth/user/emailpass", { email, password })
  return { email, password, headers: { headers: { authorization: `Bearer ${login.data.token}` } } }
}

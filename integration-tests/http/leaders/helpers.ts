import type { Api } from "../../helpers/auth"
import { createStoreCustomer, storeHeaders } from "../../helpers/auth"

/** A valid application body for a point near 翠苑一区 (the id number passes the GB 11643 check). */
export function applicationBody(overrides: Record<string, unknown> = {}) {
  return {
    name: "王小明",
    phone: "13800138000",
    community: "翠苑一区",
    id_number: "11010519491231002X",
    pickup_point: {
      name: "翠苑一区东门自提点",
      address: "西湖区翠苑一区东门",
      latitude: 30.2901,
      longitude: 120.1251,
      opening_hours: { mon: [{ open: "08:00", close: "20:00" }], sat: [{ open: "09:00", close: "12:00" }] },
    },
    ...overrides,
  }
}

/**
 * A customer who applied and was approved by `adminHeaders`, then logged into the admin with their shop
 * e-mail and password. Returns the customer, the leader, their point and the leader's admin headers.
 */
export async function approvedLeader(
  api: Api,
  publishableKey: string,
  adminHeaders: { headers: Record<string, string> },
  approve: Record<string, unknown> = {}
) {
  const customer = await createStoreCustomer(api, publishableKey)
  const applied = await api.post("/store/leader-applications", applicationBody(), customer.headers)
  const approved = await api.post(
    `/admin/leader-applications/${applied.data.leader_application.id}/approve`,
    approve,
    adminHeaders
  )
  const login = await api.post("/auth/user/emailpass", { email: customer.email, password: customer.password })
  return {
    customer,
    leader: approved.data.leader,
    pickupPoint: approved.data.pickup_point,
    login: approved.data.login as string,
    adminHeaders: { headers: { authorization: `Bearer ${login.data.token}` } },
  }
}

export const store = storeHeaders

export async function expectError(p: Promise<unknown>, status: number, code: string) {
  const res = await p.then(
    (r: any) => r,
    (e: any) => e.response
  )
  expect({ status: res?.status, code: res?.data?.code }).toEqual({ status, code })
  return res
}

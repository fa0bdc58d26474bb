import { closesLoop, decideBinding, isBindingActive, maskIdNumber } from "../binding"

const now = new Date("2026-11-25T10:00:00Z")
const later = (days: number) => new Date(now.getTime() + days * 86400000)

describe("decideBinding", () => {
  it("binds an unbound customer in every mode, with an expiry only in days mode", () => {
    expect(decideBinding({ mode: "permanent", days: null, current: null, leaderId: "A", now })).toEqual({
      action: "bind",
      expires_at: null,
    })
    expect(decideBinding({ mode: "latest", days: null, current: null, leaderId: "A", now })).toEqual({
      action: "bind",
      expires_at: null,
    })
    expect(decideBinding({ mode: "days", days: 30, current: null, leaderId: "A", now })).toEqual({
      action: "bind",
      expires_at: later(30),
    })
  })

  it("permanent: the first leader keeps the customer", () => {
    const current = { leader_id: "A", expires_at: null }
    expect(decideBinding({ mode: "permanent", days: null, current, leaderId: "B", now })).toEqual({ action: "keep" })
  })

  it("days: nobody takes the customer before the expiry; after it, the next leader binds anew", () => {
    const current = { leader_id: "A", expires_at: later(1) }
    expect(decideBinding({ mode: "days", days: 7, current, leaderId: "B", now })).toEqual({ action: "keep" })
    const expired = { leader_id: "A", expires_at: later(-1) }
    expect(decideBinding({ mode: "days", days: 7, current: expired, leaderId: "B", now })).toEqual({
      action: "replace",
      expires_at: later(7),
      reason: "expired",
    })
    // The same leader again after expiry: a new binding too (no silent renewal before).
    expect(decideBinding({ mode: "days", days: 7, current: expired, leaderId: "A", now }).action).toBe("replace")
    expect(decideBinding({ mode: "days", days: 7, current, leaderId: "A", now })).toEqual({ action: "keep" })
  })

  it("latest: another leader replaces the current one; the same leader changes nothing", () => {
    const current = { leader_id: "A", expires_at: null }
    expect(decideBinding({ mode: "latest", days: null, current, leaderId: "B", now })).toEqual({
      action: "replace",
      expires_at: null,
      reason: "replaced",
    })
    expect(decideBinding({ mode: "latest", days: null, current, leaderId: "A", now })).toEqual({ action: "keep" })
  })

  it("a suspended leader's binding gives way to another leader in every mode, not to the same leader", () => {
    const current = { leader_id: "A", expires_at: null }
    for (const mode of ["permanent", "latest"] as const) {
      expect(decideBinding({ mode, days: null, current, leaderId: "B", now, currentLeaderActive: false })).toEqual({
        action: "replace",
        expires_at: null,
        reason: "leader_suspended",
      })
    }
    const protectedForDays = { leader_id: "A", expires_at: new Date(now.getTime() + 86400000) }
    expect(
      decideBinding({ mode: "days", days: 7, current: protectedForDays, leaderId: "B", now, currentLeaderActive: false })
    ).toEqual({ action: "replace", expires_at: new Date(now.getTime() + 7 * 86400000), reason: "leader_suspended" })
    expect(decideBinding({ mode: "permanent", days: null, current, leaderId: "A", now, currentLeaderActive: false })).toEqual({
      action: "keep",
    })
  })

  it("expires exactly at expires_at", () => {
    expect(isBindingActive({ leader_id: "A", expires_at: now }, now)).toBe(false)
    expect(isBindingActive({ leader_id: "A", expires_at: new Date(now.getTime() + 1) }, now)).toBe(true)
  })

  it("refuses days mode without days", () => {
    expect(() => decideBinding({ mode: "days", days: null, current: null, leaderId: "A", now })).toThrow()
  })
})

describe("closesLoop", () => {
  // customer → customer account of the leader they are bound to
  const chain = (edges: Record<string, string>) => async (c: string) => edges[c] ?? null

  it("finds a direct loop: the leader's own account is bound to the customer", async () => {
    expect(await closesLoop("alice", "bob", chain({ bob: "alice" }))).toBe(true)
  })

  it("finds a longer loop", async () => {
    expect(await closesLoop("alice", "bob", chain({ bob: "carol", carol: "dave", dave: "alice" }))).toBe(true)
  })

  it("lets a chain that ends elsewhere through", async () => {
    expect(await closesLoop("alice", "bob", chain({ bob: "carol" }))).toBe(false)
    expect(await closesLoop("alice", "bob", chain({}))).toBe(false)
  })

  it("stops on an existing loop that does not involve the customer", async () => {
    expect(await closesLoop("alice", "bob", chain({ bob: "carol", carol: "bob" }))).toBe(false)
  })

  it("treats binding to one's own leader account as a loop", async () => {
    expect(await closesLoop("alice", "alice", chain({}))).toBe(true)
  })
})

describe("maskIdNumber", () => {
  it("keeps the region prefix and the last four characters", () => {
    expect(maskIdNumber("330106199001011234")).toBe("330***********1234")
    expect(maskIdNumber(" 11010519491231002X ")).toBe("110***********002X")
    expect(maskIdNumber("12345")).toBe("*****")
  })
})

/**
 * Binding rules (锁粉), as pure functions of the current binding and the store's mode:
 * - permanent: the first leader keeps the customer for good;
 * - days:      a binding lasts N days; while it lasts nobody else can take the customer, afterwards the
 *              next leader (or the same one again) binds them anew;
 * - latest:    the latest leader wins.
 * A trigger by the leader the customer is already bound to changes nothing (no renewal).
 * In every mode, a binding to a suspended leader gives way to the next (active) leader's trigger: a suspended
 * leader serves nobody, so they do not keep customers from the leaders who do.
 */
export type BindingMode = "permanent" | "days" | "latest"

export type CurrentBinding = { leader_id: string; expires_at: Date | null } | null

export type BindingDecision =
  | { action: "bind"; expires_at: Date | null }
  | { action: "replace"; expires_at: Date | null; reason: "expired" | "replaced" | "leader_suspended" }
  | { action: "keep" }

const DAY_MS = 24 * 60 * 60 * 1000

export function isBindingActive(binding: CurrentBinding, now: Date): boolean {
  return !!binding && (binding.expires_at === null || binding.expires_at.getTime() > now.getTime())
}

export function decideBinding({
  mode,
  days,
  current,
  leaderId,
  now,
  currentLeaderActive = true,
}: {
  mode: BindingMode
  days: number | null
  current: CurrentBinding
  leaderId: string
  now: Date
  /** Whether the leader of the current binding is active (false: suspended). */
  currentLeaderActive?: boolean
}): BindingDecision {
  if (mode === "days" && !(days && days > 0)) {
    throw new Error("binding mode 'days' needs a positive number of days")
  }
  const expires_at = mode === "days" ? new Date(now.getTime() + days! * DAY_MS) : null
  if (!current) {
    return { action: "bind", expires_at }
  }
  if (!isBindingActive(current, now)) {
    return { action: "replace", expires_at, reason: "expired" }
  }
  if (current.leader_id !== leaderId && !currentLeaderActive) {
    return { action: "replace", expires_at, reason: "leader_suspended" }
  }
  if (current.leader_id === leaderId || mode !== "latest") {
    return { action: "keep" }
  }
  return { action: "replace", expires_at, reason: "replaced" }
}

/**
 * Whether binding `customerId` to the leader owned by `leaderCustomerId` would close a loop: following
 * "customer → the leader they are bound to → that leader's own customer account → …" from the leader
 * comes back to the customer. `boundLeaderCustomerOf` answers, for a customer, the customer account of
 * the leader they are bound to now (or null).
 */
export async function closesLoop(
  customerId: string,
  leaderCustomerId: string,
  boundLeaderCustomerOf: (customerId: string) => Promise<string | null>,
  maxDepth = 100
): Promise<boolean> {
  const seen = new Set<string>()
  let cursor: string | null = leaderCustomerId
  for (let depth = 0; cursor && depth < maxDepth; depth++) {
    if (cursor === customerId) {
      return true
    }
    if (seen.has(cursor)) {
      return false // an older loop that does not involve this customer
    }
    seen.add(cursor)
    cursor = await boundLeaderCustomerOf(cursor)
  }
  return false
}

/** "330106199001011234" → "330***********1234": enough to recognise, useless to steal. */
export function maskIdNumber(idNumber: string): string {
  const clean = idNumber.trim()
  if (clean.length <= 7) {
    return "*".repeat(clean.length)
  }
  return clean.slice(0, 3) + "*".repeat(clean.length - 7) + clean.slice(-4)
}

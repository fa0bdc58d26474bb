export type WalletStatus = "available" | "used" | "expired"

/** The claim filter for a wallet tab at `now` (expired is derived from expires_at, never stored). */
export function walletFilter(status: WalletStatus | undefined, now: Date): Record<string, unknown> {
  switch (status) {
    case "available":
      return { status: "available", $or: [{ expires_at: null }, { expires_at: { $gt: now } }] }
    case "expired":
      return { status: "available", expires_at: { $lte: now } }
    case "used":
      return { status: "used" }
    default:
      return {}
  }
}

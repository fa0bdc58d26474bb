import { randomBytes } from "crypto"

/**
 * How a member appears to other customers: the first character of their name (or e-mail) and two stars,
 * e.g. 王** or T**. Never the full name, e-mail or phone.
 */
export function anonymizedName(person: { first_name?: string | null; last_name?: string | null; email?: string | null }): string {
  const source = [person.last_name, person.first_name, person.email].find((s) => typeof s === "string" && s.trim())
  const first = source ? Array.from(source.trim())[0] : "*"
  return `${first}**`
}

const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"

/** A share token for a group's invitation link: 12 characters, no look-alikes (~70 bits). */
export function shareToken(): string {
  const bytes = randomBytes(12)
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("")
}

/** Milliseconds until `expiresAt`, never negative. */
export function timeLeftMs(expiresAt: Date | string, now: Date): number {
  return Math.max(0, new Date(expiresAt).getTime() - now.getTime())
}

import crypto from "crypto"

/**
 * Pickup codes (提货码): 10 characters of Crockford base32 (no I, L, O, U), 50 random bits from the OS's
 * CSPRNG, shown as "7KQ2M-9XH4D". Typing is forgiving: case, spaces and dashes are ignored, and the
 * look-alikes I/L → 1 and O → 0 are read as digits.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
export const PICKUP_CODE_LENGTH = 10
export const PICKUP_CODE_BITS = PICKUP_CODE_LENGTH * 5

export function generatePickupCode(): string {
  const bytes = crypto.randomBytes(PICKUP_CODE_LENGTH)
  // 256 is a multiple of 32: taking the low 5 bits of each byte keeps every character uniform.
  return Array.from(bytes, (b) => ALPHABET[b & 31]).join("")
}

/** The canonical form of what someone typed, or null when it cannot be a pickup code. */
export function normalizePickupCode(input: string): string | null {
  const canonical = input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/[IL]/g, "1")
    .replace(/O/g, "0")
  if (canonical.length !== PICKUP_CODE_LENGTH || ![...canonical].every((c) => ALPHABET.includes(c))) {
    return null
  }
  return canonical
}

export function formatPickupCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`
}

import { randomInt } from "crypto"

/** No 0/O, 1/I/L: codes are read aloud and typed on phones. */
export const REFERRAL_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
export const REFERRAL_CODE_LENGTH = 8

export function generateReferralCode(random: (max: number) => number = randomInt): string {
  let code = ""
  for (let i = 0; i < REFERRAL_CODE_LENGTH; i++) {
    code += REFERRAL_ALPHABET[random(REFERRAL_ALPHABET.length)]
  }
  return code
}

/** Normalizes what a customer typed: trims, upper-cases, drops spaces and dashes. */
export function normalizeReferralCode(input: string): string {
  return input.replace(/[\s-]/g, "").toUpperCase()
}

export function isWellFormedReferralCode(code: string): boolean {
  return code.length === REFERRAL_CODE_LENGTH && [...code].every((ch) => REFERRAL_ALPHABET.includes(ch))
}

/**
 * A share link that carries the referral code: the storefront's page (home, a product, a group) with
 * `ref=<code>` added to its query. Group-buy share links go through here so that sharing a group invites too.
 */
export function referralShareUrl(storefrontUrl: string, code: string, path = "/"): string {
  const url = new URL(path, storefrontUrl.endsWith("/") ? storefrontUrl : `${storefrontUrl}/`)
  url.searchParams.set("ref", code)
  return url.toString()
}

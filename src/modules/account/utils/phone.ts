/**
 * Phone numbers are stored and compared in E.164 (+8613800138000). Shoppers type them in many shapes:
 * "138 0013 8000", "+86 138-0013-8000", "0086 13800138000". A national number without a country code is read
 * in the default country (China, +86). Mainland Chinese numbers must be mobiles (1[3-9] + 9 digits): SMS codes
 * go only to mobiles.
 */
export const DEFAULT_COUNTRY_CODE = "86"

const E164 = /^\+[1-9]\d{6,14}$/
const CN_MOBILE = /^1[3-9]\d{9}$/

export function normalizePhone(input: string, defaultCountryCode = DEFAULT_COUNTRY_CODE): string | null {
  if (typeof input !== "string") {
    return null
  }
  const compact = input.trim().replace(/[\s\-().]/g, "")
  if (!compact) {
    return null
  }
  let e164: string
  if (compact.startsWith("+")) {
    e164 = compact
  } else if (compact.startsWith("00")) {
    e164 = `+${compact.slice(2)}`
  } else if (/^\d+$/.test(compact)) {
    e164 = `+${defaultCountryCode}${compact.replace(/^0+/, "")}`
  } else {
    return null
  }
  if (!E164.test(e164)) {
    return null
  }
  if (e164.startsWith("+86") && !CN_MOBILE.test(e164.slice(3))) {
    return null
  }
  return e164
}

/** For logs and messages: "+86 138****8000" (country code, first 3 and last 4 digits). */
export function maskPhone(e164: string): string {
  const cc = e164.startsWith("+86") ? "+86" : e164.slice(0, Math.max(2, e164.length - 10))
  const national = e164.slice(cc.length)
  if (national.length <= 7) {
    return `${cc} ${"*".repeat(national.length)}`
  }
  return `${cc} ${national.slice(0, 3)}${"*".repeat(national.length - 7)}${national.slice(-4)}`
}

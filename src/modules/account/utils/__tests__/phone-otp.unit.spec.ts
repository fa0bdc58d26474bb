import { maskPhone, normalizePhone } from "../phone"
import { DEFAULT_OTP_RULES, generateOtpCode, normalizeOtpInput, otpFailure, otpRetryAfterSeconds } from "../otp"

const T0 = new Date("2026-11-25T04:00:00Z")
const at = (s: number) => new Date(T0.getTime() + s * 1000)

describe("normalizePhone", () => {
  it.each([
    ["13800138000", "+8613800138000"],
    ["138 0013 8000", "+8613800138000"],
    ["+86 138-0013-8000", "+8613800138000"],
    ["0086 13800138000", "+8613800138000"],
    ["(+86) 199.1234.5678", "+8619912345678"],
    ["+1 415 555 0100", "+14155550100"],
    ["+44 7911 123456", "+447911123456"],
  ])("reads %s as %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected)
  })

  it.each([
    ["", "empty"],
    ["12800138000", "not a mainland mobile prefix (12x)"],
    ["1380013800", "10 digits"],
    ["+86 010 1234 5678", "a Beijing landline"],
    ["+0123456789", "country code 0"],
    ["+1234567890123456", "longer than E.164 allows"],
    ["phone", "letters"],
    ["138-0013-800a", "a letter inside"],
  ])("refuses %s (%s)", (input) => {
    expect(normalizePhone(input)).toBeNull()
  })
})

describe("maskPhone", () => {
  it("keeps the country code, the first 3 and last 4 digits", () => {
    expect(maskPhone("+8613800138000")).toBe("+86 138****8000")
    expect(maskPhone("+14155550100")).toBe("+1 415***0100")
  })
})

describe("OTP codes", () => {
  it("has the requested number of digits, each from the random source", () => {
    const digits = [1, 2, 3, 4, 5, 6]
    let i = 0
    expect(generateOtpCode(6, () => digits[i++])).toBe("123456")
    expect(generateOtpCode(6)).toMatch(/^\d{6}$/)
    expect(generateOtpCode(6, () => 0)).toBe("000000") // leading zeros are kept
  })

  it("reads what a shopper typed: digits with spaces; anything else is no code", () => {
    expect(normalizeOtpInput(" 123 456 ")).toBe("123456")
    expect(normalizeOtpInput(123456)).toBe("123456")
    expect(normalizeOtpInput("12a456")).toBeNull()
    expect(normalizeOtpInput(undefined)).toBeNull()
    expect(normalizeOtpInput("")).toBeNull()
  })
})

describe("otpFailure", () => {
  const live = { expires_at: at(300), attempts: 0, max_attempts: 5, consumed_at: null }
  it("names why a code did not verify", () => {
    expect(otpFailure(undefined, at(0))).toBe("otp_invalid") // never requested
    expect(otpFailure({ ...live, consumed_at: at(10) }, at(20))).toBe("otp_invalid") // already used
    expect(otpFailure({ ...live, attempts: 5 }, at(20))).toBe("otp_attempts_exceeded")
    expect(otpFailure({ ...live, attempts: 5 }, at(400))).toBe("otp_attempts_exceeded") // also once expired
    expect(otpFailure(live, at(300))).toBe("otp_expired") // exactly at expiry
  })
})

describe("otpRetryAfterSeconds", () => {
  const rules = DEFAULT_OTP_RULES // 60 s cooldown, 5 per 3600 s
  it("is the rest of the cooldown, or of a full window", () => {
    expect(otpRetryAfterSeconds(undefined, at(0), rules)).toBe(0)
    expect(otpRetryAfterSeconds({ last_sent_at: at(0), window_started_at: at(0), window_count: 1 }, at(15), rules)).toBe(45)
    expect(otpRetryAfterSeconds({ last_sent_at: at(0), window_started_at: at(0), window_count: 1 }, at(60), rules)).toBe(0)
    expect(otpRetryAfterSeconds({ last_sent_at: at(240), window_started_at: at(0), window_count: 5 }, at(300), rules)).toBe(3300)
    // A full window that is over no longer counts.
    expect(otpRetryAfterSeconds({ last_sent_at: at(240), window_started_at: at(0), window_count: 5 }, at(3600), rules)).toBe(0)
    // Rounds up partial seconds.
    expect(otpRetryAfterSeconds({ last_sent_at: at(0), window_started_at: at(0), window_count: 1 }, new Date(at(59).getTime() + 1), rules)).toBe(1)
  })
})

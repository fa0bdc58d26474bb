import { codedMessage, parseCodedMessage } from "../../../../modules/account/auth-provider/errors"
import { passwordResetUrl } from "../../../../workflows/account/utils/password-reset"
import { mfaErrorCode } from "../response-codes"

describe("phone-otp error codes through Medusa's auth routes", () => {
  it("round-trips a code in the provider's message", () => {
    expect(parseCodedMessage(codedMessage("otp_expired", "The code has expired: request a new one"))).toEqual({
      code: "otp_expired",
      message: "The code has expired: request a new one",
    })
  })

  it("ignores messages that do not start with one of its codes", () => {
    expect(parseCodedMessage("Invalid email or password")).toBeNull()
    expect(parseCodedMessage("unknown_code: something")).toBeNull()
    expect(parseCodedMessage(undefined)).toBeNull()
  })
})

describe("mfaErrorCode", () => {
  it.each([
    ["Invalid MFA challenge code", "mfa_code_invalid"],
    ["MFA challenge has too many failed attempts", "mfa_attempts_exceeded"],
    ["MFA challenge has expired", "mfa_challenge_expired"],
    ["MFA challenge has already been completed", "mfa_challenge_completed"],
    ['MFA challenge with id "authmfachal_1" was not found', "mfa_challenge_not_found"],
    ['MFA challenge does not support method "sms"', "mfa_method_invalid"],
    ["Invalid TOTP code", "totp_invalid"],
    ["Invalid MFA verification code", "totp_invalid"],
    ["MFA verification code is required to disable MFA", "totp_code_required"],
    ["An active TOTP factor already exists for this auth identity", "totp_already_enrolled"],
    ["Recovery codes require an enabled MFA factor", "totp_not_enabled"],
  ])("names Medusa's %j as %s", (message, code) => {
    expect(mfaErrorCode(message)).toBe(code)
  })

  it("leaves other messages alone", () => {
    expect(mfaErrorCode("Unauthorized")).toBeNull()
    expect(mfaErrorCode(42)).toBeNull()
  })
})

describe("passwordResetUrl", () => {
  it("points at the storefront's reset page with the token and e-mail encoded", () => {
    expect(passwordResetUrl("https://shop.example.com", "a.b+c", "li+lei@example.com")).toBe(
      "https://shop.example.com/reset-password?token=a.b%2Bc&email=li%2Blei%40example.com"
    )
    expect(passwordResetUrl("https://shop.example.com/h5/", "t", "e@x.cn")).toBe("https://shop.example.com/h5/reset-password?token=t&email=e%40x.cn")
  })
})

import type {
  AuthenticationInput,
  AuthenticationResponse,
  AuthIdentityDTO,
  AuthIdentityProviderService,
} from "@medusajs/framework/types"
import { AbstractAuthModuleProvider, MedusaError } from "@medusajs/framework/utils"
import { ACCOUNT_MODULE } from "../index"
import type AccountModuleService from "../service"
import type { OtpScope, VerifyOtpResult } from "../types"
import { normalizeOtpInput } from "../utils/otp"
import { normalizePhone } from "../utils/phone"
import { codedMessage } from "./errors"

type Cradle = Record<string, unknown>

const FAILURE_TEXT: Record<string, string> = {
  otp_invalid: "The code is not correct, or no code was requested for this phone",
  otp_expired: "The code has expired: request a new one",
  otp_attempts_exceeded: "Too many wrong codes: request a new one",
}

/**
 * Login and registration with a mobile phone and a one-time SMS code (手机号 + 短信验证码), as an auth provider
 * of Medusa's auth module (id `phone-otp`), used through Medusa's own routes:
 *   POST /auth/customer/phone-otp/register { phone, code }  → token without a customer yet
 *   POST /auth/customer/phone-otp          { phone, code }  → token (or mfa_required with a challenge)
 * The code is requested with POST /store/auth/phone-otp/request and checked by the account module (hashed,
 * 5 minutes, attempt limit in one conditional UPDATE). The auth identity's entity_id is the phone in E.164.
 *
 * The auth module must list "account" among its dependencies (medusa-config.ts) so this provider can reach it.
 */
export class PhoneOtpAuthService extends AbstractAuthModuleProvider {
  static identifier = "phone-otp"
  static DISPLAY_NAME = "Mobile phone and SMS code"

  protected readonly cradle_: Cradle

  constructor(cradle: Cradle, _options: Record<string, unknown> = {}) {
    super()
    this.cradle_ = cradle
  }

  protected account(): AccountModuleService {
    return this.cradle_[ACCOUNT_MODULE] as AccountModuleService
  }

  /** Codes are per actor type; only customers log in by phone (see authMethodsPerActor). */
  protected scopeOf(data: AuthenticationInput): OtpScope | null {
    const actor = (data as AuthenticationInput & { actor_type?: string }).actor_type ?? /\/auth\/([^/]+)\//.exec(data.url ?? "")?.[1]
    return actor === "customer" ? "customer" : null
  }

  protected parse(data: AuthenticationInput) {
    const body = (data.body ?? {}) as Record<string, unknown>
    const phone = typeof body.phone === "string" ? normalizePhone(body.phone) : null
    const code = normalizeOtpInput(body.code)
    return { phone, code, scope: this.scopeOf(data) }
  }

  protected fail(code: Parameters<typeof codedMessage>[0], message: string): AuthenticationResponse {
    return { success: false, error: codedMessage(code, message) }
  }

  protected verifyFailure(res: Exclude<VerifyOtpResult, { ok: true }>): AuthenticationResponse {
    const left = res.attempts_left ? ` (${res.attempts_left} attempt${res.attempts_left === 1 ? "" : "s"} left)` : ""
    return this.fail(res.code, `${FAILURE_TEXT[res.code]}${left}`)
  }

  protected async findIdentity(phone: string, service: AuthIdentityProviderService): Promise<AuthIdentityDTO | null> {
    try {
      return await service.retrieve({ entity_id: phone })
    } catch (e) {
      if ((e as { type?: string }).type === MedusaError.Types.NOT_FOUND) {
        return null
      }
      throw e
    }
  }

  /**
   * Login. An unknown phone answers `phone_not_registered` only for a right code (which stays usable for
   * registration), so the call tells nothing about numbers whose codes the caller does not receive.
   */
  async authenticate(data: AuthenticationInput, identities: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const { phone, code, scope } = this.parse(data)
    if (!scope) {
      return { success: false, error: "Phone login is for customers only" }
    }
    if (!phone) {
      return this.fail("phone_invalid", "phone must be a mobile number, e.g. 13800138000 or +8613800138000")
    }
    if (!code) {
      return this.fail("otp_invalid", "code must be the digits of the SMS code")
    }
    const identity = await this.findIdentity(phone, identities)
    const res = await this.account().verifyOtp({ phone, scope, code, consume: !!identity })
    if (!res.ok) {
      return this.verifyFailure(res)
    }
    if (!identity) {
      return this.fail("phone_not_registered", `No account uses ${phone}: register it with the same code`)
    }
    return { success: true, authIdentity: identity }
  }

  /**
   * Registration: creates the auth identity of a phone (entity_id = E.164 phone). A phone whose registration
   * stopped before the customer was created (no customer on the identity) may register again.
   */
  async register(data: AuthenticationInput, identities: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const { phone, code, scope } = this.parse(data)
    if (!scope) {
      return { success: false, error: "Phone registration is for customers only" }
    }
    if (!phone) {
      return this.fail("phone_invalid", "phone must be a mobile number, e.g. 13800138000 or +8613800138000")
    }
    if (!code) {
      return this.fail("otp_invalid", "code must be the digits of the SMS code")
    }
    const identity = await this.findIdentity(phone, identities)
    const taken = !!identity && Object.keys(identity.app_metadata ?? {}).length > 0
    const res = await this.account().verifyOtp({ phone, scope, code, consume: !taken })
    if (!res.ok) {
      return this.verifyFailure(res)
    }
    if (taken) {
      return this.fail("phone_already_registered", `${phone} already has an account: log in with the same code`)
    }
    if (identity) {
      return { success: true, authIdentity: identity }
    }
    const created = await identities.create({ entity_id: phone, user_metadata: { phone } })
    return { success: true, authIdentity: created }
  }
}

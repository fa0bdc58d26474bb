import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { lookupHash } from "../../lib/secrets"
import { AccountBrowse, AccountFavorite, AccountMfaAttempt, AccountOtpCode, AccountRecoveryClaim } from "./models"
import { otpMessage } from "./sms/otp-message"
import { SMS_SENDER_REGISTRATION, type SmsSender } from "./sms/types"
import { db } from "./sql/db"
import { claimRecoveryCode, purgeMfaRows, releaseRecoveryCode, reserveMfaAttempt } from "./sql/mfa"
import { issueOtp, otpSendState, verifyOtp } from "./sql/otp"
import {
  addFavorite,
  clearHistory,
  listFavorites,
  listHistory,
  personalCounts,
  recordView,
  removeFavorite,
} from "./sql/personal"
import type {
  AccountModuleOptions,
  MfaAttemptResult,
  MfaGuardRules,
  OtpScope,
  RequestOtpResult,
  VerifyOtpResult,
} from "./types"
import { DEFAULT_OTP_RULES, generateOtpCode, type OtpRules, otpRetryAfterSeconds } from "./utils/otp"

export const DEFAULT_HISTORY_LIMIT = 100
export const DEFAULT_MFA_GUARD: MfaGuardRules = {
  attempts_per_challenge: 5,
  attempts_per_identity: 10,
  identity_window_seconds: 900,
}

const otpHash = (scope: OtpScope, phone: string, code: string) => lookupHash(`otp:${scope}:${phone}:${code}`)
const recoveryHash = (authIdentityId: string, code: string) =>
  lookupHash(`mfa-recovery:${authIdentityId}:${code.trim().toLowerCase()}`)

/**
 * Account security and the personal centre: phone login codes (the `phone-otp` auth provider verifies through
 * here), guards around Medusa's MFA challenges, favourites and browsing history. Every rule is one conditional
 * statement or runs under a lock, in ./sql.
 */
export default class AccountModuleService extends MedusaService({
  AccountOtpCode,
  AccountFavorite,
  AccountBrowse,
  AccountMfaAttempt,
  AccountRecoveryClaim,
}) {
  protected readonly otpRules_: OtpRules
  protected readonly historyLimit_: number
  protected readonly mfaRules_: MfaGuardRules
  protected readonly smsSender_: SmsSender

  constructor(cradle: Record<string, unknown>, options: AccountModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.otpRules_ = { ...DEFAULT_OTP_RULES, ...(options.otp ?? {}) }
    this.historyLimit_ = options.history_limit ?? DEFAULT_HISTORY_LIMIT
    this.mfaRules_ = { ...DEFAULT_MFA_GUARD, ...(options.mfa ?? {}) }
    this.smsSender_ = cradle[SMS_SENDER_REGISTRATION] as SmsSender
  }

  otpRules(): OtpRules {
    return this.otpRules_
  }

  historyLimit(): number {
    return this.historyLimit_
  }

  /** The SMS sender in use (tests read the logging sender's outbox through it). */
  smsSender(): SmsSender {
    return this.smsSender_
  }

  /**
   * Issues a new code for a phone (E.164) and texts it, unless the phone is throttled (cooldown since the last code,
   * codes per window). The text is sent inside the transaction: when the gateway fails, no code is stored and the
   * phone is not throttled.
   */
  @InjectTransactionManager()
  async requestOtp(
    input: { phone: string; scope: OtpScope; now?: Date },
    @MedusaContext() ctx: Context = {}
  ): Promise<RequestOtpResult> {
    const knex = db(ctx, { transaction: true })
    const now = input.now ?? new Date()
    const rules = this.otpRules_
    const code = generateOtpCode(rules.code_length)
    const issued = await issueOtp(knex, {
      phone: input.phone,
      scope: input.scope,
      code_hash: otpHash(input.scope, input.phone, code),
      now,
      rules,
    })
    if (!issued) {
      const state = await otpSendState(knex, input.phone, input.scope)
      return { ok: false, code: "otp_throttled", retry_after_seconds: Math.max(1, otpRetryAfterSeconds(state, now, rules)) }
    }
    await this.smsSender_.send(otpMessage(input.phone, code, rules.ttl_seconds))
    return {
      ok: true,
      expires_at: new Date(issued.expires_at),
      resend_at: new Date(now.getTime() + rules.resend_cooldown_seconds * 1000),
    }
  }

  /**
   * Checks a code: a wrong one spends an attempt, a right one is consumed when `consume` (else it stays usable,
   * e.g. to register a phone that turned out not to be registered).
   */
  @InjectTransactionManager()
  async verifyOtp(
    input: { phone: string; scope: OtpScope; code: string; consume: boolean; now?: Date },
    @MedusaContext() ctx: Context = {}
  ): Promise<VerifyOtpResult> {
    return verifyOtp(db(ctx, { transaction: true }), {
      phone: input.phone,
      scope: input.scope,
      code_hash: otpHash(input.scope, input.phone, input.code),
      consume: input.consume,
      now: input.now ?? new Date(),
    })
  }

  @InjectTransactionManager()
  async reserveMfaAttempt(
    input: { challenge_id: string; auth_identity_id: string; now?: Date },
    @MedusaContext() ctx: Context = {}
  ): Promise<MfaAttemptResult> {
    return reserveMfaAttempt(db(ctx, { transaction: true }), {
      ...input,
      now: input.now ?? new Date(),
      rules: this.mfaRules_,
    })
  }

  @InjectTransactionManager()
  async claimRecoveryCode(authIdentityId: string, code: string, @MedusaContext() ctx: Context = {}): Promise<boolean> {
    return claimRecoveryCode(db(ctx, { transaction: true }), authIdentityId, recoveryHash(authIdentityId, code))
  }

  @InjectTransactionManager()
  async releaseRecoveryCode(authIdentityId: string, code: string, @MedusaContext() ctx: Context = {}): Promise<void> {
    await releaseRecoveryCode(db(ctx, { transaction: true }), authIdentityId, recoveryHash(authIdentityId, code))
  }

  @InjectTransactionManager()
  async purgeSecurityRows(before: Date, @MedusaContext() ctx: Context = {}) {
    return purgeMfaRows(db(ctx, { transaction: true }), before)
  }

  @InjectTransactionManager()
  async addFavorite(customerId: string, productId: string, now = new Date(), @MedusaContext() ctx: Context = {}) {
    return addFavorite(db(ctx, { transaction: true }), customerId, productId, now)
  }

  @InjectTransactionManager()
  async removeFavorite(customerId: string, productId: string, @MedusaContext() ctx: Context = {}) {
    return removeFavorite(db(ctx, { transaction: true }), customerId, productId)
  }

  @InjectManager()
  async listCustomerFavorites(
    customerId: string,
    page: { offset: number; limit: number; productIds?: string[] },
    @MedusaContext() ctx: Context = {}
  ) {
    return listFavorites(db(ctx, { transaction: false }), customerId, page)
  }

  @InjectTransactionManager()
  async recordView(customerId: string, productId: string, now = new Date(), @MedusaContext() ctx: Context = {}) {
    return recordView(db(ctx, { transaction: true }), customerId, productId, now, this.historyLimit_)
  }

  @InjectManager()
  async listCustomerHistory(customerId: string, page: { offset: number; limit: number }, @MedusaContext() ctx: Context = {}) {
    return listHistory(db(ctx, { transaction: false }), customerId, page)
  }

  @InjectTransactionManager()
  async clearHistory(customerId: string, productId: string | null, @MedusaContext() ctx: Context = {}) {
    return clearHistory(db(ctx, { transaction: true }), customerId, productId)
  }

  @InjectManager()
  async personalCounts(customerId: string, @MedusaContext() ctx: Context = {}) {
    return personalCounts(db(ctx, { transaction: false }), customerId)
  }
}

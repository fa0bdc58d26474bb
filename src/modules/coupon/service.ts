import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { conflict, notFound, refused } from "../../lib/errors"
import { CouponApplication, CouponClaim, CouponTemplate, Referral, ReferralCode, ReferralReward, ReferralSettings } from "./models"
import * as claims from "./sql/claims"
import { isUniqueViolation, readKnex, transactionKnex } from "./sql/knex"
import * as referrals from "./sql/referrals"
import type { ClaimInput } from "./types"
import { CLAIM_REFUSAL_MESSAGES } from "./utils/claimability"
import { generateReferralCode } from "./utils/referral-code"

type ClaimRow = { id: string; template_id: string; customer_id: string; source_key: string | null }
/** A claim, and whether this call created it (false: an earlier call with the same source_key did). */
export type ClaimResult = ClaimRow & { created: boolean }

/**
 * Coupon templates, claims (the wallet), cart applications and customer → customer referrals.
 * The generated CRUD comes from MedusaService; the methods below hold the invariants (stock, per-customer
 * limits, single use, one referrer per customer, no cycles) in the database.
 */
class CouponModuleService extends MedusaService({
  CouponTemplate,
  CouponClaim,
  CouponApplication,
  ReferralCode,
  Referral,
  ReferralReward,
  ReferralSettings,
}) {
  /**
   * Claims (or issues) one coupon. Stock is taken with a conditional update that also locks the template row,
   * so the per-customer counts checked next are exact; any refusal rolls the stock back. A repeated
   * `source_key` returns the claim it created the first time.
   */
  async claimCoupon(input: ClaimInput, sharedContext: Context = {}): Promise<ClaimResult> {
    if (input.source_key) {
      const [existing] = await this.listCouponClaims({ source_key: input.source_key }, { take: 1 }, sharedContext)
      if (existing) {
        return { ...existing, created: false }
      }
    }
    try {
      return { ...(await this.claimCouponInTransaction(input, sharedContext)), created: true }
    } catch (err) {
      if (input.source_key && isUniqueViolation(err)) {
        const [existing] = await this.listCouponClaims({ source_key: input.source_key }, { take: 1 })
        if (existing) {
          return { ...existing, created: false }
        }
      }
      throw err
    }
  }

  @InjectTransactionManager()
  protected async claimCouponInTransaction(
    input: ClaimInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ClaimRow> {
    const trx = transactionKnex(sharedContext)
    if (!(await claims.takeStock(trx, input.template_id))) {
      if (!(await claims.templateExists(trx, input.template_id))) {
        throw notFound("coupon_template_not_found", `Coupon template ${input.template_id} was not found`)
      }
      throw conflict("coupon_out_of_stock", CLAIM_REFUSAL_MESSAGES.coupon_out_of_stock)
    }
    if (input.enforce_limits) {
      const [template] = await trx.raw(
        `SELECT per_customer_limit, per_customer_daily_limit FROM coupon_template WHERE id = ?`,
        [input.template_id]
      ).then((r: { rows: { per_customer_limit: number; per_customer_daily_limit: number | null }[] }) => r.rows)
      const counts = await claims.countClaims(trx, input.template_id, input.customer_id, input.claim_day)
      if (counts.total >= template.per_customer_limit) {
        throw refused("coupon_claim_limit", CLAIM_REFUSAL_MESSAGES.coupon_claim_limit)
      }
      if (template.per_customer_daily_limit && counts.today >= template.per_customer_daily_limit) {
        throw refused("coupon_daily_limit", CLAIM_REFUSAL_MESSAGES.coupon_daily_limit)
      }
    }
    const [created] = await this.createCouponClaims(
      [
        {
          template_id: input.template_id,
          customer_id: input.customer_id,
          source: input.source,
          source_key: input.source_key ?? null,
          claim_day: input.claim_day,
          valid_from: input.valid_from,
          expires_at: input.expires_at,
          issued_by: input.issued_by ?? null,
          note: input.note ?? null,
        },
      ],
      sharedContext
    )
    return created as ClaimRow
  }

  /** Undoes a claim that was never used (workflow compensation): deletes it and returns its stock. */
  @InjectTransactionManager()
  async revokeClaim(claimId: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    return claims.deleteClaim(transactionKnex(sharedContext), claimId)
  }

  /** Soft-deletes a template only if nothing was ever claimed from it (conditional, so no claim can slip in). */
  @InjectTransactionManager()
  async softDeleteUnclaimedTemplate(id: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const r = await transactionKnex(sharedContext).raw(
      `UPDATE coupon_template SET deleted_at = now(), updated_at = now()
       WHERE id = ? AND deleted_at IS NULL AND claimed_count = 0 RETURNING id`,
      [id]
    )
    return r.rows.length === 1
  }

  /** Claim counts of a customer per template (total and on the given store day). */
  @InjectManager()
  async countCustomerClaims(
    templateIds: string[],
    customerId: string,
    day: string,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return claims.countClaimsByTemplate(readKnex(sharedContext), templateIds, customerId, day)
  }

  /**
   * Marks the claims a cart's order uses as used, exactly once: throws coupon_already_used (409) if any of them
   * is no longer available, changing nothing. Returns the ids it marked (to release on compensation).
   */
  @InjectTransactionManager()
  async consumeClaims(
    input: { cart_id: string; customer_id: string; uses: claims.ClaimUse[]; now?: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const newly = await claims.markUsed(
      transactionKnex(sharedContext),
      input.cart_id,
      input.customer_id,
      input.uses,
      input.now ?? new Date()
    )
    if (!newly) {
      throw conflict("coupon_already_used", `A coupon applied to cart ${input.cart_id} was already used`)
    }
    return newly
  }

  /** Returns the claims a cart used to the wallet (all of them, or only `claimIds`). Returns the released ids. */
  @InjectTransactionManager()
  async releaseClaims(
    input: { cart_id: string; claim_ids?: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return claims.releaseUsed(transactionKnex(sharedContext), input.cart_id, input.claim_ids)
  }

  /** How many coupons a customer has per wallet status at `now` (the customer centre's badge counts). */
  @InjectManager()
  async walletCounts(
    customerId: string,
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ available: number; used: number; expired: number }> {
    const r = await readKnex(sharedContext).raw(
      `SELECT count(*) FILTER (WHERE status = 'available' AND (expires_at IS NULL OR expires_at > ?))::int AS available,
              count(*) FILTER (WHERE status = 'used')::int AS used,
              count(*) FILTER (WHERE status = 'available' AND expires_at <= ?)::int AS expired
       FROM coupon_claim WHERE customer_id = ? AND deleted_at IS NULL`,
      [now, now, customerId]
    )
    return r.rows[0]
  }

  /** The customer's referral code, created on first use (random, unique; retried on the rare collision). */
  async getOrCreateReferralCode(customerId: string): Promise<{ customer_id: string; code: string }> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const [existing] = await this.listReferralCodes({ customer_id: customerId }, { take: 1 })
      if (existing) {
        return existing
      }
      try {
        const [created] = await this.createReferralCodes([{ customer_id: customerId, code: generateReferralCode() }])
        return created
      } catch (err) {
        if (!isUniqueViolation(err)) {
          throw err
        }
      }
    }
    throw conflict("referral_code_unavailable", `Could not create a referral code for customer ${customerId}`)
  }

  /**
   * Binds invitee → referrer. Serialized by one advisory lock so that the checks are exact: no self-invite
   * (also a check constraint), one referrer per customer (also a unique index), no cycle.
   */
  @InjectTransactionManager()
  async bindReferral(
    input: { invitee_id: string; referrer_id: string; code: string; source: "register" | "bind" | "share" },
    @MedusaContext() sharedContext: Context = {}
  ) {
    if (input.invitee_id === input.referrer_id) {
      throw refused("referral_self_invite", "You cannot use your own referral code")
    }
    const trx = transactionKnex(sharedContext)
    await referrals.lockReferralGraph(trx)
    const [existing] = await this.listReferrals({ invitee_id: input.invitee_id }, { take: 1 }, sharedContext)
    if (existing) {
      throw conflict("referral_already_bound", `Customer ${input.invitee_id} already has a referrer`)
    }
    if (await referrals.isInReferrerChain(trx, input.referrer_id, input.invitee_id)) {
      throw refused("referral_cycle", "This referral code belongs to someone you invited")
    }
    const [created] = await this.createReferrals([input], sharedContext)
    return created
  }

  /** Who referred this customer (level 1), or null. Commission uses it for referral commissions. */
  async getReferrer(customerId: string): Promise<{ referral_id: string; referrer_id: string; created_at: Date } | null> {
    const [r] = await this.listReferrals({ invitee_id: customerId }, { take: 1 })
    return r ? { referral_id: r.id, referrer_id: r.referrer_id, created_at: r.created_at } : null
  }

  /** The referrers above a customer, nearest first, at most `levels` (2 for 分销: level 1 and level 2). */
  @InjectManager()
  async getReferrerChain(customerId: string, levels = 2, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    return referrals.referrerChain(readKnex(sharedContext), customerId, levels)
  }

  /** Marks the invitee's referral as rewarded by this order if it was not yet (exactly once). */
  @InjectTransactionManager()
  async markReferralRewarded(
    input: { invitee_id: string; order_id: string; now?: Date },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return referrals.markReferralRewarded(transactionKnex(sharedContext), input.invitee_id, input.order_id, input.now ?? new Date())
  }

  @InjectTransactionManager()
  async unmarkReferralRewarded(
    input: { referral_id: string; order_id: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    await referrals.unmarkReferralRewarded(transactionKnex(sharedContext), input.referral_id, input.order_id)
  }

  /** The programme settings (one row), created with defaults on first read. */
  async getReferralSettings() {
    const [settings] = await this.listReferralSettings({ key: "default" }, { take: 1 })
    if (settings) {
      return settings
    }
    try {
      return await this.createReferralSettings({ key: "default" })
    } catch (err) {
      if (!isUniqueViolation(err)) {
        throw err
      }
      const [again] = await this.listReferralSettings({ key: "default" }, { take: 1 })
      return again
    }
  }
}

export default CouponModuleService

import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { getStoreSettings } from "../../lib/store-settings"
import {
  LoyaltyAccount,
  LoyaltyCheckin,
  LoyaltyEntry,
  LoyaltyLot,
  LoyaltyOrder,
  LoyaltyRedemption,
  LoyaltySettings,
  LoyaltyTier,
} from "./models"
import { checkIn } from "./sql/checkin"
import { db } from "./sql/db"
import { credit, debit, expireDue, lockAccount } from "./sql/ledger"
import { type OrderEarningInput, earnOnOrder, reverseOnRefund } from "./sql/orders"
import { balanceOf, customersWithDueLots, expiringSoon, pointsSummary, spendOf } from "./sql/reads"
import { debitRedemption, redebitRedemption, restoreRedemption } from "./sql/redemption"
import { accountsAfter, checkinsBetween, entriesOfOrder, listEntries } from "./sql/history"
import { defaultSettings, readSettings } from "./sql/settings"
import { saveSettings, tierInputs } from "./sql/settings-write"
import { evaluateTier, listTiers, spendWindowStart, tierOf } from "./sql/tiers"
import type {
  CheckInResult,
  CreditPointsInput,
  CustomerTier,
  DebitPointsInput,
  ExpiringSoon,
  LedgerResult,
  LoyaltySettingsValues,
  TierInput,
} from "./types"
import { pointsExpiry } from "./utils/expiry"

/**
 * Points ledger, check-in and membership tiers. The ledger itself lives in ./sql (row locks and
 * conditional writes need SQL); this class gives it transactions and the names other modules use:
 * `creditPoints`, `debitPoints`, `getCustomerTier`.
 */
export default class LoyaltyModuleService extends MedusaService({
  LoyaltyAccount,
  LoyaltyCheckin,
  LoyaltyEntry,
  LoyaltyLot,
  LoyaltyOrder,
  LoyaltyRedemption,
  LoyaltySettings,
  LoyaltyTier,
}) {
  protected timeZone() {
    return getStoreSettings().timeZone
  }

  @InjectManager()
  async getSettings(@MedusaContext() ctx: Context = {}): Promise<LoyaltySettingsValues> {
    return readSettings(db(ctx, { transaction: false }))
  }

  /**
   * Credits points once per (kind, reference): a replay returns the first entry with `created: false`.
   * Expiry follows the settings unless `expires_at` is given. Used by referrals (kind "referral").
   */
  @InjectTransactionManager()
  async creditPoints(input: CreditPointsInput, @MedusaContext() ctx: Context = {}): Promise<LedgerResult> {
    const knex = db(ctx, { transaction: true })
    const now = input.now ?? new Date()
    const expires_at =
      input.expires_at !== undefined
        ? input.expires_at
        : pointsExpiry(now, (await readSettings(knex)).expiry_months, this.timeZone())
    return credit(knex, { ...input, expires_at, now })
  }

  /** Debits points (oldest lots first); refuses with `insufficient_points` unless `allow_partial`. */
  @InjectTransactionManager()
  async debitPoints(input: DebitPointsInput, @MedusaContext() ctx: Context = {}): Promise<LedgerResult> {
    return debit(db(ctx, { transaction: true }), { ...input, now: input.now ?? new Date() })
  }

  @InjectManager()
  async getBalance(customerId: string, now = new Date(), @MedusaContext() ctx: Context = {}): Promise<number> {
    return balanceOf(db(ctx, { transaction: false }), customerId, now)
  }

  @InjectManager()
  async getExpiringSoon(
    customerId: string,
    { now = new Date(), days }: { now?: Date; days?: number } = {},
    @MedusaContext() ctx: Context = {}
  ): Promise<ExpiringSoon> {
    const knex = db(ctx, { transaction: false })
    return expiringSoon(knex, customerId, now, days ?? (await readSettings(knex)).expiring_soon_days)
  }

  /** Balance, points expiring soon and tier together, in one query (the Store API's balance request). */
  @InjectManager()
  async getPointsSummary(customerId: string, now = new Date(), @MedusaContext() ctx: Context = {}) {
    return pointsSummary(db(ctx, { transaction: false }), customerId, now, defaultSettings().expiring_soon_days)
  }

  /** Writes the expire entries of one customer's lots that expired by `now`. */
  @InjectTransactionManager()
  async expireCustomerPoints(customerId: string, now = new Date(), @MedusaContext() ctx: Context = {}) {
    const knex = db(ctx, { transaction: true })
    const account = await lockAccount(knex, customerId)
    return expireDue(knex, account, now)
  }

  @InjectManager()
  async listCustomersWithDuePoints(now: Date, limit = 100, @MedusaContext() ctx: Context = {}): Promise<string[]> {
    return customersWithDueLots(db(ctx, { transaction: false }), now, limit)
  }

  @InjectTransactionManager()
  async checkIn(customerId: string, now = new Date(), @MedusaContext() ctx: Context = {}): Promise<CheckInResult> {
    return checkIn(db(ctx, { transaction: true }), customerId, now, this.timeZone())
  }

  /** The customer's tier (`{ code, name, multiplier, … }`), the entry tier if never evaluated, or null. */
  @InjectManager()
  async getCustomerTier(customerId: string, @MedusaContext() ctx: Context = {}): Promise<CustomerTier | null> {
    return tierOf(db(ctx, { transaction: false }), customerId)
  }

  @InjectManager()
  async listTierDefinitions(@MedusaContext() ctx: Context = {}): Promise<CustomerTier[]> {
    return listTiers(db(ctx, { transaction: false }))
  }

  /** Paid spend counted toward the tier (rolling 12 months or lifetime, per settings). */
  @InjectManager()
  async getTierSpend(customerId: string, now = new Date(), @MedusaContext() ctx: Context = {}) {
    const knex = db(ctx, { transaction: false })
    const settings = await readSettings(knex)
    const since = spendWindowStart(settings.tier_basis, now)
    return { spend: await spendOf(knex, customerId, since), since, basis: settings.tier_basis }
  }

  /** Re-evaluates one customer's tier: "upgrade" moves only up, "review" (yearly) also down. */
  @InjectTransactionManager()
  async evaluateCustomerTier(
    customerId: string,
    { now = new Date(), mode }: { now?: Date; mode: "upgrade" | "review" },
    @MedusaContext() ctx: Context = {}
  ) {
    const knex = db(ctx, { transaction: true })
    const settings = await readSettings(knex)
    await lockAccount(knex, customerId)
    return evaluateTier(knex, customerId, { basis: settings.tier_basis, now, mode })
  }

  @InjectTransactionManager()
  async earnOrderPoints(
    input: Omit<OrderEarningInput, "timeZone" | "now"> & { now?: Date },
    @MedusaContext() ctx: Context = {}
  ) {
    return earnOnOrder(db(ctx, { transaction: true }), {
      ...input,
      now: input.now ?? new Date(),
      timeZone: this.timeZone(),
    })
  }

  @InjectTransactionManager()
  async reverseOrderPoints(
    input: { order_id: string; refunded_amount: string; now?: Date },
    @MedusaContext() ctx: Context = {}
  ) {
    return reverseOnRefund(db(ctx, { transaction: true }), { ...input, now: input.now ?? new Date() })
  }

  @InjectTransactionManager()
  async debitRedemption(
    input: { redemption_id: string; cart_id: string; customer_id: string | null; now?: Date },
    @MedusaContext() ctx: Context = {}
  ) {
    return debitRedemption(db(ctx, { transaction: true }), { ...input, now: input.now ?? new Date() })
  }

  @InjectTransactionManager()
  async restoreRedemption(
    input: { redemption_id: string; to: "quoted" | "restored"; debit_count?: number; order_id?: string | null; now?: Date },
    @MedusaContext() ctx: Context = {}
  ) {
    return restoreRedemption(db(ctx, { transaction: true }), { ...input, now: input.now ?? new Date() })
  }

  @InjectTransactionManager()
  async redebitRedemption(input: { redemption_id: string; now?: Date }, @MedusaContext() ctx: Context = {}) {
    return redebitRedemption(db(ctx, { transaction: true }), { ...input, now: input.now ?? new Date() })
  }

  /** A customer's ledger, newest first, paged. */
  @InjectManager()
  async listLedger(
    customerId: string,
    page: { offset: number; limit: number; kinds?: string[] },
    @MedusaContext() ctx: Context = {}
  ) {
    return listEntries(db(ctx, { transaction: false }), customerId, page)
  }

  /** Ledger entries of one order: earned on it, redeemed for it, and their reversals. */
  @InjectManager()
  async listOrderEntries(orderId: string, redemptionIds: string[] = [], @MedusaContext() ctx: Context = {}) {
    return entriesOfOrder(db(ctx, { transaction: false }), orderId, redemptionIds)
  }

  @InjectManager()
  async listCheckinDays(customerId: string, first: string, last: string, @MedusaContext() ctx: Context = {}) {
    return checkinsBetween(db(ctx, { transaction: false }), customerId, first, last)
  }

  @InjectManager()
  async listAccountCustomers(after: string | null, limit: number, @MedusaContext() ctx: Context = {}) {
    return accountsAfter(db(ctx, { transaction: false }), after, limit)
  }

  /** Current settings and tiers, in the shape saveSettings takes (for compensation). */
  @InjectManager()
  async getSettingsSnapshot(@MedusaContext() ctx: Context = {}) {
    const knex = db(ctx, { transaction: false })
    return { settings: await readSettings(knex), tiers: await tierInputs(knex) }
  }

  /** Saves settings (a patch over the current ones) and, when given, the full list of tiers. */
  @InjectTransactionManager()
  async saveSettings(
    patch: Partial<LoyaltySettingsValues>,
    tiers?: TierInput[],
    @MedusaContext() ctx: Context = {}
  ): Promise<void> {
    await saveSettings(db(ctx, { transaction: true }), patch, tiers)
  }
}

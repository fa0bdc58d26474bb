import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { getStoreSettings } from "../../lib/store-settings"
import {
  CommissionAccount,
  CommissionEntry,
  CommissionOrder,
  CommissionRule,
  CommissionSettings,
  CommissionWithdrawal,
} from "./models"
import { findAccount } from "./sql/accounts"
import { db } from "./sql/db"
import { entriesOfOrder } from "./sql/ledger"
import { accrueOrder, discardOrder, dueOrders, markReceived, reverseOrder, settleOrder } from "./sql/orders"
import { accountSummaries, earningsByOrder, type EntryFilters, findWithdrawal, listEntries, listWithdrawals, settledReport } from "./sql/reads"
import { readSettings, saveSettings } from "./sql/settings"
import { decideWithdrawal, requestWithdrawal } from "./sql/withdrawals"
import type {
  AccrueOrderInput,
  CommissionSettingsValues,
  DecideWithdrawalInput,
  RequestWithdrawalInput,
} from "./types"
import { settlementInstant } from "./utils/settlement"
import { withdrawalQuote } from "./utils/withdrawal"

/**
 * Commission rules, the commission ledger and withdrawals (佣金 · 分销). The ledger lives in ./sql (row
 * locks and conditional writes need SQL); this class gives it transactions and the names workflows use.
 * Rules are plain data (the generated CRUD: createCommissionRules, listCommissionRules, …).
 */
export default class CommissionModuleService extends MedusaService({
  CommissionAccount,
  CommissionEntry,
  CommissionOrder,
  CommissionRule,
  CommissionSettings,
  CommissionWithdrawal,
}) {
  protected timeZone() {
    return getStoreSettings().timeZone
  }

  @InjectManager()
  async getSettings(@MedusaContext() ctx: Context = {}): Promise<CommissionSettingsValues> {
    return readSettings(db(ctx, { transaction: false }))
  }

  @InjectTransactionManager()
  async updateSettings(patch: Partial<CommissionSettingsValues>, @MedusaContext() ctx: Context = {}) {
    return saveSettings(db(ctx, { transaction: true }), patch)
  }

  /** When an order received at `receivedAt` settles, with the current delay (store days, store time zone). */
  @InjectManager()
  async settlementDate(receivedAt: Date, @MedusaContext() ctx: Context = {}): Promise<Date> {
    const settings = await readSettings(db(ctx, { transaction: false }))
    return settlementInstant(receivedAt, settings.settlement_delay_days, this.timeZone())
  }

  /** Records an order's commission once (see sql/orders.ts accrueOrder). */
  @InjectTransactionManager()
  async accrueOrderCommissions(input: AccrueOrderInput, @MedusaContext() ctx: Context = {}) {
    const knex = db(ctx, { transaction: true })
    const settings = await readSettings(knex)
    const settle_at = input.received_at
      ? settlementInstant(input.received_at, settings.settlement_delay_days, this.timeZone())
      : null
    return accrueOrder(knex, { ...input, settle_at })
  }

  /** Compensation of an accrual whose workflow failed later: the order's entries and balances are undone. */
  @InjectTransactionManager()
  async discardOrderCommissions(orderId: string, @MedusaContext() ctx: Context = {}) {
    await discardOrder(db(ctx, { transaction: true }), orderId)
  }

  /** Reverses an order's commission in proportion to its cumulative refunds, or all of it when canceled. */
  @InjectTransactionManager()
  async reverseOrderCommissions(
    input: { order_id: string; refunded_amount: string; canceled?: boolean; now?: Date },
    @MedusaContext() ctx: Context = {}
  ) {
    return reverseOrder(db(ctx, { transaction: true }), {
      order_id: input.order_id,
      refunded_amount: input.refunded_amount,
      canceled: !!input.canceled,
      now: input.now ?? new Date(),
    })
  }

  /** The order was collected or delivered: it settles after the delay (first call only). */
  @InjectTransactionManager()
  async markOrderReceived(input: { order_id: string; received_at: Date }, @MedusaContext() ctx: Context = {}) {
    const knex = db(ctx, { transaction: true })
    const settings = await readSettings(knex)
    const settle_at = settlementInstant(input.received_at, settings.settlement_delay_days, this.timeZone())
    return markReceived(knex, { ...input, settle_at })
  }

  @InjectManager()
  async listDueOrders(now: Date, limit = 100, @MedusaContext() ctx: Context = {}): Promise<string[]> {
    return dueOrders(db(ctx, { transaction: false }), now, limit)
  }

  @InjectTransactionManager()
  async settleOrderCommissions(orderId: string, now: Date, @MedusaContext() ctx: Context = {}) {
    return settleOrder(db(ctx, { transaction: true }), orderId, now)
  }

  /** The fee and net of a withdrawal under the current settings (refusals as in withdrawalQuote). */
  @InjectManager()
  async quoteWithdrawal(amount: string, currencyCode: string, @MedusaContext() ctx: Context = {}) {
    return withdrawalQuote(amount, await readSettings(db(ctx, { transaction: false })), currencyCode)
  }

  /** Holds `amount` of the available balance for a withdrawal; never more than available, whatever the concurrency. */
  @InjectTransactionManager()
  async requestWithdrawal(input: RequestWithdrawalInput, @MedusaContext() ctx: Context = {}) {
    const knex = db(ctx, { transaction: true })
    const quote = withdrawalQuote(input.amount, await readSettings(knex), input.currency_code)
    return requestWithdrawal(knex, { ...input, amount: quote.amount, fee: quote.fee, net_amount: quote.net_amount })
  }

  /** Finance marks a requested withdrawal paid (with a reference) or rejects it (the amount returns). */
  @InjectTransactionManager()
  async decideWithdrawal(input: DecideWithdrawalInput, @MedusaContext() ctx: Context = {}) {
    return decideWithdrawal(db(ctx, { transaction: true }), { ...input, now: input.now ?? new Date() })
  }

  @InjectManager()
  async retrieveWithdrawalRow(id: string, @MedusaContext() ctx: Context = {}) {
    return findWithdrawal(db(ctx, { transaction: false }), id)
  }

  @InjectManager()
  async listWithdrawalRows(
    filters: { customer_id?: string; status?: string },
    page: { offset: number; limit: number },
    @MedusaContext() ctx: Context = {}
  ) {
    return listWithdrawals(db(ctx, { transaction: false }), filters, page)
  }

  @InjectManager()
  async listLedger(filters: EntryFilters, page: { offset: number; limit: number }, @MedusaContext() ctx: Context = {}) {
    return listEntries(db(ctx, { transaction: false }), filters, page)
  }

  @InjectManager()
  async listOrderLedger(orderId: string, @MedusaContext() ctx: Context = {}) {
    return entriesOfOrder(db(ctx, { transaction: false }), orderId)
  }

  /** Balances of one beneficiary, one per currency they ever earned in. */
  @InjectManager()
  async getBalances(customerId: string, @MedusaContext() ctx: Context = {}) {
    return accountSummaries(db(ctx, { transaction: false }), customerId)
  }

  @InjectManager()
  async getAccount(customerId: string, currencyCode: string, @MedusaContext() ctx: Context = {}) {
    return findAccount(db(ctx, { transaction: false }), customerId, currencyCode)
  }

  @InjectManager()
  async listEarningsByOrder(customerId: string, page: { offset: number; limit: number }, @MedusaContext() ctx: Context = {}) {
    return earningsByOrder(db(ctx, { transaction: false }), customerId, page)
  }

  @InjectManager()
  async settledInPeriod(from: Date, to: Date, @MedusaContext() ctx: Context = {}) {
    return settledReport(db(ctx, { transaction: false }), from, to)
  }
}

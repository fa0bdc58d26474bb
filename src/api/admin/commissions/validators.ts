import { z } from "@medusajs/framework/zod"
import { COMMISSION_KINDS, ENTRY_STATUSES, ENTRY_TYPES } from "../../../modules/commission/models/entry"
import { RULE_SCOPES } from "../../../modules/commission/models/rule"
import { WITHDRAWAL_STATUSES } from "../../../modules/commission/models/withdrawal"

const rate = z
  .number()
  .min(0)
  .max(100)
  .refine((n) => Math.abs(n * 10000 - Math.round(n * 10000)) < 1e-6, "at most 4 decimals")
  .nullable()
  .describe("Percentage of what the customer paid for the line; null leaves this kind to a less specific rule")

const ruleFields = {
  pickup_rate: rate.optional(),
  referral_l1_rate: rate.optional(),
  referral_l2_rate: rate.optional(),
  is_active: z.boolean().optional(),
  note: z.string().trim().max(200).nullable().optional(),
}

export const AdminCreateCommissionRule = z
  .object({
    scope: z.enum([...RULE_SCOPES]),
    target_id: z.string().min(1).max(100).nullable().optional().describe("Category, product or leader id; none for default"),
    ...ruleFields,
  })
  .strict()
  .refine((r) => (r.scope === "default") === !r.target_id, { message: "target_id is required for category, product and leader rules, and not allowed for default", path: ["target_id"] })
  .refine((r) => [r.pickup_rate, r.referral_l1_rate, r.referral_l2_rate].some((v) => v !== undefined && v !== null), {
    message: "set at least one rate",
  })
export type AdminCreateCommissionRuleType = z.infer<typeof AdminCreateCommissionRule>

export const AdminUpdateCommissionRule = z
  .object(ruleFields)
  .strict()
  .refine((r) => Object.keys(r).length > 0, { message: "nothing to change" })
export type AdminUpdateCommissionRuleType = z.infer<typeof AdminUpdateCommissionRule>

export const AdminListCommissionRules = z
  .object({
    scope: z.enum([...RULE_SCOPES]).optional(),
    target_id: z.string().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListCommissionRulesType = z.infer<typeof AdminListCommissionRules>

const money = (max: number) =>
  z
    .number()
    .min(0)
    .max(max)
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, "at most 2 decimals")

export const AdminUpdateCommissionSettings = z
  .object({
    settlement_delay_days: z.number().int().min(0).max(90).optional(),
    withdrawal_min_amount: money(1_000_000).refine((n) => n > 0, "must be positive").optional(),
    withdrawal_fee_percent: z.number().min(0).max(100).optional(),
    withdrawal_fee_fixed: money(1_000_000).optional(),
  })
  .strict()
  .refine((s) => Object.keys(s).length > 0, { message: "nothing to change" })
export type AdminUpdateCommissionSettingsType = z.infer<typeof AdminUpdateCommissionSettings>

/** A store day that exists (YYYY-MM-DD): 2026-13-45 matched the old pattern and failed later in the query with a 500. */
const isoDay = z.iso.date({ message: "expected a day YYYY-MM-DD that exists" })

export const AdminListCommissionEntries = z
  .object({
    beneficiary_id: z.string().max(100).optional().describe("Customer id of the beneficiary"),
    leader_id: z.string().max(100).optional(),
    order_id: z.string().max(100).optional(),
    kind: z.enum([...COMMISSION_KINDS]).optional(),
    type: z.enum([...ENTRY_TYPES]).optional(),
    status: z.enum([...ENTRY_STATUSES]).optional(),
    from: isoDay.optional().describe("First store day (inclusive) of created_at"),
    to: isoDay.optional().describe("Last store day (inclusive) of created_at"),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListCommissionEntriesType = z.infer<typeof AdminListCommissionEntries>

export const AdminExportCommissions = z
  .object({
    from: isoDay.describe("First store day (inclusive)"),
    to: isoDay.describe("Last store day (inclusive)"),
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: "from must not be after to", path: ["to"] })
export type AdminExportCommissionsType = z.infer<typeof AdminExportCommissions>

export const AdminListWithdrawals = z
  .object({
    status: z.enum([...WITHDRAWAL_STATUSES]).optional(),
    customer_id: z.string().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListWithdrawalsType = z.infer<typeof AdminListWithdrawals>

export const AdminApproveWithdrawal = z
  .object({ reference: z.string().trim().min(1).max(100).describe("The payout's reference (bank / WeChat Pay transfer id)") })
  .strict()
export type AdminApproveWithdrawalType = z.infer<typeof AdminApproveWithdrawal>

export const AdminRejectWithdrawal = z.object({ reason: z.string().trim().min(2).max(200) }).strict()
export type AdminRejectWithdrawalType = z.infer<typeof AdminRejectWithdrawal>

// ---- Response shapes (OpenAPI) ----------------------------------------------------------------------

export const CommissionRuleSchema = z.object({
  id: z.string(),
  scope: z.enum([...RULE_SCOPES]),
  target_id: z.string().nullable(),
  target_name: z.string().nullable(),
  pickup_rate: z.number().nullable(),
  referral_l1_rate: z.number().nullable(),
  referral_l2_rate: z.number().nullable(),
  is_active: z.boolean(),
  note: z.string().nullable(),
  created_at: z.date(),
  updated_at: z.date(),
})

export const CommissionEntrySchema = z.object({
  id: z.string(),
  beneficiary_id: z.string(),
  leader_id: z.string().nullable(),
  order_id: z.string(),
  line_item_id: z.string(),
  product_id: z.string().nullable(),
  kind: z.enum([...COMMISSION_KINDS]),
  type: z.enum([...ENTRY_TYPES]),
  amount: z.number().describe("Signed: negative for a reversal"),
  base_amount: z.number().describe("What the customer paid for the line"),
  rate: z.number().nullable(),
  currency_code: z.string(),
  status: z.enum([...ENTRY_STATUSES]),
  reverses_id: z.string().nullable(),
  available_at: z.date().nullable(),
  created_at: z.date(),
})

export const AdminCommissionEntrySchema = CommissionEntrySchema.extend({
  customer_id: z.string().nullable().describe("The buyer"),
  rule_id: z.string().nullable(),
  beneficiary_name: z.string().nullable(),
})

export const WithdrawalSchema = z.object({
  id: z.string(),
  customer_id: z.string(),
  leader_id: z.string().nullable(),
  currency_code: z.string(),
  amount: z.number(),
  fee: z.number(),
  net_amount: z.number(),
  status: z.enum([...WITHDRAWAL_STATUSES]),
  payee: z.string().nullable(),
  reference: z.string().nullable(),
  rejection_reason: z.string().nullable(),
  decided_at: z.date().nullable(),
  created_at: z.date(),
})

export const AdminWithdrawalSchema = WithdrawalSchema.extend({
  beneficiary_name: z.string().nullable(),
  decided_by: z.string().nullable(),
})

export const CommissionSettingsSchema = z.object({
  settlement_delay_days: z.number(),
  withdrawal_min_amount: z.number(),
  withdrawal_fee_percent: z.number(),
  withdrawal_fee_fixed: z.number(),
})

export const BalanceSchema = z.object({
  currency_code: z.string(),
  pending: z.number(),
  available: z.number(),
  withdrawing: z.number(),
  withdrawn: z.number(),
})

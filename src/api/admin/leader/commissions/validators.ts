import { z } from "@medusajs/framework/zod"
import { COMMISSION_KINDS, ENTRY_STATUSES } from "../../../../modules/commission/models/entry"
import { WITHDRAWAL_STATUSES } from "../../../../modules/commission/models/withdrawal"

const page = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}

export const LeaderListEarnings = z.object(page).strict()
export type LeaderListEarningsType = z.infer<typeof LeaderListEarnings>

export const LeaderListCommissionEntries = z
  .object({
    order_id: z.string().max(100).optional(),
    kind: z.enum([...COMMISSION_KINDS]).optional(),
    status: z.enum([...ENTRY_STATUSES]).optional(),
    ...page,
  })
  .strict()
export type LeaderListCommissionEntriesType = z.infer<typeof LeaderListCommissionEntries>

export const LeaderListWithdrawals = z.object({ status: z.enum([...WITHDRAWAL_STATUSES]).optional(), ...page }).strict()
export type LeaderListWithdrawalsType = z.infer<typeof LeaderListWithdrawals>

/** A withdrawal request: an amount of the available balance in whole fen, and where to pay it. */
export const RequestWithdrawal = z
  .object({
    amount: z
      .number()
      .positive()
      .max(10_000_000)
      .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, "at most 2 decimals"),
    currency_code: z.string().regex(/^[a-zA-Z]{3}$/).optional().describe("Default: the store currency"),
    payee: z.string().trim().min(2).max(200).optional().describe("Where to pay (e.g. WeChat / Alipay account, bank card)"),
  })
  .strict()
export type RequestWithdrawalType = z.infer<typeof RequestWithdrawal>

export const EarningsByOrderSchema = z.object({
  order_id: z.string(),
  display_id: z.number().nullable(),
  currency_code: z.string(),
  earned: z.number(),
  reversed: z.number(),
  net: z.number(),
  pending: z.number(),
  available: z.number(),
  kinds: z.array(z.enum([...COMMISSION_KINDS])),
  first_at: z.date(),
})

export const DailyStatsSchema = z.object({
  time_zone: z.string(),
  currency_code: z.string(),
  days: z.array(z.object({ day: z.string().describe("YYYY-MM-DD, store time zone"), orders: z.number(), gmv: z.number() })),
  totals: z.object({ orders: z.number(), gmv: z.number() }),
})

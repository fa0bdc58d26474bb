import { z } from "@medusajs/framework/zod"
import { COMMISSION_KINDS, ENTRY_STATUSES } from "../../../modules/commission/models/entry"
import { BalanceSchema } from "../../admin/commissions/validators"

export { RequestWithdrawal as StoreRequestWithdrawal, type RequestWithdrawalType as StoreRequestWithdrawalType } from "../../admin/leader/commissions/validators"

const page = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}

export const StoreListCommissionEntries = z
  .object({
    order_id: z.string().max(100).optional(),
    kind: z.enum([...COMMISSION_KINDS]).optional(),
    status: z.enum([...ENTRY_STATUSES]).optional(),
    ...page,
  })
  .strict()
export type StoreListCommissionEntriesType = z.infer<typeof StoreListCommissionEntries>

export const StoreListWithdrawals = z.object(page).strict()
export type StoreListWithdrawalsType = z.infer<typeof StoreListWithdrawals>

export const StoreCommissionMeSchema = z.object({
  referral: z.object({
    code: z.string().describe("My referral code (coupon module's 邀请码)"),
    share_url: z.string().describe("My share link: whoever registers through it is bound to me"),
  }),
  leader: z
    .object({ id: z.string(), share_code: z.string().describe("The leader's own share code (锁粉)") })
    .nullable()
    .describe("Set when I am an active leader"),
  friends: z.object({
    invited: z.number().describe("Customers who registered with my referral code"),
    bound: z.number().describe("Customers bound to me as their leader now (锁粉), 0 if I am not a leader"),
    total: z.number().describe("Distinct friends over both"),
    level2: z.number().describe("Customers my invitees invited (my level-2 referrals)"),
  }),
  balances: z.array(BalanceSchema),
})

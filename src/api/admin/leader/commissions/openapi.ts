import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../../lib/openapi"
import { BalanceSchema, CommissionEntrySchema, CommissionSettingsSchema, WithdrawalSchema } from "../../commissions/validators"
import {
  DailyStatsSchema,
  EarningsByOrderSchema,
  LeaderListCommissionEntries,
  LeaderListEarnings,
  LeaderListWithdrawals,
  RequestWithdrawal,
} from "./validators"

const tags = ["Leader pages"]
const leaderErrors = [
  { status: 403, code: "not_a_leader", description: "The logged-in user is not a leader" },
  { status: 403, code: "leader_suspended", description: "The leader is suspended" },
]

export const WITHDRAWAL_REQUEST_ERRORS = [
  { status: 400, code: "insufficient_balance", description: "More than the available balance" },
  { status: 400, code: "withdrawal_below_minimum", description: "Less than the minimum withdrawal" },
  { status: 400, code: "withdrawal_fee_exceeds_amount", description: "The fee would take all of it" },
  { status: 400, code: "invalid_amount", description: "Not a whole number of minor units" },
]

export default defineOperations([
  {
    method: "get",
    path: "/admin/leader/commissions",
    summary: "My earnings: pending, available, being withdrawn, withdrawn",
    tags,
    auth: "leader",
    policy: "leader_portal:read",
    response: z.object({ balances: z.array(BalanceSchema), settings: CommissionSettingsSchema }),
    errors: leaderErrors,
  },
  {
    method: "get",
    path: "/admin/leader/commissions/orders",
    summary: "My earnings per order",
    tags,
    auth: "leader",
    policy: "leader_portal:read",
    query: LeaderListEarnings,
    response: z.object({ orders: z.array(EarningsByOrderSchema), count: z.number(), offset: z.number(), limit: z.number() }),
    errors: leaderErrors,
  },
  {
    method: "get",
    path: "/admin/leader/commissions/entries",
    summary: "My commission entries",
    tags,
    auth: "leader",
    policy: "leader_portal:read",
    query: LeaderListCommissionEntries,
    response: z.object({ entries: z.array(CommissionEntrySchema), count: z.number(), offset: z.number(), limit: z.number() }),
    errors: leaderErrors,
  },
  {
    method: "get",
    path: "/admin/leader/commissions/withdrawals",
    summary: "My withdrawal requests",
    tags,
    auth: "leader",
    policy: "leader_portal:read",
    query: LeaderListWithdrawals,
    response: z.object({ withdrawals: z.array(WithdrawalSchema), count: z.number(), offset: z.number(), limit: z.number() }),
    errors: leaderErrors,
  },
  {
    method: "post",
    path: "/admin/leader/commissions/withdrawals",
    summary: "Withdraw part of my available balance",
    description: "Holds the amount until finance pays it out or rejects it. Never more than available, whatever the concurrency.",
    tags,
    auth: "leader",
    policy: "leader_portal:update",
    body: RequestWithdrawal,
    response: z.object({ withdrawal: WithdrawalSchema }),
    successStatus: 201,
    errors: [...leaderErrors, ...WITHDRAWAL_REQUEST_ERRORS],
  },
  {
    method: "get",
    path: "/admin/leader/commissions/stats",
    summary: "My point's orders and GMV per day, last 30 days (store time zone)",
    tags,
    auth: "leader",
    policy: "leader_portal:read",
    response: DailyStatsSchema,
    errors: leaderErrors,
  },
])

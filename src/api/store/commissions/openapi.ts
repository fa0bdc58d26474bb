import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../lib/openapi"
import { CommissionEntrySchema, WithdrawalSchema } from "../../admin/commissions/validators"
import { WITHDRAWAL_REQUEST_ERRORS } from "../../admin/leader/commissions/openapi"
import { StoreCommissionMeSchema, StoreListCommissionEntries, StoreListWithdrawals, StoreRequestWithdrawal } from "./validators"

const tags = ["Commissions"]

export default defineOperations([
  {
    method: "get",
    path: "/store/commissions/me",
    auth: "customer",
    summary: "My referral link and code, the friends bound to me, my commission balances",
    description:
      "Referral code and link are the coupon module's (see /store/referrals/me). A friend who registers through the link is " +
      "bound to me; I then earn level-1 commission on their orders (unless they are bound to a leader, who earns it), and " +
      "level 2 on the orders of the friends they invite.",
    tags,
    response: StoreCommissionMeSchema,
  },
  {
    method: "get",
    path: "/store/commissions/entries",
    auth: "customer",
    summary: "My commission entries",
    tags,
    query: StoreListCommissionEntries,
    response: z.object({ entries: z.array(CommissionEntrySchema), count: z.number(), offset: z.number(), limit: z.number() }),
  },
  {
    method: "get",
    path: "/store/commissions/withdrawals",
    auth: "customer",
    summary: "My withdrawal requests",
    tags,
    query: StoreListWithdrawals,
    response: z.object({ withdrawals: z.array(WithdrawalSchema), count: z.number(), offset: z.number(), limit: z.number() }),
  },
  {
    method: "post",
    path: "/store/commissions/withdrawals",
    auth: "customer",
    summary: "Withdraw part of my available commission",
    tags,
    body: StoreRequestWithdrawal,
    response: z.object({ withdrawal: WithdrawalSchema }),
    successStatus: 201,
    errors: WITHDRAWAL_REQUEST_ERRORS,
  },
])

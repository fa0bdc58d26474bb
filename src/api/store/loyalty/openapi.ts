import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../lib/openapi"
import {
  StoreBalanceSchema,
  StoreCalendarSchema,
  StoreCheckInSchema,
  StoreCheckinCalendar,
  StoreExpiringSchema,
  StoreListLoyaltyEntries,
  StoreLoyaltyEntrySchema,
  StoreMyTierSchema,
} from "./validators"

const tags = ["Loyalty"]

export default defineOperations([
  {
    method: "get",
    path: "/store/loyalty/balance",
    auth: "customer",
    summary: "My points balance, points expiring soon and my tier",
    tags,
    response: StoreBalanceSchema,
  },
  {
    method: "get",
    path: "/store/loyalty/expiring",
    auth: "customer",
    summary: "My points expiring in the next 30 days",
    tags,
    response: z.object({ expiring_soon: StoreExpiringSchema }),
  },
  {
    method: "get",
    path: "/store/loyalty/entries",
    auth: "customer",
    summary: "My points history (newest first)",
    tags,
    query: StoreListLoyaltyEntries,
    response: z.object({ entries: z.array(StoreLoyaltyEntrySchema), count: z.number(), offset: z.number(), limit: z.number() }),
  },
  {
    method: "post",
    path: "/store/loyalty/check-in",
    auth: "customer",
    summary: "Daily check-in (签到)",
    description:
      "Once per store day (store time zone, Asia/Shanghai by default). The reward follows the streak table; a missed " +
      "day restarts the streak. Answers 201 with today's reward and tomorrow's; a repeat the same day answers 200 " +
      "with the first check-in (created: false), however many requests race.",
    tags,
    response: StoreCheckInSchema,
    successStatus: 201,
  },
  {
    method: "get",
    path: "/store/loyalty/check-ins",
    auth: "customer",
    summary: "My check-in calendar for a month",
    tags,
    query: StoreCheckinCalendar,
    response: StoreCalendarSchema,
  },
  {
    method: "get",
    path: "/store/loyalty/tier",
    auth: "customer",
    summary: "My membership tier and progress to the next one",
    tags,
    response: StoreMyTierSchema,
  },
])

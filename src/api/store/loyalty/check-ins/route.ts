import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addStoreDays, storeDay } from "../../../../lib/store-settings"
import { checkinReward } from "../../../../modules/loyalty/utils/checkin"
import { monthDays } from "../../../../modules/loyalty/utils/expiry"
import { loyaltyService } from "../../../../workflows/loyalty/utils/loyalty-service"
import type { StoreCheckinCalendarType } from "../validators"

/** GET /store/loyalty/check-ins?month=YYYY-MM: my check-in calendar (this store month by default). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreCheckinCalendarType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const service = loyaltyService(req.scope)
  const today = storeDay(new Date())
  const month = (req.validatedQuery as StoreCheckinCalendarType).month ?? today.slice(0, 7)
  const { first, last, days } = monthDays(month)
  const yesterday = addStoreDays(today, -1)
  const [inMonth, recent, settings] = await Promise.all([
    service.listCheckinDays(customerId, first, last),
    service.listCheckinDays(customerId, yesterday, today),
    service.getSettings(),
  ])
  const byDay = new Map(inMonth.map((c) => [c.day, c]))
  const todays = recent.find((c) => c.day === today)
  const yesterdays = recent.find((c) => c.day === yesterday)
  const streak = todays?.streak ?? yesterdays?.streak ?? 0
  const todayStreak = todays?.streak ?? (yesterdays ? yesterdays.streak + 1 : 1)
  res.json({
    month,
    today,
    checked_in_today: !!todays,
    streak,
    today_points: todays?.points ?? checkinReward(settings.checkin_rewards, todayStreak),
    tomorrow_points: checkinReward(settings.checkin_rewards, todayStreak + 1),
    rewards: settings.checkin_rewards,
    days: days.map((day) => {
      const c = byDay.get(day)
      return { day, checked_in: !!c, streak: c?.streak ?? null, points: c?.points ?? null }
    }),
  })
}

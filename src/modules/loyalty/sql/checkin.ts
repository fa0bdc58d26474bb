import { generateEntityId } from "@medusajs/framework/utils"
import { addStoreDays, storeDay } from "../../../lib/store-settings"
import type { CheckInResult } from "../types"
import { checkinReward, nextStreak } from "../utils/checkin"
import { pointsExpiry } from "../utils/expiry"
import { type Db, one } from "./db"
import { credit, lockAccount } from "./ledger"
import { readSettings } from "./settings"

type CheckinRow = { id: string; day: string; streak: number; points: number; entry_id: string | null }

/**
 * Checks a customer in for the store day `now` falls on. Under the account lock, so concurrent check-ins
 * of one customer run one after the other: the first writes the check-in and its ledger entry, the others
 * find it and answer with it (`created: false`). The unique (customer_id, day) index backs this up.
 */
export async function checkIn(knex: Db, customerId: string, now: Date, timeZone: string): Promise<CheckInResult> {
  const settings = await readSettings(knex)
  const rewards = settings.checkin_rewards
  const day = storeDay(now, timeZone)
  const account = await lockAccount(knex, customerId)
  const find = (d: string) =>
    one<CheckinRow>(
      knex,
      "SELECT id, day, streak, points, entry_id FROM loyalty_checkin WHERE customer_id = ? AND day = ?",
      [customerId, d]
    )
  const existing = await find(day)
  if (existing) {
    return {
      created: false,
      day,
      streak: existing.streak,
      points: existing.points,
      tomorrow_points: checkinReward(rewards, existing.streak + 1),
      entry_id: existing.entry_id ?? "",
      balance: account.balance,
    }
  }
  const yesterday = await find(addStoreDays(day, -1))
  const streak = nextStreak(yesterday?.streak)
  const points = checkinReward(rewards, streak)
  let balance = account.balance
  let entryId: string | null = null
  if (points > 0) {
    const res = await credit(knex, {
      customer_id: customerId,
      points,
      kind: "checkin",
      reference: `${customerId}:${day}`,
      note: `check-in day ${streak}`,
      metadata: { day, streak },
      expires_at: pointsExpiry(now, settings.expiry_months, timeZone),
    })
    balance = res.balance
    entryId = res.entry!.id
  }
  await knex.raw(
    "INSERT INTO loyalty_checkin (id, customer_id, day, streak, points, entry_id) VALUES (?, ?, ?, ?, ?, ?)",
    [generateEntityId(undefined, "lchk"), customerId, day, streak, points, entryId]
  )
  return {
    created: true,
    day,
    streak,
    points,
    tomorrow_points: checkinReward(rewards, streak + 1),
    entry_id: entryId ?? "",
    balance,
  }
}

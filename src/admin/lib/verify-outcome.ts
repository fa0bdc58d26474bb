import type { useTranslation } from "react-i18next"

type TFunction = ReturnType<typeof useTranslation>["t"]

/** Refusal codes of pickup code verification (also the `outcome` of a logged attempt) with their own message. */
export const VERIFY_REFUSALS = [
  "invalid_pickup_code",
  "wrong_pickup_point",
  "already_picked_up",
  "order_canceled",
  "order_refunded",
  "group_not_succeeded",
  "not_collectable",
  "too_many_attempts",
]

/** "verified" or a refusal code as words; an unknown code as it is. */
export function verifyOutcomeLabel(t: TFunction, outcome: string): string {
  if (outcome === "verified") return t("leaders.portal.verify.verified")
  return VERIFY_REFUSALS.includes(outcome) ? t(`leaders.portal.verify.errors.${outcome}`) : outcome
}

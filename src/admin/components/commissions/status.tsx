import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { EntryStatus, WithdrawalStatus } from "../../hooks/use-commissions"

const ENTRY_COLOR: Record<EntryStatus, "orange" | "green" | "grey"> = { pending: "orange", available: "green", reversed: "grey" }
const WITHDRAWAL_COLOR: Record<WithdrawalStatus, "orange" | "green" | "red"> = { requested: "orange", paid: "green", rejected: "red" }

export function EntryStatusBadge({ status }: { status: EntryStatus }) {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={ENTRY_COLOR[status]}>
      {t(`commissions.statuses.${status}`)}
    </Badge>
  )
}

export function WithdrawalStatusBadge({ status }: { status: WithdrawalStatus }) {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={WITHDRAWAL_COLOR[status]}>
      {t(`commissions.withdrawalStatuses.${status}`)}
    </Badge>
  )
}

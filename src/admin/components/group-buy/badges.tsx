import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { CAMPAIGN_STATUS_COLOR, GROUP_STATUS_COLOR } from "../../lib/group-buy-format"

/** A campaign's status (draft / active / ended) as a coloured badge. */
export function CampaignStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" className="whitespace-nowrap" color={CAMPAIGN_STATUS_COLOR[status] ?? "grey"}>
      {t(`groupBuy.campaignStatus.${status}`, { defaultValue: status })}
    </Badge>
  )
}

/** A group's status (open / succeeded / closed / failed) as a coloured badge; auto-filled groups say so. */
export function GroupStatusBadge({ status, autoFilled = false }: { status: string; autoFilled?: boolean }) {
  const { t } = useTranslation()
  return (
    <span className="inline-flex items-center gap-x-1">
      <Badge size="2xsmall" className="whitespace-nowrap" color={GROUP_STATUS_COLOR[status] ?? "grey"}>
        {t(`groupBuy.groupStatus.${status}`, { defaultValue: status })}
      </Badge>
      {autoFilled && (
        <Badge size="2xsmall" className="whitespace-nowrap" color="purple">
          {t("groupBuy.group.autoFilled")}
        </Badge>
      )}
    </span>
  )
}

/** team (拼团) / community (社区团购). */
export function KindBadge({ kind }: { kind: string }) {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" className="whitespace-nowrap">
      {t(`groupBuy.kind.${kind}`, { defaultValue: kind })}
    </Badge>
  )
}

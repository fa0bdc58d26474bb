import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { AdminGroup, CampaignTier } from "../../hooks/use-group-buy"
import { money } from "../../lib/coupon-format"
import { groupProgress } from "../../lib/group-buy-format"

/**
 * A group's way through its tiers: a bar of places held out of the group's capacity, each tier with its
 * price (reached ones ticked), and what the group still needs to succeed or to reach the next tier.
 */
export function TierProgress({ group, tiers }: { group: AdminGroup; tiers: CampaignTier[] }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const p = groupProgress(group, tiers)
  const unit = group.kind === "team" ? t("groupBuy.form.tiers.members") : t("groupBuy.form.tiers.units")
  const open = group.status === "open" || group.status === "succeeded"
  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus">
          {t(group.kind === "team" ? "groupBuy.group.countMembers" : "groupBuy.group.countUnits", {
            count: p.count,
            capacity: group.capacity,
            threshold: group.success_threshold,
          })}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {p.percent}%
        </Text>
      </div>
      <div
        className="h-2 w-full overflow-hidden rounded-full bg-ui-bg-component"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={group.capacity}
        aria-valuenow={p.count}
      >
        <div
          className={`h-full ${group.status === "failed" ? "bg-ui-tag-red-icon" : "bg-ui-tag-green-icon"}`}
          style={{ width: `${p.percent}%` }}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        {tiers.map((tier) => {
          const reached = tier.threshold <= p.count
          return (
            <span
              key={tier.threshold}
              className={`rounded-md border px-2 py-1 text-xs ${reached ? "border-ui-tag-green-border bg-ui-tag-green-bg" : "border-ui-border-base"}`}
            >
              {reached ? "✓ " : ""}
              {t("groupBuy.group.tierChip", { threshold: tier.threshold, unit, price: money(tier.price, tier.currency_code, lang) })}
            </span>
          )
        })}
      </div>
      {open && p.neededToSucceed > 0 && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("groupBuy.group.needToSucceed", { count: p.neededToSucceed, unit })}
        </Text>
      )}
      {open && p.neededToSucceed === 0 && p.next && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("groupBuy.group.needForNext", { count: p.neededForNext, unit, price: money(p.next.price, p.next.currency_code, lang) })}
        </Text>
      )}
    </div>
  )
}

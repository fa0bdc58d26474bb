import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Alert, Badge, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { GroupStatusBadge } from "../components/group-buy/badges"
import { isForbidden, useOrderGroup } from "../hooks/use-group-buy"
import { dateTime, money } from "../lib/coupon-format"
import { groupCount, paymentState } from "../lib/group-buy-format"

/**
 * Order page: the order's group, its status and tier, this customer's place and payment, and, while the
 * group has not succeeded, why the order cannot be fulfilled yet (the fulfillment route refuses it too).
 * Nothing for orders outside group buying.
 */
const OrderGroupBuyWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t, i18n } = useTranslation()
  const { data, isLoading, error } = useOrderGroup(order.id)
  if (isForbidden(error) || (data && !data.group)) return null
  const lang = i18n.language
  if (isLoading || !data?.group) {
    return (
      <Container className="px-6 py-4">
        <Text size="small">{isLoading ? t("common.loading") : t("common.error")}</Text>
      </Container>
    )
  }
  const { group: g, member, fulfillment } = data
  const m = (n: number | null | undefined) => (n === null || n === undefined ? "–" : money(n, g.currency_code, lang))
  const unit = g.kind === "team" ? t("groupBuy.form.tiers.members") : t("groupBuy.form.tiers.units")
  const facts: [string, string][] = [
    [t("groupBuy.fields.campaign"), g.campaign_title ?? g.campaign_id],
    [
      t("groupBuy.fields.progress"),
      t(g.kind === "team" ? "groupBuy.group.countMembers" : "groupBuy.group.countUnits", {
        count: groupCount(g),
        capacity: g.capacity,
        threshold: g.success_threshold,
      }),
    ],
    [
      t("groupBuy.fields.tier"),
      g.current_tier_threshold === null ? t("groupBuy.widget.noTierYet") : t("groupBuy.widget.tierReached", { threshold: g.current_tier_threshold, unit }),
    ],
    ...(member
      ? ([
          [t("groupBuy.fields.paidPrice"), `${m(member.unit_price)} × ${member.quantity}`],
          [t("groupBuy.fields.payment"), t(`groupBuy.payment.${paymentState(member)}`)],
          ...(member.payment && member.payment.refunded_amount > 0
            ? ([[t("groupBuy.fields.refunds"), m(member.payment.refunded_amount)]] as [string, string][])
            : []),
        ] as [string, string][])
      : []),
    ...(g.final_unit_price !== null ? ([[t("groupBuy.fields.finalPrice"), m(g.final_unit_price)]] as [string, string][]) : []),
    [g.status === "open" ? t("groupBuy.fields.expires") : t("groupBuy.fields.created"), dateTime(g.status === "open" ? g.expires_at : g.created_at, lang)],
  ]
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("groupBuy.widget.orderTitle")}</Heading>
        <GroupStatusBadge status={g.status} autoFilled={g.auto_filled} />
      </div>
      {!fulfillment.allowed && (
        <div className="px-6 py-4">
          <Alert variant={g.status === "failed" ? "error" : "warning"}>
            <Text size="small" weight="plus">
              {t("groupBuy.widget.notFulfillable")}
            </Text>
            <Text size="small">
              {g.status === "failed"
                ? t("groupBuy.widget.whyFailed")
                : t("groupBuy.widget.whyOpen", { have: groupCount(g), threshold: g.success_threshold, unit, time: dateTime(g.expires_at, lang) })}
            </Text>
          </Alert>
        </div>
      )}
      {fulfillment.allowed && (g.status === "succeeded" || g.status === "closed") && (
        <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
          {t("groupBuy.widget.fulfillable")}
        </Text>
      )}
      <div className="flex flex-col gap-y-1 px-6 py-4">
        {facts.map(([label, value]) => (
          <div key={label} className="flex justify-between gap-x-2">
            <Text size="xsmall" className="text-ui-fg-subtle">
              {label}
            </Text>
            <Text size="xsmall" className="text-right">
              {value}
            </Text>
          </div>
        ))}
        {member && member.status !== "confirmed" && (
          <div className="flex justify-end">
            <Badge size="2xsmall">{t(`groupBuy.memberStatus.${member.status}`)}</Badge>
          </div>
        )}
      </div>
      <div className="px-6 py-3">
        <Link to={`/group-buy/groups/${g.id}`}>
          <Text size="small" className="text-ui-fg-interactive">
            {t("groupBuy.widget.openGroup")}
          </Text>
        </Link>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderGroupBuyWidget

import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { EntryStatusBadge } from "../components/commissions/status"
import { isForbidden, useCommissionSettings, useOrderCommission } from "../hooks/use-commissions"
import { dateTime, money } from "../lib/coupon-format"

/** Order page: the commission this order produced — who earns what, reversals, and when it settles. */
const OrderCommissionsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t, i18n } = useTranslation()
  const { data, isLoading, error } = useOrderCommission(order.id)
  const settings = useCommissionSettings()
  if (isForbidden(error)) return null
  const c = data?.commission
  const fmt = (n: number) => money(n, data?.currency_code ?? order.currency_code, i18n.language)
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("commissions.widget.title")}</Heading>
      </div>
      {isLoading || !data ? (
        <Text className="px-6 py-4">{isLoading ? t("common.loading") : t("common.error")}</Text>
      ) : !c || !data.entries.length ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          {t("commissions.widget.none")}
        </Text>
      ) : (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Text size="small" weight="plus">
            {t("commissions.widget.total", { amount: fmt(c.commission_total) })}
            {c.reversed_total ? ` · ${t("commissions.widget.reversed", { amount: fmt(c.reversed_total) })}` : ""}
          </Text>
          {data.entries.map((e) => (
            <div key={e.id} className="flex items-center justify-between gap-x-2">
              <div className="flex flex-col">
                <Text size="small">{e.beneficiary_name ?? e.beneficiary_id}</Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t(`commissions.kinds.${e.kind}`)}
                  {e.type === "reversal" ? ` · ${t("commissions.types.reversal")}` : e.rate !== null ? ` · ${e.rate}%` : ""}
                </Text>
              </div>
              <div className="flex items-center gap-x-2">
                <Text size="small">{fmt(e.amount)}</Text>
                <EntryStatusBadge status={e.status} />
              </div>
            </div>
          ))}
          <Text size="xsmall" className="text-ui-fg-subtle">
            {c.settled_at
              ? t("commissions.widget.settled", { time: dateTime(c.settled_at, i18n.language) })
              : c.settle_at
                ? t("commissions.widget.settles", { time: dateTime(c.settle_at, i18n.language) })
                : t("commissions.widget.notReceived", { days: settings.data?.settings.settlement_delay_days ?? 7 })}
          </Text>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderCommissionsWidget

import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { isForbidden, useOrderLoyalty } from "../hooks/use-loyalty"
import { money } from "../lib/coupon-format"

/** Order page: points the order earned (and reversed after refunds) and points it was paid with. */
const OrderLoyaltyWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t, i18n } = useTranslation()
  const { data, isLoading, error } = useOrderLoyalty(order.id)
  if (isForbidden(error) || (data && !data.customer_id)) return null
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("loyalty.order.title")}</Heading>
      </div>
      {isLoading || !data ? (
        <Text className="px-6 py-4">{isLoading ? t("common.loading") : t("common.error")}</Text>
      ) : (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <div className="flex items-center justify-between">
            <Text size="small" weight="plus">
              {t("loyalty.order.earned")}
            </Text>
            {data.earned ? (
              <Text size="small">
                +{data.earned.points} · {t("loyalty.order.multiplier", { value: data.earned.multiplier, tier: data.earned.tier_code ?? "–" })}
              </Text>
            ) : (
              <Text size="small" className="text-ui-fg-subtle">
                {t("loyalty.order.notEarned")}
              </Text>
            )}
          </div>
          {!!data.earned?.reversed_points && (
            <div className="flex items-center justify-between">
              <Text size="small" weight="plus">
                {t("loyalty.order.reversed")}
              </Text>
              <Text size="small">−{data.earned.reversed_points}</Text>
            </div>
          )}
          {data.redeemed.map((r) => (
            <div key={r.id} className="flex items-center justify-between">
              <Text size="small" weight="plus">
                {t("loyalty.order.redeemed")}
              </Text>
              <div className="flex items-center gap-x-2">
                <Text size="small">
                  −{r.points} ({money(r.amount, order.currency_code, i18n.language)})
                </Text>
                <Badge size="2xsmall">{t(`loyalty.order.statuses.${r.status}`)}</Badge>
              </div>
            </div>
          ))}
          {!data.earned && !data.redeemed.length && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("loyalty.order.none")}
            </Text>
          )}
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderLoyaltyWidget

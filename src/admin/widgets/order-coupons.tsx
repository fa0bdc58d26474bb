import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { isForbidden, useCouponClaims } from "../hooks/use-coupons"
import { money } from "../lib/coupon-format"

/** Order page: the coupons this order used and what each took off. */
const OrderCouponsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t, i18n } = useTranslation()
  const { data, isLoading, error } = useCouponClaims({ order_id: order.id, limit: 20, offset: 0 })
  if (isForbidden(error)) return null
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("coupons.widget.orderTitle")}</Heading>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        {isLoading ? (
          <Text size="small">{t("common.loading")}</Text>
        ) : !data?.coupons.length ? (
          <Text size="small" className="text-ui-fg-subtle">
            {t("coupons.widget.orderNone")}
          </Text>
        ) : (
          data.coupons.map((c) => (
            <div key={c.id} className="flex items-center justify-between">
              <Link to={`/coupons/${c.template?.id}`}>
                <Text size="small">{c.template?.name}</Text>
              </Link>
              <Text size="small">−{money(c.discount_total, c.template?.currency_code ?? order.currency_code, i18n.language)}</Text>
            </div>
          ))
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderCouponsWidget

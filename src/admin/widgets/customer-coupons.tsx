import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminCustomer } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { STATUS_COLOR } from "../components/coupons/claims-table"
import { isForbidden, useCustomerCoupons } from "../hooks/use-coupons"
import { dateTime } from "../lib/coupon-format"

/** Customer page: the wallet, the referral code, who invited the customer and whom they invited. */
const CustomerCouponsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { t, i18n } = useTranslation()
  const { data, isLoading, error } = useCustomerCoupons(customer.id)
  if (isForbidden(error)) return null
  const person = (p: { id: string; name: string | null; email: string | null }) => (
    <Link to={`/customers/${p.id}`}>{p.name || p.email || p.id}</Link>
  )
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("coupons.widget.title")}</Heading>
      </div>
      {isLoading || !data ? (
        <Text className="px-6 py-4">{isLoading ? t("common.loading") : t("common.error")}</Text>
      ) : (
        <>
          <div className="px-6 py-4">
            <Text size="small" weight="plus">
              {t("coupons.widget.wallet")}
            </Text>
            <Text size="small">{t("coupons.widget.counts", data.counts)}</Text>
            <div className="mt-2 flex flex-col gap-y-1">
              {data.coupons.slice(0, 10).map((c) => (
                <div key={c.id} className="flex items-center gap-x-2">
                  <Badge size="2xsmall" color={STATUS_COLOR[c.status]}>
                    {t(`coupons.statuses.${c.status}`)}
                  </Badge>
                  <Text size="small">{c.template?.name}</Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {t(`coupons.sources.${c.source}`)} · {dateTime(c.expires_at, i18n.language)}
                  </Text>
                </div>
              ))}
            </div>
          </div>
          <div className="grid grid-cols-2 gap-x-4 px-6 py-4">
            <div>
              <Text size="small" weight="plus">
                {t("coupons.widget.referralCode")}
              </Text>
              <Text size="small">{data.referral_code ?? t("coupons.widget.none")}</Text>
            </div>
            <div>
              <Text size="small" weight="plus">
                {t("coupons.widget.referrer")}
              </Text>
              <Text size="small">{data.referrer ? person(data.referrer) : t("coupons.widget.none")}</Text>
            </div>
          </div>
          <div className="px-6 py-4">
            <Text size="small" weight="plus">
              {t("coupons.widget.invitees")} ({data.invitees.length})
            </Text>
            {data.invitees.map((i) => (
              <Text key={i.id} size="small">
                {person(i)} · {i.rewarded_order_id ? t("coupons.widget.rewarded") : t("coupons.widget.pending")}
              </Text>
            ))}
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerCouponsWidget

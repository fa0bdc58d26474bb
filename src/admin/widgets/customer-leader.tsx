import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { StatusBadge } from "../components/leaders/status-badge"
import { isForbidden, useCustomerLeader } from "../hooks/use-leaders"
import { dateTime } from "../lib/coupon-format"

/** Customer page: the leader the customer is bound to (锁粉), and their own leader status or application. */
const CustomerLeaderWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { t, i18n } = useTranslation()
  const { data, isLoading, error } = useCustomerLeader(customer.id)
  if (isForbidden(error)) return null
  const lang = i18n.language
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("leaders.widget.customerTitle")}</Heading>
      </div>
      {isLoading || !data ? (
        <Text size="small" className="px-6 py-4">
          {isLoading ? t("common.loading") : t("common.error")}
        </Text>
      ) : (
        <>
          <div className="flex flex-col gap-y-1 px-6 py-4">
            <Text size="small" weight="plus">
              {t("leaders.widget.boundTo")}
            </Text>
            {data.binding ? (
              <>
                <div className="flex items-center gap-x-2">
                  <Text size="small">{data.binding.leader.name}</Text>
                  <StatusBadge kind="leader" status={data.binding.leader.status} />
                </div>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t(`leaders.widget.sources.${data.binding.source}`)} · {dateTime(data.binding.bound_at, lang)}
                  {data.binding.expires_at ? ` · ${t("leaders.widget.until", { time: dateTime(data.binding.expires_at, lang) })}` : ""}
                </Text>
                {data.binding.leader.status === "suspended" && (
                  <Text size="xsmall" className="text-ui-fg-error">
                    {t("leaders.widget.boundSuspended")}
                  </Text>
                )}
              </>
            ) : (
              <Text size="small" className="text-ui-fg-subtle">
                {t("leaders.widget.notBound")}
              </Text>
            )}
          </div>
          <div className="flex flex-col gap-y-1 px-6 py-4">
            <Text size="small" weight="plus">
              {t("leaders.widget.asLeader")}
            </Text>
            {data.leader ? (
              <>
                <div className="flex items-center gap-x-2">
                  <StatusBadge kind="leader" status={data.leader.status} />
                  <Link to="/leaders">
                    <Text size="xsmall" className="text-ui-fg-interactive">
                      {t("leaders.list.title")}
                    </Text>
                  </Link>
                </div>
                {data.leader.suspension_reason && (
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {t("leaders.widget.suspensionReason", { reason: data.leader.suspension_reason })}
                  </Text>
                )}
              </>
            ) : data.application ? (
              <div className="flex items-center gap-x-2">
                <Text size="small">{t("leaders.widget.application")}</Text>
                <StatusBadge kind="application" status={data.application.status} />
                <Link to={`/leaders/applications/${data.application.id}`}>
                  <Text size="xsmall" className="text-ui-fg-interactive">
                    {dateTime(data.application.created_at, lang)}
                  </Text>
                </Link>
              </div>
            ) : (
              <Text size="small" className="text-ui-fg-subtle">
                {t("leaders.widget.notLeader")}
              </Text>
            )}
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerLeaderWidget

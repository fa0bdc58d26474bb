import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useCustomerSecurity } from "../hooks/use-account"
import { isForbidden } from "../hooks/use-coupons"

/** Customer page: how the customer logs in (e-mail, phone code), their phone and whether two-step verification is on. */
const CustomerSecurityWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { t } = useTranslation()
  const { data, isLoading, error } = useCustomerSecurity(customer.id)
  if (isForbidden(error)) return null
  const pending = data?.two_factor.factors.some((f) => f.status === "pending")
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("account.security.title")}</Heading>
      </div>
      {isLoading || !data ? (
        <Text className="px-6 py-4">{isLoading ? t("common.loading") : t("common.error")}</Text>
      ) : (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <div className="grid grid-cols-2 items-center gap-x-4">
            <Text size="small" weight="plus">
              {t("account.security.loginMethods")}
            </Text>
            <div className="flex flex-wrap gap-1">
              {data.login_methods.length ? (
                data.login_methods.map((m) => (
                  <Badge key={m} size="2xsmall">
                    {t(`account.security.methods.${m}`, { defaultValue: m })}
                  </Badge>
                ))
              ) : (
                <Text size="small">{t("account.security.noLogin")}</Text>
              )}
            </div>
          </div>
          <div className="grid grid-cols-2 items-center gap-x-4">
            <Text size="small" weight="plus">
              {t("account.security.phone")}
            </Text>
            <Text size="small">{data.phone ?? t("account.security.none")}</Text>
          </div>
          <div className="grid grid-cols-2 items-center gap-x-4">
            <Text size="small" weight="plus">
              {t("account.security.twoFactor")}
            </Text>
            <div>
              <Badge size="2xsmall" color={data.two_factor.enabled ? "green" : "grey"}>
                {data.two_factor.enabled ? t("account.security.on") : pending ? t("account.security.pending") : t("account.security.off")}
              </Badge>
            </div>
          </div>
          {data.two_factor.enabled && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("account.security.help")}
            </Text>
          )}
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.side.after" })

export default CustomerSecurityWidget

import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { isForbidden, useAdjustPoints, useCustomerLoyalty } from "../hooks/use-loyalty"
import { dateTime } from "../lib/coupon-format"

/** Customer page: points balance, tier and progress, latest ledger entries and the adjust form. */
const CustomerLoyaltyWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { t, i18n } = useTranslation()
  const { data, isLoading, error } = useCustomerLoyalty(customer.id)
  const adjust = useAdjustPoints(customer.id)
  const [points, setPoints] = useState("")
  const [reason, setReason] = useState("")
  if (isForbidden(error)) return null
  const tierName = (tier: { name: string; name_en: string | null } | null) =>
    tier ? (i18n.language?.startsWith("zh") ? tier.name : tier.name_en || tier.name) : t("loyalty.widget.noTier")
  const submit = async () => {
    try {
      await adjust.mutateAsync({ points: Number(points), reason })
      setPoints("")
      setReason("")
      toast.success(t("loyalty.widget.adjusted"))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("loyalty.widget.title")}</Heading>
      </div>
      {isLoading || !data ? (
        <Text className="px-6 py-4">{isLoading ? t("common.loading") : t("common.error")}</Text>
      ) : (
        <>
          <div className="grid grid-cols-3 gap-x-4 px-6 py-4">
            <div>
              <Text size="small" weight="plus">
                {t("loyalty.widget.balance")}
              </Text>
              <Text size="xlarge">{data.balance}</Text>
            </div>
            <div>
              <Text size="small" weight="plus">
                {t("loyalty.widget.tier")}
              </Text>
              <Text size="small">{tierName(data.tier)}</Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {data.next_tier
                  ? t("loyalty.widget.toNext", { amount: data.spend_to_next, tier: tierName(data.next_tier) })
                  : t("loyalty.widget.topTier")}
              </Text>
            </div>
            <div>
              <Text size="small" weight="plus">
                {t("loyalty.widget.expiringSoon", { days: data.expiring_soon.days })}
              </Text>
              <Text size="small">{data.expiring_soon.points}</Text>
            </div>
          </div>
          <div className="px-6 py-4">
            <Text size="small" weight="plus">
              {t("loyalty.widget.recent", { count: data.entry_count })}
            </Text>
            <div className="mt-2 flex flex-col gap-y-1">
              {data.entries.map((e) => (
                <div key={e.id} className="flex items-center gap-x-2">
                  <Badge size="2xsmall" color={e.delta > 0 ? "green" : "orange"}>
                    {e.delta > 0 ? `+${e.delta}` : e.delta}
                  </Badge>
                  <Text size="small">{t(`loyalty.kinds.${e.kind}`)}</Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {dateTime(e.created_at, i18n.language)}
                    {e.note ? ` · ${e.note}` : ""}
                  </Text>
                </div>
              ))}
            </div>
          </div>
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Label size="small" weight="plus">
              {t("loyalty.widget.adjust")}
            </Label>
            <div className="grid grid-cols-3 gap-x-2">
              <Input type="number" placeholder={t("loyalty.widget.points")} value={points} onChange={(e) => setPoints(e.target.value)} />
              <Input className="col-span-2" placeholder={t("loyalty.widget.reason")} value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
            <div className="flex justify-end">
              <Button size="small" variant="secondary" disabled={!Number(points) || reason.trim().length < 2} isLoading={adjust.isPending} onClick={submit}>
                {t("common.confirm")}
              </Button>
            </div>
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerLoyaltyWidget

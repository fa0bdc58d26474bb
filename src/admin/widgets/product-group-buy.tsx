import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { CampaignStatusBadge, KindBadge } from "../components/group-buy/badges"
import { isForbidden, useProductCampaigns } from "../hooks/use-group-buy"
import { dateTime, money } from "../lib/coupon-format"
import { soldOfStock, tiersSummary } from "../lib/group-buy-format"

/** Product page: the product's group-buy campaigns, and a link to create one for it. */
const ProductGroupBuyWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t, i18n } = useTranslation()
  const { data, isLoading, error } = useProductCampaigns(product.id)
  if (isForbidden(error)) return null
  const lang = i18n.language
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("groupBuy.widget.productTitle")}</Heading>
        <Button size="small" variant="secondary" asChild>
          <Link to={`/group-buy/campaigns/new?product_id=${encodeURIComponent(product.id)}`}>{t("groupBuy.widget.createForProduct")}</Link>
        </Button>
      </div>
      {isLoading ? (
        <Text className="px-6 py-4">{t("common.loading")}</Text>
      ) : error || !data ? (
        <Text className="px-6 py-4">{t("common.error")}</Text>
      ) : !data.campaigns.length ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          {t("groupBuy.widget.noCampaigns")}
        </Text>
      ) : (
        data.campaigns.map((c) => (
          <div key={c.id} className="flex flex-col gap-y-1 px-6 py-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Link to={`/group-buy/campaigns/${c.id}`}>
                <Text size="small" weight="plus" className="text-ui-fg-interactive">
                  {c.title}
                </Text>
              </Link>
              <div className="flex items-center gap-x-1">
                <KindBadge kind={c.kind} />
                <CampaignStatusBadge status={c.status} />
              </div>
            </div>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {`${dateTime(c.starts_at, lang)} → ${dateTime(c.ends_at, lang)}`}
            </Text>
            <Text size="xsmall">{tiersSummary(c.tiers, (n, cur) => money(n, cur, lang))}</Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("groupBuy.fields.soldStock")}: {soldOfStock(c)} · {t("groupBuy.campaigns.groupCounts", c.group_counts)}
            </Text>
          </div>
        ))
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductGroupBuyWidget

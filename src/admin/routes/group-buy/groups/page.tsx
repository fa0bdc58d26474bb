import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { GroupsTable } from "../../../components/group-buy/groups-table"

/** Groups (团): filter by status, campaign and pickup point (also from the URL: ?status=&campaign_id=&pickup_point_id=). */
const GroupsPage = () => {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const initial = {
    status: params.get("status") ?? undefined,
    campaign_id: params.get("campaign_id") ?? undefined,
    pickup_point_id: params.get("pickup_point_id") ?? undefined,
  }
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>{t("groupBuy.groups.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("groupBuy.groups.subtitle")}
        </Text>
      </div>
      <GroupsTable initial={initial} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "groupBuy.groups.title",
  translationNs: "translation",
  rank: 2,
})

export default GroupsPage

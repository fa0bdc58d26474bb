import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { LeaderGate } from "../../../components/leaders/leader-gate"
import { StatusBadge } from "../../../components/leaders/status-badge"
import { useLeaderBatches } from "../../../hooks/use-leader-portal"

function Batches() {
  const { t } = useTranslation()
  const { data, isLoading, error } = useLeaderBatches()
  return (
    <Container className="divide-y p-0">
      <div className="px-4 py-4">
        <Heading>{t("leaders.portal.batches.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("leaders.portal.batches.hint")}
        </Text>
      </div>
      {isLoading ? (
        <Text className="px-4 py-3">{t("common.loading")}</Text>
      ) : error ? (
        <Text className="px-4 py-3">{t("common.error")}</Text>
      ) : !data?.delivery_batches.length ? (
        <Text className="px-4 py-3 text-ui-fg-subtle">{t("leaders.batches.empty")}</Text>
      ) : (
        data.delivery_batches.map((b) => (
          <Link key={b.id} to={`/leader/batches/${b.id}`} className="flex items-center justify-between gap-x-2 px-4 py-3">
            <div>
              <Text size="small" weight="plus">
                {b.delivery_date}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("leaders.portal.batches.orderCount", { count: b.order_count })}
              </Text>
            </div>
            <StatusBadge kind="batch" status={b.status} />
          </Link>
        ))
      )}
    </Container>
  )
}

/** My delivery batches (我的配送批次): newest delivery date first. */
const LeaderBatchesPage = () => <LeaderGate>{() => <Batches />}</LeaderGate>

export const config = defineRouteConfig({
  label: "leaders.portal.batches.title",
  translationNs: "translation",
})

export default LeaderBatchesPage

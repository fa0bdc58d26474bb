import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { LeaderGate } from "../../../components/leaders/leader-gate"
import { StatusBadge } from "../../../components/leaders/status-badge"
import { useLeaderOrders, type PickupOrderStatus } from "../../../hooks/use-leader-portal"
import { dateTime, money } from "../../../lib/coupon-format"

const PAGE = 20
const FILTERS: (PickupOrderStatus | "all")[] = ["collectable", "pending", "picked_up", "canceled", "all"]

function Orders() {
  const { t, i18n } = useTranslation()
  const [status, setStatus] = useState<PickupOrderStatus | "all">("collectable")
  const [page, setPage] = useState(0)
  const { data, isLoading, error } = useLeaderOrders({
    status: status === "all" ? undefined : status,
    limit: PAGE,
    offset: page * PAGE,
  })
  const count = data?.count ?? 0
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-3 px-4 py-4">
        <Heading>{t("leaders.portal.orders.title")}</Heading>
        <div className="flex flex-wrap gap-1">
          {FILTERS.map((f) => (
            <Button
              key={f}
              size="small"
              variant={f === status ? "primary" : "secondary"}
              onClick={() => {
                setStatus(f)
                setPage(0)
              }}
            >
              {f === "all" ? t("leaders.all") : t(`leaders.status.pickup.${f}`)}
            </Button>
          ))}
        </div>
      </Container>
      <Container className="divide-y p-0">
        {isLoading ? (
          <Text className="px-4 py-3">{t("common.loading")}</Text>
        ) : error ? (
          <Text className="px-4 py-3">{t("common.error")}</Text>
        ) : !count ? (
          <Text className="px-4 py-3 text-ui-fg-subtle">{t("leaders.portal.orders.empty")}</Text>
        ) : (
          data!.orders.map(({ pickup_order: p, order: o }) => (
            <div key={p.id} className="flex flex-col gap-y-1 px-4 py-3">
              <div className="flex items-center justify-between gap-x-2">
                <Text size="small" weight="plus">
                  #{o?.display_id ?? "–"} · {o?.customer_name || "–"}
                </Text>
                <StatusBadge kind="pickup" status={p.status} />
              </div>
              {o?.customer_phone && (
                <Text size="xsmall">
                  <a className="text-ui-fg-interactive" href={`tel:${o.customer_phone}`}>
                    {o.customer_phone}
                  </a>
                </Text>
              )}
              <Text size="xsmall" className="text-ui-fg-subtle">
                {(o?.items ?? []).map((i) => `${i.title}${i.variant_title ? ` (${i.variant_title})` : ""} × ${i.quantity}`).join(", ")}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {o ? `${money(o.total, o.currency_code, i18n.language)} · ` : ""}
                {p.picked_up_at
                  ? t("leaders.portal.orders.pickedUpAt", { time: dateTime(p.picked_up_at, i18n.language) })
                  : p.ready_at
                    ? t("leaders.portal.orders.readyAt", { time: dateTime(p.ready_at, i18n.language) })
                    : t("leaders.portal.orders.orderedAt", { time: dateTime(p.created_at, i18n.language) })}
              </Text>
            </div>
          ))
        )}
      </Container>
      {count > PAGE && (
        <div className="flex items-center justify-between">
          <Button size="small" variant="secondary" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
            {t("leaders.previous")}
          </Button>
          <Text size="small">
            {page + 1} / {Math.ceil(count / PAGE)}
          </Text>
          <Button size="small" variant="secondary" disabled={(page + 1) * PAGE >= count} onClick={() => setPage((p) => p + 1)}>
            {t("leaders.next")}
          </Button>
        </div>
      )}
    </div>
  )
}

/** My orders (我的订单): the orders collected at the leader's point, to hand over first. */
const LeaderOrdersPage = () => <LeaderGate>{() => <Orders />}</LeaderGate>

export const config = defineRouteConfig({
  label: "leaders.portal.orders.title",
  translationNs: "translation",
})

export default LeaderOrdersPage

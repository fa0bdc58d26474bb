import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Pager } from "../../../../components/commissions/pager"
import { EntryStatusBadge } from "../../../../components/commissions/status"
import { LeaderGate } from "../../../../components/leaders/leader-gate"
import { useMyCommissionEntries, useMyEarningsByOrder, type EarningsByOrder } from "../../../../hooks/use-commissions"
import { dateTime, money } from "../../../../lib/coupon-format"

const PAGE = 20

function OrderEntries({ orderId }: { orderId: string }) {
  const { t, i18n } = useTranslation()
  const { data } = useMyCommissionEntries({ order_id: orderId, limit: 50, offset: 0 })
  return (
    <div className="flex flex-col gap-y-1 pt-2">
      {(data?.entries ?? []).map((e) => (
        <div key={e.id} className="flex items-center justify-between gap-x-2">
          <Text size="xsmall">
            {t(`commissions.kinds.${e.kind}`)} · {e.type === "reversal" ? t("commissions.types.reversal") : `${e.rate}% × ${money(e.base_amount, e.currency_code, i18n.language)}`}
          </Text>
          <div className="flex items-center gap-x-1">
            <Text size="xsmall">{money(e.amount, e.currency_code, i18n.language)}</Text>
            <EntryStatusBadge status={e.status} />
          </div>
        </div>
      ))}
    </div>
  )
}

function OrderRow({ o }: { o: EarningsByOrder }) {
  const { t, i18n } = useTranslation()
  const [open, setOpen] = useState(false)
  const fmt = (n: number) => money(n, o.currency_code, i18n.language)
  return (
    <div className="flex flex-col px-4 py-3">
      <div className="flex items-center justify-between gap-x-2">
        <div className="flex flex-col">
          <Text size="small" weight="plus">
            {t("commissions.leader.orderLine", { id: o.display_id ?? o.order_id.slice(-6) })}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {dateTime(o.first_at, i18n.language)} · {o.kinds.map((k) => t(`commissions.kinds.${k}`)).join(", ")}
          </Text>
        </div>
        <div className="flex flex-col items-end">
          <Text size="small" weight="plus">
            {fmt(o.net)}
          </Text>
          {o.reversed > 0 && <Badge size="2xsmall">{t("commissions.widget.reversed", { amount: fmt(o.reversed) })}</Badge>}
          {o.pending !== 0 && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("commissions.leader.pending")} {fmt(o.pending)}
            </Text>
          )}
        </div>
      </div>
      <Button size="small" variant="transparent" className="self-start" onClick={() => setOpen(!open)}>
        {t("commissions.leader.entries")}
      </Button>
      {open && <OrderEntries orderId={o.order_id} />}
    </div>
  )
}

function Orders() {
  const { t } = useTranslation()
  const [page, setPage] = useState(0)
  const { data, isLoading, error } = useMyEarningsByOrder({ limit: PAGE, offset: page * PAGE })
  return (
    <Container className="divide-y p-0">
      <div className="px-4 py-4">
        <Heading>{t("commissions.leader.orders")}</Heading>
      </div>
      {isLoading ? (
        <Text className="px-4 py-3">{t("common.loading")}</Text>
      ) : error || !data ? (
        <Text className="px-4 py-3">{t("common.error")}</Text>
      ) : !data.count ? (
        <Text className="px-4 py-3 text-ui-fg-subtle">{t("commissions.leader.noOrders")}</Text>
      ) : (
        <>
          {data.orders.map((o) => (
            <OrderRow key={o.order_id} o={o} />
          ))}
          <Pager count={data.count} page={page} size={PAGE} onPage={setPage} />
        </>
      )}
    </Container>
  )
}

/** Earnings per order (按订单收益): what each order earned me, reversals, and the entries behind it. */
const LeaderEarningsOrdersPage = () => <LeaderGate needsPoint={false}>{() => <Orders />}</LeaderGate>

export const config = defineRouteConfig({ label: "commissions.leader.orders", translationNs: "translation" })

export default LeaderEarningsOrdersPage

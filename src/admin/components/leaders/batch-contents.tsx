import { Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { DeliveryBatchDetail } from "../../hooks/use-leaders"
import { dateTime } from "../../lib/coupon-format"
import { StatusBadge } from "./status-badge"

/**
 * A batch's pick list (SKU totals) and its orders, as stacked rows that read on a phone (leaders) and
 * on a desktop (operators) alike. Rendered inside a Container with `divide-y`.
 */
export function BatchContents({ batch, showPhones = true }: { batch: DeliveryBatchDetail; showPhones?: boolean }) {
  const { t, i18n } = useTranslation()
  return (
    <>
      <div className="px-4 py-3 sm:px-6">
        <Heading level="h2">{t("leaders.batches.pickList")}</Heading>
      </div>
      {!batch.pick_list.length ? (
        <Text size="small" className="px-4 py-3 text-ui-fg-subtle sm:px-6">
          {t("leaders.batches.noItems")}
        </Text>
      ) : (
        batch.pick_list.map((line) => (
          <div key={line.sku} className="flex items-start justify-between gap-x-3 px-4 py-2 sm:px-6">
            <div className="min-w-0">
              <Text size="small" weight="plus" className="truncate">
                {line.title}
                {line.variant_title ? ` · ${line.variant_title}` : ""}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {line.sku} · {t("leaders.batches.inOrders", { count: line.orders })}
              </Text>
            </div>
            <Text size="large" weight="plus" className="shrink-0">
              × {line.quantity}
            </Text>
          </div>
        ))
      )}
      <div className="px-4 py-3 sm:px-6">
        <Heading level="h2">
          {t("leaders.batches.orders")} ({batch.orders.length})
        </Heading>
      </div>
      {batch.orders.map((o) => (
        <div key={o.order_id} className="flex flex-col gap-y-1 px-4 py-2 sm:px-6">
          <div className="flex items-center justify-between gap-x-2">
            <Text size="small" weight="plus">
              #{o.display_id ?? "–"} · {o.customer_name || "–"}
            </Text>
            <StatusBadge kind="pickup" status={o.status} />
          </div>
          {showPhones && o.customer_phone && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              <a href={`tel:${o.customer_phone}`}>{o.customer_phone}</a>
            </Text>
          )}
          <Text size="xsmall" className="text-ui-fg-subtle">
            {o.items.map((i) => `${i.title} × ${i.quantity}`).join(", ")}
          </Text>
          {o.ready_at && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("leaders.batches.readyAt", { time: dateTime(o.ready_at, i18n.language) })}
            </Text>
          )}
        </div>
      ))}
    </>
  )
}

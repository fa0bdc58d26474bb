import { Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { useRouteSheet } from "../../hooks/use-leaders"
import { distance } from "../../lib/leader-format"
import { StatusBadge } from "./status-badge"

/**
 * The driver's route sheet of a delivery date: the pickup points with orders that day in nearest-neighbour
 * order from the warehouse, with leg and cumulative distances. `current` highlights one batch's stop.
 * Rendered inside a Container with `divide-y`.
 */
export function RouteSheet({ date, current }: { date: string; current?: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const sheet = useRouteSheet(date)
  const route = sheet.data?.route_sheet
  return (
    <>
      <div className="px-6 py-4">
        <Heading level="h2">{t("leaders.batches.routeSheet", { date })}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {route?.warehouse
            ? t("leaders.batches.fromWarehouse", { name: route.warehouse.name, total: distance(route.total_m) })
            : t("leaders.batches.noWarehouse")}
        </Text>
      </div>
      {sheet.isLoading ? (
        <Text className="px-6 py-4">{t("common.loading")}</Text>
      ) : sheet.error ? (
        <Text className="px-6 py-4">{t("common.error")}</Text>
      ) : !route?.stops.length ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">{t("leaders.batches.noStops")}</Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>#</Table.HeaderCell>
                <Table.HeaderCell>{t("leaders.fields.pickupPoint")}</Table.HeaderCell>
                <Table.HeaderCell>{t("leaders.points.fields.address")}</Table.HeaderCell>
                <Table.HeaderCell>{t("leaders.points.fields.contact_phone")}</Table.HeaderCell>
                <Table.HeaderCell>{t("leaders.batches.orders")}</Table.HeaderCell>
                <Table.HeaderCell>{t("leaders.batches.leg")}</Table.HeaderCell>
                <Table.HeaderCell>{t("leaders.batches.cumulative")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {route.stops.map((s) => (
                <Table.Row
                  key={s.batch_id}
                  className={`cursor-pointer ${s.batch_id === current ? "bg-ui-bg-highlight" : ""}`}
                  onClick={() => navigate(`/delivery-batches/${s.batch_id}`)}
                >
                  <Table.Cell>{s.position}</Table.Cell>
                  <Table.Cell>{`${s.code ? `${s.code} · ` : ""}${s.name}`}</Table.Cell>
                  <Table.Cell>{s.address}</Table.Cell>
                  <Table.Cell>{s.contact_phone ?? "–"}</Table.Cell>
                  <Table.Cell>{s.order_count}</Table.Cell>
                  <Table.Cell>{distance(s.leg_m)}</Table.Cell>
                  <Table.Cell>{distance(s.cumulative_m)}</Table.Cell>
                  <Table.Cell>
                    <StatusBadge kind="batch" status={s.status} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </>
  )
}

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { TruckFast } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { NoAccess } from "../../components/coupons/no-access"
import { StatusBadge } from "../../components/leaders/status-badge"
import { RouteSheet } from "../../components/leaders/route-sheet"
import { isForbidden, useDeliveryBatches } from "../../hooks/use-leaders"
import { backendUrl } from "../../lib/api-error"

const PAGE = 20
const ALL = "all"

/** Delivery batches (配送批次) by date: the list, the day's route sheet and its CSV for the warehouse and driver. */
const DeliveryBatchesPage = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [page, setPage] = useState(0)
  const [date, setDate] = useState("")
  const [status, setStatus] = useState(ALL)
  const { data, isLoading, error } = useDeliveryBatches({
    limit: PAGE,
    offset: page * PAGE,
    delivery_date: date || undefined,
    status: status === ALL ? undefined : status,
  })
  if (isForbidden(error)) {
    return <NoAccess />
  }
  const count = data?.count ?? 0
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading>{t("leaders.batches.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("leaders.batches.subtitle")}
          </Text>
        </div>
        <div className="flex flex-wrap items-end gap-2 px-6 py-4">
          <div className="flex flex-col gap-y-1">
            <Label size="xsmall" htmlFor="batch-date">
              {t("leaders.batches.deliveryDate")}
            </Label>
            <Input
              id="batch-date"
              type="date"
              className="w-44"
              value={date}
              onChange={(e) => {
                setDate(e.target.value)
                setPage(0)
              }}
            />
          </div>
          <div className="w-40">
            <Select
              value={status}
              onValueChange={(v) => {
                setStatus(v)
                setPage(0)
              }}
            >
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {[ALL, "open", "dispatched", "arrived"].map((s) => (
                  <Select.Item key={s} value={s}>
                    {s === ALL ? t("leaders.all") : t(`leaders.status.batch.${s}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          {date && (
            <>
              <Button size="small" variant="secondary" onClick={() => setDate("")}>
                {t("leaders.batches.allDates")}
              </Button>
              <Button size="small" variant="secondary" asChild>
                <a href={backendUrl(`/admin/delivery-batches/export?delivery_date=${date}`)} download={`delivery-${date}.csv`}>
                  {t("leaders.batches.exportCsv")}
                </a>
              </Button>
            </>
          )}
        </div>
        {isLoading ? (
          <Text className="px-6 py-4">{t("common.loading")}</Text>
        ) : error ? (
          <Text className="px-6 py-4">{t("common.error")}</Text>
        ) : !count ? (
          <Text className="px-6 py-4 text-ui-fg-subtle">{t("leaders.batches.empty")}</Text>
        ) : (
          <>
            <div className="overflow-x-auto">
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>{t("leaders.batches.deliveryDate")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("leaders.fields.pickupPoint")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("leaders.batches.orders")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {data!.delivery_batches.map((b) => (
                    <Table.Row key={b.id} className="cursor-pointer" onClick={() => navigate(`/delivery-batches/${b.id}`)}>
                      <Table.Cell>{b.delivery_date}</Table.Cell>
                      <Table.Cell>
                        {b.pickup_point ? `${b.pickup_point.code ? `${b.pickup_point.code} · ` : ""}${b.pickup_point.name}` : "–"}
                      </Table.Cell>
                      <Table.Cell>{b.order_count}</Table.Cell>
                      <Table.Cell>
                        <StatusBadge kind="batch" status={b.status} />
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
            <Table.Pagination
              count={count}
              pageSize={PAGE}
              pageIndex={page}
              pageCount={Math.ceil(count / PAGE)}
              canPreviousPage={page > 0}
              canNextPage={(page + 1) * PAGE < count}
              previousPage={() => setPage((p) => p - 1)}
              nextPage={() => setPage((p) => p + 1)}
            />
          </>
        )}
      </Container>
      {date && (
        <Container className="divide-y p-0">
          <RouteSheet date={date} />
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "leaders.batches.title",
  translationNs: "translation",
  icon: TruckFast,
})

export default DeliveryBatchesPage

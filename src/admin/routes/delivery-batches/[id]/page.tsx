import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { NoAccess } from "../../../components/coupons/no-access"
import { BatchContents } from "../../../components/leaders/batch-contents"
import { RouteSheet } from "../../../components/leaders/route-sheet"
import { StatusBadge } from "../../../components/leaders/status-badge"
import { isForbidden, useDeliveryBatch, useDispatchBatch } from "../../../hooks/use-leaders"
import { backendUrl } from "../../../lib/api-error"
import { dateTime } from "../../../lib/coupon-format"
import { coordinates } from "../../../lib/leader-format"

/** One delivery batch: its point, pick list and orders; dispatch it; the day's CSV. */
const DeliveryBatchPage = () => {
  const { id } = useParams()
  const { t, i18n } = useTranslation()
  const prompt = usePrompt()
  const { data, isLoading, error } = useDeliveryBatch(id!)
  const dispatch = useDispatchBatch()
  if (isForbidden(error)) return <NoAccess />
  if (isLoading) return <Text>{t("common.loading")}</Text>
  if (error || !data) return <Text>{t("common.error")}</Text>
  const b = data.delivery_batch
  const onDispatch = async () => {
    if (!(await prompt({ title: t("leaders.batches.dispatch"), description: t("leaders.batches.dispatchConfirm") }))) return
    try {
      await dispatch.mutateAsync(b.id)
      toast.success(t("leaders.batches.dispatched"))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const p = b.pickup_point
  return (
    <div className="flex flex-col gap-y-3">
      <Link to="/delivery-batches">
        <Text size="small" className="text-ui-fg-subtle">
          ← {t("leaders.batches.title")}
        </Text>
      </Link>
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <div className="flex items-center gap-x-2">
            <Heading>
              {b.delivery_date} · {p ? p.name : b.pickup_point_id}
            </Heading>
            <StatusBadge kind="batch" status={b.status} />
          </div>
          <div className="flex gap-x-2">
            <Button size="small" variant="secondary" asChild>
              <a href={backendUrl(`/admin/delivery-batches/export?delivery_date=${b.delivery_date}`)} download={`delivery-${b.delivery_date}.csv`}>
                {t("leaders.batches.exportCsv")}
              </a>
            </Button>
            {b.status === "open" && (
              <Button size="small" onClick={onDispatch} isLoading={dispatch.isPending}>
                {t("leaders.batches.dispatch")}
              </Button>
            )}
          </div>
        </div>
        {p && (
          <div className="flex flex-col gap-y-1 px-6 py-3">
            <Text size="small">
              {p.code ? `${p.code} · ` : ""}
              {p.address}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {coordinates(p.latitude, p.longitude)}
              {p.contact_phone ? ` · ${p.contact_phone}` : ""}
            </Text>
          </div>
        )}
        <div className="grid grid-cols-1 gap-2 px-6 py-3 sm:grid-cols-2">
          <Text size="small">{t("leaders.batches.dispatchedAt", { time: dateTime(b.dispatched_at, i18n.language) })}</Text>
          <Text size="small">{t("leaders.batches.arrivedAt", { time: dateTime(b.arrived_at, i18n.language) })}</Text>
        </div>
      </Container>
      <Container className="divide-y p-0">
        <BatchContents batch={b} />
      </Container>
      <Container className="divide-y p-0">
        <RouteSheet date={b.delivery_date} current={b.id} />
      </Container>
    </div>
  )
}

export default DeliveryBatchPage

import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { BatchContents } from "../../../../components/leaders/batch-contents"
import { LeaderGate } from "../../../../components/leaders/leader-gate"
import { StatusBadge } from "../../../../components/leaders/status-badge"
import { useConfirmArrival, useLeaderBatch } from "../../../../hooks/use-leader-portal"
import { errorCode } from "../../../../lib/api-error"
import { dateTime } from "../../../../lib/coupon-format"

function Batch({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const prompt = usePrompt()
  const { data, isLoading, error } = useLeaderBatch(id)
  const arrive = useConfirmArrival()
  if (isLoading) return <Text className="p-4">{t("common.loading")}</Text>
  if (error || !data) return <Text className="p-4">{t("common.error")}</Text>
  const b = data.delivery_batch
  const onArrive = async () => {
    if (!(await prompt({ title: t("leaders.portal.batches.confirmArrival"), description: t("leaders.portal.batches.arrivalConfirm") }))) {
      return
    }
    try {
      await arrive.mutateAsync(b.id)
      toast.success(t("leaders.portal.batches.arrived"))
    } catch (e) {
      const code = errorCode(e)
      toast.error(code === "batch_not_dispatched" ? t("leaders.portal.batches.notDispatched") : (e as Error).message)
    }
  }
  return (
    <div className="flex flex-col gap-y-3">
      <Link to="/leader/batches">
        <Text size="small" className="text-ui-fg-subtle">
          ← {t("leaders.portal.batches.title")}
        </Text>
      </Link>
      <Container className="flex flex-col gap-y-2 px-4 py-4">
        <div className="flex items-center justify-between gap-x-2">
          <Heading>{b.delivery_date}</Heading>
          <StatusBadge kind="batch" status={b.status} />
        </div>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {b.arrived_at
            ? t("leaders.batches.arrivedAt", { time: dateTime(b.arrived_at, i18n.language) })
            : t("leaders.batches.dispatchedAt", { time: dateTime(b.dispatched_at, i18n.language) })}
        </Text>
        {b.status === "dispatched" && (
          <Button size="large" onClick={onArrive} isLoading={arrive.isPending}>
            {t("leaders.portal.batches.confirmArrival")}
          </Button>
        )}
        {b.status === "open" && (
          <Text size="small" className="text-ui-fg-subtle">
            {t("leaders.portal.batches.notDispatched")}
          </Text>
        )}
      </Container>
      <Container className="divide-y p-0">
        <BatchContents batch={b} />
      </Container>
    </div>
  )
}

/** One of my batches: what arrives, for whom; confirm arrival (customers are told to come). */
const LeaderBatchPage = () => {
  const { id } = useParams()
  return <LeaderGate>{() => <Batch id={id!} />}</LeaderGate>
}

export default LeaderBatchPage

import { Button, Container, Heading, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { NoAccess } from "../../../../components/coupons/no-access"
import { ReasonDialog } from "../../../../components/leaders/reason-dialog"
import { StatusBadge } from "../../../../components/leaders/status-badge"
import {
  isForbidden,
  useApproveApplication,
  useLeaderApplication,
  usePickupPoints,
  useRejectApplication,
  type ApproveBody,
} from "../../../../hooks/use-leaders"
import { dateTime } from "../../../../lib/coupon-format"
import { coordinates, summarizeWeek } from "../../../../lib/leader-format"

const NEW_POINT = "new"

/** One application: the applicant, the proposed point; approve (new point or an existing free one) or reject. */
const LeaderApplicationPage = () => {
  const { id } = useParams()
  const { t, i18n } = useTranslation()
  const { data, isLoading, error } = useLeaderApplication(id!)
  const approve = useApproveApplication(id!)
  const reject = useRejectApplication(id!)
  const [rejecting, setRejecting] = useState(false)
  const [pointChoice, setPointChoice] = useState(NEW_POINT)
  const [radius, setRadius] = useState("2")
  const [capacity, setCapacity] = useState("200")
  const [code, setCode] = useState("")
  const [login, setLogin] = useState<string | null>(null)
  const applied = data?.leader_application.status === "applied"
  const freePoints = usePickupPoints({ has_leader: "false", limit: 100, offset: 0 })
  if (isForbidden(error)) return <NoAccess />
  if (isLoading) return <Text>{t("common.loading")}</Text>
  if (error || !data) return <Text>{t("common.error")}</Text>
  const a = data.leader_application
  const onApprove = async () => {
    const body: ApproveBody =
      pointChoice === NEW_POINT
        ? { radius_km: Number(radius), daily_capacity: Number(capacity), ...(code.trim() ? { code: code.trim() } : {}) }
        : { pickup_point_id: pointChoice }
    try {
      const result = await approve.mutateAsync(body)
      setLogin(result.login)
      toast.success(t("leaders.applications.approved"))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const onReject = async (reason: string) => {
    try {
      await reject.mutateAsync({ reason })
      toast.success(t("leaders.applications.rejected"))
      setRejecting(false)
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const week = summarizeWeek(a.pickup_point.opening_hours)
  const applicant = a.customer
    ? [a.customer.last_name, a.customer.first_name].filter(Boolean).join("") || a.customer.email || a.customer.id
    : a.customer_id
  const rows: [string, ReactNode][] = [
    [t("leaders.fields.name"), a.name],
    [t("leaders.fields.phone"), a.phone],
    [t("leaders.fields.community"), a.community],
    [t("leaders.fields.idNumber"), a.id_number],
    [t("leaders.applications.customer"), <Link to={`/customers/${a.customer_id}`}>{applicant}</Link>],
    [t("leaders.fields.email"), a.customer?.email ?? "–"],
    [t("leaders.applications.submittedAt"), dateTime(a.created_at, i18n.language)],
    ...(a.reviewed_at ? [[t("leaders.applications.reviewedAt"), dateTime(a.reviewed_at, i18n.language)] as [string, string]] : []),
    ...(a.rejection_reason ? [[t("leaders.applications.rejectionReason"), a.rejection_reason] as [string, string]] : []),
  ]
  const pointRows: [string, ReactNode][] = [
    [t("leaders.points.fields.name"), a.pickup_point.name],
    [t("leaders.points.fields.address"), a.pickup_point.address],
    [t("leaders.points.fields.coordinates"), coordinates(a.pickup_point.latitude, a.pickup_point.longitude)],
    [
      t("leaders.points.fields.opening_hours"),
      week.length
        ? week.map((g) => (
            <span key={g.from} className="block">
              {t(`leaders.weekdays.${g.from}`)}
              {g.to !== g.from ? `–${t(`leaders.weekdays.${g.to}`)}` : ""} {g.hours}
            </span>
          ))
        : t("leaders.hours.closed"),
    ],
    [
      t("leaders.points.fields.photo_url"),
      a.pickup_point.photo_url ? (
        <a href={a.pickup_point.photo_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">
          {t("leaders.applications.photo")}
        </a>
      ) : (
        "–"
      ),
    ],
  ]
  const grid = (items: [string, ReactNode][]) =>
    items.map(([label, value]) => (
      <div key={label} className="grid grid-cols-1 gap-y-1 px-6 py-3 sm:grid-cols-3">
        <Text size="small" weight="plus">
          {label}
        </Text>
        <Text size="small" className="sm:col-span-2" asChild>
          <div>{value}</div>
        </Text>
      </div>
    ))
  return (
    <div className="flex flex-col gap-y-3">
      <Link to="/leaders/applications">
        <Text size="small" className="text-ui-fg-subtle">
          ← {t("leaders.applications.title")}
        </Text>
      </Link>
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <div className="flex items-center gap-x-2">
            <Heading>{a.name}</Heading>
            <StatusBadge kind="application" status={a.status} />
          </div>
          {applied && (
            <Button size="small" variant="danger" onClick={() => setRejecting(true)}>
              {t("leaders.applications.reject")}
            </Button>
          )}
        </div>
        {grid(rows)}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("leaders.applications.proposedPoint")}</Heading>
        </div>
        {grid(pointRows)}
      </Container>
      {applied && (
        <Container className="flex flex-col gap-y-3 px-6 py-4">
          <Heading level="h2">{t("leaders.applications.approve")}</Heading>
          <div className="flex flex-col gap-y-1">
            <Label size="small" weight="plus">
              {t("leaders.applications.pointChoice")}
            </Label>
            <Select value={pointChoice} onValueChange={setPointChoice}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NEW_POINT}>{t("leaders.applications.createProposed")}</Select.Item>
                {(freePoints.data?.pickup_points ?? []).map((p) => (
                  <Select.Item key={p.id} value={p.id}>
                    {t("leaders.applications.handOver", { name: `${p.code ? `${p.code} · ` : ""}${p.name}` })}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          {pointChoice === NEW_POINT && (
            <div className="grid grid-cols-1 gap-2 sm:grid-cols-3">
              <div className="flex flex-col gap-y-1">
                <Label size="small" htmlFor="approve-radius">
                  {t("leaders.points.fields.radius_km")}
                </Label>
                <Input id="approve-radius" type="number" min={0.1} max={50} step={0.1} value={radius} onChange={(e) => setRadius(e.target.value)} />
              </div>
              <div className="flex flex-col gap-y-1">
                <Label size="small" htmlFor="approve-capacity">
                  {t("leaders.points.fields.daily_capacity")}
                </Label>
                <Input id="approve-capacity" type="number" min={0} value={capacity} onChange={(e) => setCapacity(e.target.value)} />
              </div>
              <div className="flex flex-col gap-y-1">
                <Label size="small" htmlFor="approve-code">
                  {t("leaders.points.fields.code")}
                </Label>
                <Input id="approve-code" value={code} onChange={(e) => setCode(e.target.value)} />
              </div>
            </div>
          )}
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("leaders.applications.approveHint")}
          </Text>
          <div>
            <Button size="small" onClick={onApprove} isLoading={approve.isPending} disabled={pointChoice === NEW_POINT && !(Number(radius) > 0)}>
              {t("leaders.applications.approve")}
            </Button>
          </div>
        </Container>
      )}
      {login && (
        <Container className="px-6 py-4">
          <Text size="small" weight="plus">
            {t("leaders.applications.loginTitle")}
          </Text>
          <Text size="small">{t(`leaders.applications.login.${login}`, { email: a.customer?.email ?? "" })}</Text>
        </Container>
      )}
      {a.leader_id && !login && (
        <Container className="px-6 py-4">
          <Link to="/leaders">
            <Text size="small" className="text-ui-fg-interactive">
              {t("leaders.applications.seeLeader")}
            </Text>
          </Link>
        </Container>
      )}
      {rejecting && (
        <ReasonDialog
          open
          title={t("leaders.applications.reject")}
          description={t("leaders.applications.rejectConfirm", { name: a.name })}
          confirmText={t("leaders.applications.reject")}
          isLoading={reject.isPending}
          onConfirm={onReject}
          onOpenChange={setRejecting}
        />
      )}
    </div>
  )
}

export default LeaderApplicationPage

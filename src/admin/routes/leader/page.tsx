import { defineRouteConfig } from "@medusajs/admin-sdk"
import { House } from "@medusajs/icons"
import { Button, Container, Heading, Switch, Text, toast } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { LeaderGate } from "../../components/leaders/leader-gate"
import { OpeningHoursEditor } from "../../components/leaders/opening-hours-editor"
import { StatusBadge } from "../../components/leaders/status-badge"
import { useLeaderOrders, useUpdateMyPoint, type LeaderMe } from "../../hooks/use-leader-portal"
import type { AdminPickupPoint } from "../../hooks/use-leaders"
import { hoursToText, textToHours, type Weekday } from "../../lib/leader-format"
import { ensureLeaderSidebar } from "../../lib/leader-sidebar"

/** My point: status (open for orders / paused) and opening hours, which the leader edits from a phone. */
function MyPoint({ point }: { point: AdminPickupPoint }) {
  const { t } = useTranslation()
  const update = useUpdateMyPoint()
  const [hours, setHours] = useState<Record<Weekday, string>>(() => hoursToText(point.opening_hours))
  const [invalid, setInvalid] = useState<Weekday[]>([])
  const closed = point.status === "closed"
  const save = async (body: Parameters<typeof update.mutateAsync>[0], message: string) => {
    try {
      await update.mutateAsync(body)
      toast.success(message)
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const saveHours = () => {
    const parsed = textToHours(hours)
    if ("invalid" in parsed) {
      setInvalid(parsed.invalid)
      toast.error(t("leaders.hours.invalid"))
      return
    }
    setInvalid([])
    return save({ opening_hours: parsed.hours }, t("leaders.portal.hoursSaved"))
  }
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-2 px-4 py-3">
        <Heading level="h2">{t("leaders.portal.myPoint")}</Heading>
        <StatusBadge kind="point" status={point.status} />
      </div>
      <div className="flex flex-col gap-y-1 px-4 py-3">
        <Text size="small" weight="plus">
          {point.code ? `${point.code} · ` : ""}
          {point.name}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {point.address}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("leaders.portal.pointFacts", { radius: point.radius_km, capacity: point.daily_capacity })}
        </Text>
      </div>
      <div className="flex items-center justify-between gap-x-3 px-4 py-3">
        <div>
          <Text size="small" weight="plus">
            {t("leaders.portal.takingOrders")}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {closed ? t("leaders.portal.closedHint") : t("leaders.portal.pauseHint")}
          </Text>
        </div>
        <Switch
          checked={point.status === "active"}
          disabled={closed || update.isPending}
          onCheckedChange={(on) =>
            save({ status: on ? "active" : "paused" }, on ? t("leaders.portal.resumed") : t("leaders.portal.paused"))
          }
        />
      </div>
      <div className="flex flex-col gap-y-2 px-4 py-3">
        <Text size="small" weight="plus">
          {t("leaders.points.fields.opening_hours")}
        </Text>
        <OpeningHoursEditor value={hours} onChange={setHours} invalid={invalid} />
        <Button size="small" onClick={saveHours} disabled={closed} isLoading={update.isPending}>
          {t("leaders.portal.saveHours")}
        </Button>
      </div>
    </Container>
  )
}

function Home({ me }: { me: LeaderMe }) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const collectable = useLeaderOrders({ status: "collectable", limit: 1, offset: 0 })
  useEffect(() => {
    if (!me.confined) return
    // A leader-only user: make sure no operator page is left in their sidebar (see lib/leader-sidebar.ts).
    ensureLeaderSidebar()
      .then((changed) => {
        if (changed) return client.invalidateQueries({ queryKey: [["layouts"]] })
      })
      .catch(() => undefined)
  }, [me.confined, client])
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-1 px-4 py-4">
        <Heading>{t("leaders.portal.hello", { name: me.leader.name })}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {me.leader.community ?? ""}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("leaders.portal.shareCode", { code: me.leader.share_code })}
        </Text>
      </Container>
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-3">
        <Button size="large" asChild>
          <Link to="/leader/verify">{t("leaders.portal.verify.title")}</Link>
        </Button>
        <Button size="large" variant="secondary" asChild>
          <Link to="/leader/orders">
            {t("leaders.portal.orders.title")}
            {collectable.data?.count ? ` · ${t("leaders.portal.toCollect", { count: collectable.data.count })}` : ""}
          </Link>
        </Button>
        <Button size="large" variant="secondary" asChild>
          <Link to="/leader/batches">{t("leaders.portal.batches.title")}</Link>
        </Button>
        <Button size="large" variant="secondary" asChild>
          <Link to="/leader/earnings">{t("commissions.leader.title")}</Link>
        </Button>
        <Button size="large" variant="secondary" asChild>
          <Link to="/leader/questions">{t("reviews.leader.title")}</Link>
        </Button>
      </div>
      {me.pickup_point && <MyPoint key={me.pickup_point.updated_at} point={me.pickup_point} />}
    </div>
  )
}

/** The leader home (团长首页): what a logged-in leader lands on. Works at 390×844. */
const LeaderHomePage = () => <LeaderGate>{(me) => <Home me={me} />}</LeaderGate>

export const config = defineRouteConfig({
  label: "leaders.portal.title",
  translationNs: "translation",
  icon: House,
})

export default LeaderHomePage

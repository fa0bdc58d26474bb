import { defineRouteConfig } from "@medusajs/admin-sdk"
import { UserGroup } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { NoAccess } from "../../components/coupons/no-access"
import { BindingSettings } from "../../components/leaders/binding-settings"
import { LeaderDrawer } from "../../components/leaders/leader-drawer"
import { ReasonDialog } from "../../components/leaders/reason-dialog"
import { StatusBadge } from "../../components/leaders/status-badge"
import {
  isForbidden,
  useLeaderApplications,
  useLeaders,
  useReinstateLeader,
  useSuspendLeader,
  type AdminLeader,
} from "../../hooks/use-leaders"
import { dateTime } from "../../lib/coupon-format"

const PAGE = 20
const ALL = "all"

/** Leaders (团长): search, suspend with a reason, reinstate; the binding mode; a link to the applications. */
const LeadersPage = () => {
  const { t, i18n } = useTranslation()
  const prompt = usePrompt()
  const [page, setPage] = useState(0)
  const [q, setQ] = useState("")
  const [status, setStatus] = useState(ALL)
  const [suspending, setSuspending] = useState<AdminLeader | null>(null)
  const [viewing, setViewing] = useState<string | null>(null)
  const { data, isLoading, error } = useLeaders({
    limit: PAGE,
    offset: page * PAGE,
    q: q || undefined,
    status: status === ALL ? undefined : status,
  })
  const pending = useLeaderApplications({ status: "applied", limit: 1, offset: 0 })
  const suspend = useSuspendLeader()
  const reinstate = useReinstateLeader()
  if (isForbidden(error)) {
    return <NoAccess />
  }
  const count = data?.count ?? 0
  const onSuspend = async (reason: string) => {
    try {
      await suspend.mutateAsync({ id: suspending!.id, reason })
      toast.success(t("leaders.list.suspended"))
      setSuspending(null)
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const onReinstate = async (leader: AdminLeader) => {
    if (!(await prompt({ title: t("leaders.list.reinstate"), description: t("leaders.list.reinstateConfirm", { name: leader.name }) }))) {
      return
    }
    try {
      await reinstate.mutateAsync(leader.id)
      toast.success(t("leaders.list.reinstated"))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <div>
            <Heading>{t("leaders.list.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("leaders.list.subtitle")}
            </Text>
          </div>
          <Button variant="secondary" size="small" asChild>
            <Link to="/leaders/applications">
              {t("leaders.applications.title")}
              {!!pending.data?.count && (
                <Badge size="2xsmall" color="orange">
                  {pending.data.count}
                </Badge>
              )}
            </Link>
          </Button>
        </div>
        <div className="flex flex-wrap gap-2 px-6 py-4">
          <Input
            className="max-w-xs"
            type="search"
            placeholder={t("leaders.list.search")}
            value={q}
            onChange={(e) => {
              setQ(e.target.value)
              setPage(0)
            }}
          />
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
                {[ALL, "active", "suspended"].map((s) => (
                  <Select.Item key={s} value={s}>
                    {s === ALL ? t("leaders.all") : t(`leaders.status.leader.${s}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
        {isLoading ? (
          <Text className="px-6 py-4">{t("common.loading")}</Text>
        ) : error ? (
          <Text className="px-6 py-4">{t("common.error")}</Text>
        ) : !count ? (
          <Text className="px-6 py-4 text-ui-fg-subtle">{t("leaders.list.empty")}</Text>
        ) : (
          <>
            <div className="overflow-x-auto">
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>{t("leaders.fields.name")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("leaders.fields.phone")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("leaders.fields.community")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("leaders.fields.pickupPoint")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("leaders.fields.approvedAt")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("common.actions")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {data!.leaders.map((l) => (
                    <Table.Row key={l.id}>
                      <Table.Cell>
                        <button type="button" className="text-ui-fg-interactive" onClick={() => setViewing(l.id)}>
                          {l.name}
                        </button>
                      </Table.Cell>
                      <Table.Cell>{l.phone ?? "–"}</Table.Cell>
                      <Table.Cell>{l.community ?? "–"}</Table.Cell>
                      <Table.Cell>
                        {l.pickup_point ? (
                          <span className="flex items-center gap-x-1">
                            {l.pickup_point.code ? `${l.pickup_point.code} · ` : ""}
                            {l.pickup_point.name}
                            <StatusBadge kind="point" status={l.pickup_point.status} />
                          </span>
                        ) : (
                          "–"
                        )}
                      </Table.Cell>
                      <Table.Cell>{dateTime(l.approved_at, i18n.language)}</Table.Cell>
                      <Table.Cell>
                        <span title={l.suspension_reason ?? undefined}>
                          <StatusBadge kind="leader" status={l.status} />
                        </span>
                      </Table.Cell>
                      <Table.Cell>
                        {l.status === "active" ? (
                          <Button size="small" variant="secondary" onClick={() => setSuspending(l)}>
                            {t("leaders.list.suspend")}
                          </Button>
                        ) : (
                          <Button size="small" variant="secondary" onClick={() => onReinstate(l)} isLoading={reinstate.isPending}>
                            {t("leaders.list.reinstate")}
                          </Button>
                        )}
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
      <Container className="p-0">
        <BindingSettings />
      </Container>
      {viewing && <LeaderDrawer id={viewing} onClose={() => setViewing(null)} />}
      {suspending && (
        <ReasonDialog
          open
          title={t("leaders.list.suspend")}
          description={t("leaders.list.suspendConfirm", { name: suspending.name })}
          confirmText={t("leaders.list.suspend")}
          isLoading={suspend.isPending}
          onConfirm={onSuspend}
          onOpenChange={(o) => !o && setSuspending(null)}
        />
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "leaders.list.title",
  translationNs: "translation",
  icon: UserGroup,
})

export default LeadersPage

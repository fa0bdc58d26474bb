import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Button, Container, Heading, Input, Select, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { NoAccess } from "../../components/coupons/no-access"
import { PickupPointForm } from "../../components/leaders/pickup-point-form"
import { StatusBadge } from "../../components/leaders/status-badge"
import { isForbidden, useDeletePickupPoint, usePickupPoints, type AdminPickupPoint } from "../../hooks/use-leaders"
import { coordinates, summarizeWeek } from "../../lib/leader-format"

const PAGE = 20
const ALL = "all"

/** Pickup points (自提点): a map-less list with coordinates and radius; create, edit, delete. */
const PickupPointsPage = () => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const [page, setPage] = useState(0)
  const [q, setQ] = useState("")
  const [status, setStatus] = useState(ALL)
  const [hasLeader, setHasLeader] = useState(ALL)
  const [editing, setEditing] = useState<AdminPickupPoint | "new" | null>(null)
  const { data, isLoading, error } = usePickupPoints({
    limit: PAGE,
    offset: page * PAGE,
    q: q || undefined,
    status: status === ALL ? undefined : status,
    has_leader: hasLeader === ALL ? undefined : hasLeader,
  })
  const remove = useDeletePickupPoint()
  if (isForbidden(error)) {
    return <NoAccess />
  }
  const count = data?.count ?? 0
  const onDelete = async (p: AdminPickupPoint) => {
    if (!(await prompt({ title: t("leaders.points.delete"), description: t("leaders.points.deleteConfirm", { name: p.name }) }))) {
      return
    }
    try {
      await remove.mutateAsync(p.id)
      toast.success(t("leaders.points.deleted"))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const filter = (value: string, onChange: (v: string) => void, options: [string, string][]) => (
    <div className="w-40">
      <Select
        value={value}
        onValueChange={(v) => {
          onChange(v)
          setPage(0)
        }}
      >
        <Select.Trigger>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {options.map(([v, label]) => (
            <Select.Item key={v} value={v}>
              {label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading>{t("leaders.points.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("leaders.points.subtitle")}
          </Text>
        </div>
        <Button size="small" onClick={() => setEditing("new")}>
          {t("leaders.points.create")}
        </Button>
      </div>
      <div className="flex flex-wrap gap-2 px-6 py-4">
        <Input
          className="max-w-xs"
          type="search"
          placeholder={t("leaders.points.search")}
          value={q}
          onChange={(e) => {
            setQ(e.target.value)
            setPage(0)
          }}
        />
        {filter(status, setStatus, [
          [ALL, t("leaders.all")],
          ...["active", "paused", "closed"].map((s) => [s, t(`leaders.status.point.${s}`)] as [string, string]),
        ])}
        {filter(hasLeader, setHasLeader, [
          [ALL, t("leaders.points.anyLeader")],
          ["true", t("leaders.points.withLeader")],
          ["false", t("leaders.points.withoutLeader")],
        ])}
      </div>
      {isLoading ? (
        <Text className="px-6 py-4">{t("common.loading")}</Text>
      ) : error ? (
        <Text className="px-6 py-4">{t("common.error")}</Text>
      ) : !count ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">{t("leaders.points.empty")}</Text>
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("leaders.points.fields.code")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("leaders.points.fields.name")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("leaders.points.fields.address")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("leaders.points.fields.coordinates")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("leaders.points.fields.radius_km")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("leaders.points.fields.opening_hours")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("leaders.points.fields.daily_capacity")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("leaders.fields.leader")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("common.actions")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data!.pickup_points.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.Cell>{p.code ?? "–"}</Table.Cell>
                    <Table.Cell>{p.name}</Table.Cell>
                    <Table.Cell>
                      {[p.city, p.district, p.address].filter(Boolean).join(" ")}
                    </Table.Cell>
                    <Table.Cell className="font-mono">{coordinates(p.latitude, p.longitude)}</Table.Cell>
                    <Table.Cell>{p.radius_km} km</Table.Cell>
                    <Table.Cell>
                      {summarizeWeek(p.opening_hours)
                        .map((g) => `${t(`leaders.weekdays.${g.from}`)}${g.to !== g.from ? `–${t(`leaders.weekdays.${g.to}`)}` : ""} ${g.hours}`)
                        .join("; ") || t("leaders.hours.closed")}
                    </Table.Cell>
                    <Table.Cell>{p.daily_capacity}</Table.Cell>
                    <Table.Cell>{p.leader_id ? "✓" : "–"}</Table.Cell>
                    <Table.Cell>
                      <StatusBadge kind="point" status={p.status} />
                    </Table.Cell>
                    <Table.Cell>
                      <div className="flex gap-x-1">
                        <Button size="small" variant="secondary" onClick={() => setEditing(p)}>
                          {t("leaders.points.edit")}
                        </Button>
                        <Button size="small" variant="transparent" disabled={!!p.leader_id} onClick={() => onDelete(p)}>
                          {t("leaders.points.delete")}
                        </Button>
                      </div>
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
      {editing && (
        <PickupPointForm
          key={editing === "new" ? "new" : editing.id}
          point={editing === "new" ? undefined : editing}
          open
          onOpenChange={(o) => !o && setEditing(null)}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "leaders.points.title",
  translationNs: "translation",
  icon: MapPin,
})

export default PickupPointsPage

import { Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { isForbidden, useCampaigns, useGroups, usePickupPointNames } from "../../hooks/use-group-buy"
import { countdown, dateTime, money } from "../../lib/coupon-format"
import { groupCount, secondsUntil } from "../../lib/group-buy-format"
import { NoAccess } from "../coupons/no-access"
import { GroupStatusBadge, KindBadge } from "./badges"

const PAGE = 20
const ALL = "all"

export type GroupFilters = { status?: string; campaign_id?: string; pickup_point_id?: string }

/**
 * Groups, newest first, with filters (status, campaign, pickup point) and paging. `campaignId` fixes the
 * campaign (the campaign page); `initial` comes from the URL (links from other pages).
 */
export function GroupsTable({ campaignId, initial = {} }: { campaignId?: string; initial?: GroupFilters }) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [page, setPage] = useState(0)
  const [status, setStatus] = useState(initial.status ?? ALL)
  const [campaign, setCampaign] = useState(campaignId ?? initial.campaign_id ?? ALL)
  const [point, setPoint] = useState(initial.pickup_point_id ?? ALL)
  const { data, isLoading, error } = useGroups({
    limit: PAGE,
    offset: page * PAGE,
    status: status === ALL ? undefined : status,
    campaign_id: campaign === ALL ? undefined : campaign,
    pickup_point_id: point === ALL ? undefined : point,
  })
  const campaigns = useCampaigns({ limit: 200, offset: 0 }, !campaignId)
  const points = usePickupPointNames()
  if (isForbidden(error)) return <NoAccess />
  const lang = i18n.language
  const now = Date.now()
  const count = data?.count ?? 0
  const pointName = (id: string | null) => {
    if (!id) return "–"
    const p = points.data?.pickup_points.find((x) => x.id === id)
    return p ? `${p.code ? `${p.code} · ` : ""}${p.name}` : id
  }
  const filter = (label: string, value: string, onChange: (v: string) => void, options: { value: string; label: string }[]) => (
    <Select
      size="small"
      value={value}
      onValueChange={(v) => {
        onChange(v)
        setPage(0)
      }}
    >
      <Select.Trigger aria-label={label} className="w-52">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>{label}</Select.Item>
        {options.map((o) => (
          <Select.Item key={o.value} value={o.value}>
            {o.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
  const campaignOptions = (campaigns.data?.campaigns ?? []).map((c) => ({ value: c.id, label: c.title }))
  // A campaign from the URL that is not among the first 200 still shows as the selected filter.
  if (campaign !== ALL && !campaignOptions.some((o) => o.value === campaign)) campaignOptions.push({ value: campaign, label: campaign })
  const pointOptions = (points.data?.pickup_points ?? []).map((p) => ({ value: p.id, label: pointName(p.id) }))
  if (point !== ALL && !pointOptions.some((o) => o.value === point)) pointOptions.push({ value: point, label: point })
  return (
    <div className="divide-y">
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        {filter(
          t("groupBuy.filters.allStatuses"),
          status,
          setStatus,
          ["open", "succeeded", "closed", "failed"].map((s) => ({ value: s, label: t(`groupBuy.groupStatus.${s}`) }))
        )}
        {!campaignId && filter(t("groupBuy.filters.allCampaigns"), campaign, setCampaign, campaignOptions)}
        {filter(t("groupBuy.filters.allPickupPoints"), point, setPoint, pointOptions)}
      </div>
      {isLoading ? (
        <Text className="px-6 py-4">{t("common.loading")}</Text>
      ) : error ? (
        <Text className="px-6 py-4">{t("common.error")}</Text>
      ) : !count ? (
        <Text className="px-6 py-4">{t("groupBuy.groups.none")}</Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("groupBuy.fields.group")}</Table.HeaderCell>
                {!campaignId && <Table.HeaderCell>{t("groupBuy.fields.campaign")}</Table.HeaderCell>}
                <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
                <Table.HeaderCell>{t("groupBuy.fields.progress")}</Table.HeaderCell>
                <Table.HeaderCell>{t("groupBuy.fields.pickupPoint")}</Table.HeaderCell>
                <Table.HeaderCell>{t("groupBuy.fields.expires")}</Table.HeaderCell>
                <Table.HeaderCell>{t("groupBuy.fields.finalPrice")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data!.groups.map((g) => {
                const left = secondsUntil(g.expires_at, now)
                return (
                  <Table.Row key={g.id} className="cursor-pointer" onClick={() => navigate(`/group-buy/groups/${g.id}`)}>
                    <Table.Cell>
                      <div className="flex items-center gap-x-2">
                        <Text size="xsmall" className="font-mono">
                          {g.id.slice(-8)}
                        </Text>
                        <KindBadge kind={g.kind} />
                      </div>
                    </Table.Cell>
                    {!campaignId && <Table.Cell>{g.campaign_title ?? g.campaign_id}</Table.Cell>}
                    <Table.Cell>
                      <GroupStatusBadge status={g.status} autoFilled={g.auto_filled} />
                    </Table.Cell>
                    <Table.Cell>
                      <Text size="xsmall">
                        {t(g.kind === "team" ? "groupBuy.group.countMembers" : "groupBuy.group.countUnits", {
                          count: groupCount(g),
                          capacity: g.capacity,
                          threshold: g.success_threshold,
                        })}
                      </Text>
                    </Table.Cell>
                    <Table.Cell>
                      <Text size="xsmall">{g.kind === "community" ? `${pointName(g.pickup_point_id)}${g.cutoff_day ? ` · ${g.cutoff_day}` : ""}` : "–"}</Text>
                    </Table.Cell>
                    <Table.Cell>
                      <Text size="xsmall">
                        {g.status === "open" && left > 0 ? countdown(left, lang) : dateTime(g.expires_at, lang)}
                      </Text>
                    </Table.Cell>
                    <Table.Cell>{g.final_unit_price === null ? "–" : money(g.final_unit_price, g.currency_code, lang)}</Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
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
    </div>
  )
}

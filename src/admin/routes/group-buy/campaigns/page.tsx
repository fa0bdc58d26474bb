import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { NoAccess } from "../../../components/coupons/no-access"
import { CampaignStatusBadge, KindBadge } from "../../../components/group-buy/badges"
import { isForbidden, useCampaigns } from "../../../hooks/use-group-buy"
import { dateTime, money } from "../../../lib/coupon-format"
import { soldOfStock, tiersSummary } from "../../../lib/group-buy-format"

const PAGE = 20
const ALL = "all"

/** Campaigns (拼团活动): status, kind, window, product, tiers, sold of the stock cap, groups. */
const CampaignsPage = () => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [page, setPage] = useState(0)
  const [q, setQ] = useState("")
  const [status, setStatus] = useState(ALL)
  const [kind, setKind] = useState(ALL)
  const { data, isLoading, error } = useCampaigns({
    limit: PAGE,
    offset: page * PAGE,
    q: q || undefined,
    status: status === ALL ? undefined : status,
    kind: kind === ALL ? undefined : kind,
  })
  if (isForbidden(error)) return <NoAccess />
  const lang = i18n.language
  const count = data?.count ?? 0
  const filter = (value: string, onChange: (v: string) => void, options: string[], ns: string, label: string) => (
    <Select
      size="small"
      value={value}
      onValueChange={(v) => {
        onChange(v)
        setPage(0)
      }}
    >
      <Select.Trigger aria-label={label} className="w-40">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>{label}</Select.Item>
        {options.map((o) => (
          <Select.Item key={o} value={o}>
            {t(`groupBuy.${ns}.${o}`)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading>{t("groupBuy.campaigns.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("groupBuy.campaigns.subtitle")}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Button variant="secondary" size="small" asChild>
            <Link to="/group-buy/groups">{t("groupBuy.groups.title")}</Link>
          </Button>
          <Button size="small" asChild>
            <Link to="/group-buy/campaigns/new">{t("groupBuy.campaigns.create")}</Link>
          </Button>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <Input
          size="small"
          type="search"
          className="w-64"
          placeholder={t("common.search")}
          value={q}
          onChange={(e) => {
            setQ(e.target.value)
            setPage(0)
          }}
        />
        {filter(status, setStatus, ["draft", "active", "ended"], "campaignStatus", t("groupBuy.filters.allStatuses"))}
        {filter(kind, setKind, ["team", "community"], "kind", t("groupBuy.filters.allKinds"))}
      </div>
      {isLoading ? (
        <Text className="px-6 py-4">{t("common.loading")}</Text>
      ) : error ? (
        <Text className="px-6 py-4">{t("common.error")}</Text>
      ) : !count ? (
        <Text className="px-6 py-4">{t("groupBuy.campaigns.none")}</Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("groupBuy.fields.title")}</Table.HeaderCell>
                <Table.HeaderCell>{t("groupBuy.fields.product")}</Table.HeaderCell>
                <Table.HeaderCell>{t("groupBuy.fields.kind")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
                <Table.HeaderCell>{t("groupBuy.fields.window")}</Table.HeaderCell>
                <Table.HeaderCell>{t("groupBuy.fields.tiers")}</Table.HeaderCell>
                <Table.HeaderCell>{t("groupBuy.fields.soldStock")}</Table.HeaderCell>
                <Table.HeaderCell>{t("groupBuy.fields.groups")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data!.campaigns.map((c) => (
                <Table.Row key={c.id} className="cursor-pointer" onClick={() => navigate(`/group-buy/campaigns/${c.id}`)}>
                  <Table.Cell>{c.title}</Table.Cell>
                  <Table.Cell>{c.product?.title ?? c.product_id}</Table.Cell>
                  <Table.Cell>
                    <KindBadge kind={c.kind} />
                  </Table.Cell>
                  <Table.Cell>
                    <CampaignStatusBadge status={c.status} />
                  </Table.Cell>
                  <Table.Cell>
                    <Text size="xsmall">{`${dateTime(c.starts_at, lang)} → ${dateTime(c.ends_at, lang)}`}</Text>
                  </Table.Cell>
                  <Table.Cell>
                    <Text size="xsmall">{tiersSummary(c.tiers, (n, cur) => money(n, cur, lang))}</Text>
                  </Table.Cell>
                  <Table.Cell>{soldOfStock(c)}</Table.Cell>
                  <Table.Cell>
                    <Text size="xsmall">{t("groupBuy.campaigns.groupCounts", c.group_counts)}</Text>
                  </Table.Cell>
                </Table.Row>
              ))}
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
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "groupBuy.campaigns.title",
  translationNs: "translation",
  rank: 1,
})

export default CampaignsPage

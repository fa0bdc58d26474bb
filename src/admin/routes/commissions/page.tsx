import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { NoAccess } from "../../components/coupons/no-access"
import { Pager } from "../../components/commissions/pager"
import { EntryStatusBadge } from "../../components/commissions/status"
import { isForbidden, useCommissionLedger, type CommissionKind, type EntryStatus, type LedgerQuery } from "../../hooks/use-commissions"
import { backendUrl } from "../../lib/api-error"
import { dateTime, money } from "../../lib/coupon-format"

const PAGE = 50
const ALL = "all"
type Filters = Omit<LedgerQuery, "limit" | "offset">

const today = () => new Date().toISOString().slice(0, 10)
const monthStart = () => `${today().slice(0, 8)}01`

/** Export of a period's settled commission per leader (CSV, a plain download link with the session cookie). */
function ExportBox() {
  const { t } = useTranslation()
  const [from, setFrom] = useState(monthStart())
  const [to, setTo] = useState(today())
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4">
      <Heading level="h2">{t("commissions.export.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("commissions.export.hint")}
      </Text>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-y-1">
          <Label size="small">{t("commissions.ledger.from")}</Label>
          <Input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small">{t("commissions.ledger.to")}</Label>
          <Input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <Button size="small" variant="secondary" asChild>
          <a href={backendUrl(`/admin/commissions/export?from=${from}&to=${to}`)} download>
            {t("commissions.export.download")}
          </a>
        </Button>
      </div>
    </Container>
  )
}

/** Commissions (佣金): the ledger with filters, the export, and the way to rules and withdrawals. */
const CommissionsPage = () => {
  const { t, i18n } = useTranslation()
  const [draft, setDraft] = useState<Filters>({})
  const [filters, setFilters] = useState<Filters>({})
  const [page, setPage] = useState(0)
  const { data, isLoading, error } = useCommissionLedger({ ...filters, limit: PAGE, offset: page * PAGE })
  if (isForbidden(error)) return <NoAccess />
  const set = (k: keyof Filters, v: string) => setDraft({ ...draft, [k]: v === ALL || v === "" ? undefined : v })
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading>{t("commissions.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("commissions.subtitle")}
          </Text>
        </div>
        <div className="flex gap-2">
          <Button size="small" variant="secondary" asChild>
            <Link to="/commissions/rules">{t("commissions.nav.rules")}</Link>
          </Button>
          <Button size="small" variant="secondary" asChild>
            <Link to="/commissions/withdrawals">{t("commissions.nav.withdrawals")}</Link>
          </Button>
        </div>
      </Container>
      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Heading level="h2">{t("commissions.ledger.filters")}</Heading>
        <div className="grid grid-cols-2 gap-2 md:grid-cols-4">
          {(["leader_id", "beneficiary_id", "order_id"] as const).map((k) => (
            <div key={k} className="flex flex-col gap-y-1">
              <Label size="small">{t(`commissions.ledger.${k === "leader_id" ? "leaderId" : k === "order_id" ? "orderId" : "beneficiaryId"}`)}</Label>
              <Input size="small" value={draft[k] ?? ""} onChange={(e) => set(k, e.target.value.trim())} />
            </div>
          ))}
          <div className="flex flex-col gap-y-1">
            <Label size="small">{t("commissions.ledger.columns.kind")}</Label>
            <Select size="small" value={draft.kind ?? ALL} onValueChange={(v) => set("kind", v)}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>{t("commissions.all")}</Select.Item>
                {(["pickup", "referral_l1", "referral_l2"] as CommissionKind[]).map((k) => (
                  <Select.Item key={k} value={k}>
                    {t(`commissions.kinds.${k}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="small">{t("commissions.ledger.columns.status")}</Label>
            <Select size="small" value={draft.status ?? ALL} onValueChange={(v) => set("status", v)}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>{t("commissions.all")}</Select.Item>
                {(["pending", "available", "reversed"] as EntryStatus[]).map((s) => (
                  <Select.Item key={s} value={s}>
                    {t(`commissions.statuses.${s}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="small">{t("commissions.ledger.from")}</Label>
            <Input size="small" type="date" value={draft.from ?? ""} onChange={(e) => set("from", e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="small">{t("commissions.ledger.to")}</Label>
            <Input size="small" type="date" value={draft.to ?? ""} onChange={(e) => set("to", e.target.value)} />
          </div>
        </div>
        <div className="flex gap-2">
          <Button
            size="small"
            onClick={() => {
              setFilters(draft)
              setPage(0)
            }}
          >
            {t("commissions.ledger.apply")}
          </Button>
          <Button
            size="small"
            variant="secondary"
            onClick={() => {
              setDraft({})
              setFilters({})
              setPage(0)
            }}
          >
            {t("commissions.ledger.reset")}
          </Button>
        </div>
      </Container>
      <Container className="p-0">
        {isLoading ? (
          <Text className="px-6 py-4">{t("common.loading")}</Text>
        ) : error || !data ? (
          <Text className="px-6 py-4">{t("common.error")}</Text>
        ) : !data.count ? (
          <Text className="px-6 py-4 text-ui-fg-subtle">{t("commissions.ledger.empty")}</Text>
        ) : (
          <>
            <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
              {t("commissions.ledger.count", { count: data.count })}
            </Text>
            <Table>
              <Table.Header>
                <Table.Row>
                  {(["date", "beneficiary", "order", "kind", "base", "rate", "amount", "status"] as const).map((c) => (
                    <Table.HeaderCell key={c}>{t(`commissions.ledger.columns.${c}`)}</Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.entries.map((e) => (
                  <Table.Row key={e.id}>
                    <Table.Cell>{dateTime(e.created_at, i18n.language)}</Table.Cell>
                    <Table.Cell>{e.beneficiary_name ?? e.beneficiary_id}</Table.Cell>
                    <Table.Cell>
                      <Link className="text-ui-fg-interactive" to={`/orders/${e.order_id}`}>
                        {e.order_id.slice(-8)}
                      </Link>
                    </Table.Cell>
                    <Table.Cell>
                      {t(`commissions.kinds.${e.kind}`)}
                      {e.type === "reversal" ? ` · ${t("commissions.types.reversal")}` : ""}
                    </Table.Cell>
                    <Table.Cell>{money(e.base_amount, e.currency_code, i18n.language)}</Table.Cell>
                    <Table.Cell>{e.rate === null ? "–" : `${e.rate}%`}</Table.Cell>
                    <Table.Cell>{money(e.amount, e.currency_code, i18n.language)}</Table.Cell>
                    <Table.Cell>
                      <EntryStatusBadge status={e.status} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
            <Pager count={data.count} page={page} size={PAGE} onPage={setPage} />
          </>
        )}
      </Container>
      <ExportBox />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "commissions.title",
  translationNs: "translation",
  icon: ReceiptPercent,
})

export default CommissionsPage

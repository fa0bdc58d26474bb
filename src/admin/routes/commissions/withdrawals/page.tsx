import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { NoAccess } from "../../../components/coupons/no-access"
import { Pager } from "../../../components/commissions/pager"
import { WithdrawalStatusBadge } from "../../../components/commissions/status"
import { isForbidden, useDecideWithdrawal, useWithdrawalQueue, type Withdrawal, type WithdrawalStatus } from "../../../hooks/use-commissions"
import { dateTime, money } from "../../../lib/coupon-format"

const PAGE = 50
const STATUSES: (WithdrawalStatus | "all")[] = ["requested", "paid", "rejected", "all"]

/** Approve (with the payout's reference) or reject one request. */
function Decide({ w }: { w: Withdrawal }) {
  const { t } = useTranslation()
  const decide = useDecideWithdrawal()
  const [text, setText] = useState("")
  const act = async (decision: "approve" | "reject") => {
    try {
      await decide.mutateAsync({ id: w.id, decision, text: text.trim() })
      toast.success(t(decision === "approve" ? "commissions.withdrawals.approved" : "commissions.withdrawals.rejected"))
      setText("")
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <div className="flex flex-col gap-y-1">
      <Input size="small" placeholder={`${t("commissions.withdrawals.reference")} / ${t("commissions.withdrawals.reason")}`} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="flex gap-1">
        <Button size="small" disabled={!text.trim()} isLoading={decide.isPending} onClick={() => act("approve")}>
          {t("commissions.withdrawals.approve")}
        </Button>
        <Button size="small" variant="danger" disabled={text.trim().length < 2} isLoading={decide.isPending} onClick={() => act("reject")}>
          {t("commissions.withdrawals.reject")}
        </Button>
      </div>
    </div>
  )
}

/** Withdrawal queue (提现审核): finance pays out or rejects. */
const WithdrawalsPage = () => {
  const { t, i18n } = useTranslation()
  const [status, setStatus] = useState<WithdrawalStatus | "all">("requested")
  const [page, setPage] = useState(0)
  const { data, isLoading, error } = useWithdrawalQueue({ status: status === "all" ? undefined : status, limit: PAGE, offset: page * PAGE })
  if (isForbidden(error)) return <NoAccess />
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading>{t("commissions.withdrawals.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("commissions.withdrawals.subtitle")}
          </Text>
        </div>
        <Select
          size="small"
          value={status}
          onValueChange={(v) => {
            setStatus(v as WithdrawalStatus | "all")
            setPage(0)
          }}
        >
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {STATUSES.map((s) => (
              <Select.Item key={s} value={s}>
                {s === "all" ? t("commissions.all") : t(`commissions.withdrawalStatuses.${s}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {isLoading ? (
        <Text className="px-6 py-4">{t("common.loading")}</Text>
      ) : error || !data ? (
        <Text className="px-6 py-4">{t("common.error")}</Text>
      ) : !data.count ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">{t("commissions.withdrawals.empty")}</Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                {(["requested", "beneficiary", "amount", "fee", "net", "payee", "status"] as const).map((c) => (
                  <Table.HeaderCell key={c}>{t(`commissions.withdrawals.columns.${c}`)}</Table.HeaderCell>
                ))}
                <Table.HeaderCell>{t("common.actions")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.withdrawals.map((w) => (
                <Table.Row key={w.id}>
                  <Table.Cell>{dateTime(w.created_at, i18n.language)}</Table.Cell>
                  <Table.Cell>{w.beneficiary_name ?? w.customer_id}</Table.Cell>
                  <Table.Cell>{money(w.amount, w.currency_code, i18n.language)}</Table.Cell>
                  <Table.Cell>{money(w.fee, w.currency_code, i18n.language)}</Table.Cell>
                  <Table.Cell>{money(w.net_amount, w.currency_code, i18n.language)}</Table.Cell>
                  <Table.Cell>{w.payee ?? "–"}</Table.Cell>
                  <Table.Cell>
                    <div className="flex flex-col gap-y-1">
                      <WithdrawalStatusBadge status={w.status} />
                      {(w.reference || w.rejection_reason) && (
                        <Text size="xsmall" className="text-ui-fg-subtle">
                          {w.reference ?? w.rejection_reason}
                        </Text>
                      )}
                    </div>
                  </Table.Cell>
                  <Table.Cell>{w.status === "requested" ? <Decide w={w} /> : dateTime(w.decided_at, i18n.language)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Pager count={data.count} page={page} size={PAGE} onPage={setPage} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "commissions.nav.withdrawals", translationNs: "translation" })

export default WithdrawalsPage

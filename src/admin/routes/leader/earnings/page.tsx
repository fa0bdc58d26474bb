import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { WithdrawalStatusBadge } from "../../../components/commissions/status"
import { LeaderGate } from "../../../components/leaders/leader-gate"
import { useMyEarnings, useMyStats, useMyWithdrawals, useRequestWithdrawal, type Balance, type DailyStats } from "../../../hooks/use-commissions"
import { errorCode } from "../../../lib/api-error"
import { dateTime, money } from "../../../lib/coupon-format"

const BUCKETS = ["available", "pending", "withdrawing", "withdrawn"] as const
const WITHDRAWAL_ERRORS = ["insufficient_balance", "withdrawal_below_minimum", "withdrawal_fee_exceeds_amount", "invalid_amount"]

/** GMV per day as bars (no chart library: 30 flex columns), today last. */
function Stats({ stats }: { stats: DailyStats }) {
  const { t, i18n } = useTranslation()
  const max = Math.max(1, ...stats.days.map((d) => d.gmv))
  return (
    <Container className="flex flex-col gap-y-2 px-4 py-4">
      <Heading level="h2">{t("commissions.leader.stats")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("commissions.leader.statsTotals", { orders: stats.totals.orders, gmv: money(stats.totals.gmv, stats.currency_code, i18n.language) })}
      </Text>
      <div className="flex h-24 items-end gap-[2px]" aria-hidden>
        {stats.days.map((d) => (
          <div
            key={d.day}
            title={`${d.day} · ${d.orders} · ${money(d.gmv, stats.currency_code, i18n.language)}`}
            className="flex-1 rounded-t bg-ui-fg-interactive"
            style={{ height: `${Math.max(2, Math.round((d.gmv / max) * 96))}px`, opacity: d.orders ? 1 : 0.2 }}
          />
        ))}
      </div>
      <div className="flex justify-between">
        <Text size="xsmall" className="text-ui-fg-subtle">
          {stats.days[0]?.day.slice(5)}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {stats.days[stats.days.length - 1]?.day.slice(5)}
        </Text>
      </div>
    </Container>
  )
}

function WithdrawForm({ balance, terms }: { balance: Balance; terms: { min: number; percent: number; fixed: number } }) {
  const { t, i18n } = useTranslation()
  const request = useRequestWithdrawal()
  const [amount, setAmount] = useState("")
  const [payee, setPayee] = useState("")
  const fmt = (n: number) => money(n, balance.currency_code, i18n.language)
  const submit = async () => {
    try {
      const { withdrawal } = await request.mutateAsync({ amount: Number(amount), ...(payee.trim() ? { payee: payee.trim() } : {}) })
      toast.success(`${t("commissions.leader.requested")} · ${t("commissions.leader.net", { net: fmt(withdrawal.net_amount) })}`)
      setAmount("")
    } catch (e) {
      const code = errorCode(e)
      toast.error(code && WITHDRAWAL_ERRORS.includes(code) ? t(`commissions.leader.errors.${code}`) : (e as Error).message)
    }
  }
  return (
    <Container className="flex flex-col gap-y-2 px-4 py-4">
      <Heading level="h2">{t("commissions.leader.withdraw")}</Heading>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {t("commissions.leader.terms", { min: fmt(terms.min), percent: terms.percent, fixed: fmt(terms.fixed) })}
      </Text>
      <div className="flex flex-col gap-y-1">
        <Label size="small">{t("commissions.leader.amount")}</Label>
        <Input type="number" inputMode="decimal" min={0} step="0.01" value={amount} onChange={(e) => setAmount(e.target.value)} />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label size="small">{t("commissions.leader.payee")}</Label>
        <Input value={payee} onChange={(e) => setPayee(e.target.value)} />
      </div>
      <Button size="large" disabled={!amount || Number(amount) <= 0 || balance.available <= 0} isLoading={request.isPending} onClick={submit}>
        {t("commissions.leader.withdraw")}
      </Button>
    </Container>
  )
}

function Earnings() {
  const { t, i18n } = useTranslation()
  const summary = useMyEarnings()
  const withdrawals = useMyWithdrawals({ limit: 20, offset: 0 })
  const stats = useMyStats()
  if (summary.isLoading) return <Text className="p-4">{t("common.loading")}</Text>
  if (!summary.data) return <Text className="p-4">{t("common.error")}</Text>
  const { balances, settings } = summary.data
  const main = balances[0]
  return (
    <div className="flex flex-col gap-y-3">
      {balances.map((b) => (
        <Container key={b.currency_code} className="flex flex-col gap-y-3 px-4 py-4">
          <Heading>{t("commissions.leader.title")}</Heading>
          <div className="grid grid-cols-2 gap-3">
            {BUCKETS.map((k) => (
              <div key={k} className="flex flex-col">
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t(`commissions.leader.${k}`)}
                </Text>
                <Text size={k === "available" ? "xlarge" : "large"} weight="plus">
                  {money(b[k], b.currency_code, i18n.language)}
                </Text>
              </div>
            ))}
          </div>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("commissions.leader.pendingHint", { days: settings.settlement_delay_days })}
          </Text>
          <Button size="small" variant="secondary" asChild>
            <Link to="/leader/earnings/orders">{t("commissions.leader.orders")}</Link>
          </Button>
        </Container>
      ))}
      {main && (
        <WithdrawForm
          balance={main}
          terms={{ min: settings.withdrawal_min_amount, percent: settings.withdrawal_fee_percent, fixed: settings.withdrawal_fee_fixed }}
        />
      )}
      <Container className="divide-y p-0">
        <div className="px-4 py-3">
          <Heading level="h2">{t("commissions.leader.withdrawals")}</Heading>
        </div>
        {!withdrawals.data?.withdrawals.length ? (
          <Text size="small" className="px-4 py-3 text-ui-fg-subtle">
            {t("commissions.leader.noWithdrawals")}
          </Text>
        ) : (
          withdrawals.data.withdrawals.map((w) => (
            <div key={w.id} className="flex items-center justify-between gap-x-2 px-4 py-3">
              <div className="flex flex-col">
                <Text size="small" weight="plus">
                  {money(w.amount, w.currency_code, i18n.language)}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {dateTime(w.created_at, i18n.language)} · {t("commissions.leader.net", { net: money(w.net_amount, w.currency_code, i18n.language) })}
                </Text>
                {(w.reference || w.rejection_reason) && (
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {w.reference ?? w.rejection_reason}
                  </Text>
                )}
              </div>
              <WithdrawalStatusBadge status={w.status} />
            </div>
          ))
        )}
      </Container>
      {stats.data && <Stats stats={stats.data} />}
    </div>
  )
}

/** My earnings (我的收益): balances, withdraw, my withdrawals and my point's last 30 days. Works at 390×844. */
const LeaderEarningsPage = () => <LeaderGate needsPoint={false}>{() => <Earnings />}</LeaderGate>

export const config = defineRouteConfig({ label: "commissions.leader.title", translationNs: "translation" })

export default LeaderEarningsPage

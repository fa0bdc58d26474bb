import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { LeaderGate } from "../../../components/leaders/leader-gate"
import { useLeaderVerifications, useVerifyPickupCode, type LeaderOrderSummary } from "../../../hooks/use-leader-portal"
import { errorCode } from "../../../lib/api-error"
import { dateTime } from "../../../lib/coupon-format"
import { normalizeCodeInput } from "../../../lib/leader-format"
import { VERIFY_REFUSALS, verifyOutcomeLabel } from "../../../lib/verify-outcome"

type Outcome = { ok: true; order: LeaderOrderSummary } | { ok: false; message: string }

function Verify() {
  const { t, i18n } = useTranslation()
  const [code, setCode] = useState("")
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const verify = useVerifyPickupCode()
  const log = useLeaderVerifications({ limit: 10, offset: 0 })
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!code.trim()) return
    try {
      const { order } = await verify.mutateAsync(code)
      setOutcome({ ok: true, order })
      setCode("")
    } catch (err) {
      const c = errorCode(err)
      setOutcome({ ok: false, message: c && VERIFY_REFUSALS.includes(c) ? t(`leaders.portal.verify.errors.${c}`) : (err as Error).message })
    }
  }
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-3 px-4 py-4">
        <Heading>{t("leaders.portal.verify.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("leaders.portal.verify.hint")}
        </Text>
        <form onSubmit={submit} className="flex flex-col gap-y-2">
          <Input
            size="base"
            className="text-center font-mono text-lg tracking-widest"
            autoFocus
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            inputMode="text"
            aria-label={t("leaders.portal.verify.code")}
            placeholder="XXXXX-XXXXX"
            value={code}
            maxLength={40}
            onChange={(e) => setCode(normalizeCodeInput(e.target.value))}
          />
          <Button size="large" type="submit" isLoading={verify.isPending} disabled={!code.trim()}>
            {t("leaders.portal.verify.submit")}
          </Button>
        </form>
      </Container>
      {outcome && (
        <Container
          className={`flex flex-col gap-y-1 px-4 py-4 ${outcome.ok ? "bg-ui-tag-green-bg" : "bg-ui-tag-red-bg"}`}
          role="status"
        >
          {outcome.ok ? (
            <>
              <Heading level="h2">{t("leaders.portal.verify.success", { number: outcome.order.display_id })}</Heading>
              <Text size="small">{outcome.order.customer_name || "–"}</Text>
              {outcome.order.items.map((i, n) => (
                <Text key={n} size="small">
                  {i.title}
                  {i.variant_title ? ` (${i.variant_title})` : ""} × {i.quantity}
                </Text>
              ))}
            </>
          ) : (
            <>
              <Heading level="h2">{t("leaders.portal.verify.refused")}</Heading>
              <Text size="small">{outcome.message}</Text>
            </>
          )}
        </Container>
      )}
      <Container className="divide-y p-0">
        <div className="px-4 py-3">
          <Heading level="h2">{t("leaders.portal.verify.log")}</Heading>
        </div>
        {!log.data?.verifications.length ? (
          <Text size="small" className="px-4 py-3 text-ui-fg-subtle">
            {log.isLoading ? t("common.loading") : t("leaders.portal.verify.noLog")}
          </Text>
        ) : (
          log.data.verifications.map((v) => (
            <div key={v.id} className="flex items-center justify-between gap-x-2 px-4 py-2">
              <Text size="xsmall">{verifyOutcomeLabel(t, v.outcome)}</Text>
              <Text size="xsmall" className="shrink-0 text-ui-fg-subtle">
                {dateTime(v.created_at, i18n.language)}
              </Text>
            </div>
          ))
        )}
      </Container>
    </div>
  )
}

/** Verify a pickup code (核销): the leader types the customer's code and hands the order over. */
const LeaderVerifyPage = () => <LeaderGate>{() => <Verify />}</LeaderGate>

export const config = defineRouteConfig({
  label: "leaders.portal.verify.title",
  translationNs: "translation",
})

export default LeaderVerifyPage

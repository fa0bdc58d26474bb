import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { StatusBadge } from "../components/leaders/status-badge"
import { isForbidden, LEADERS_KEY, useOrderPickup } from "../hooks/use-leaders"
import { fetchWithCode } from "../lib/api-error"
import { dateTime } from "../lib/coupon-format"
import { normalizeCodeInput } from "../lib/leader-format"
import { verifyOutcomeLabel } from "../lib/verify-outcome"

/** Order page: the pickup point, the pickup status and code, the verification log; an operator may verify. */
const OrderPickupWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t, i18n } = useTranslation()
  const client = useQueryClient()
  const { data, error } = useOrderPickup(order.id)
  const [code, setCode] = useState("")
  const verify = useMutation({
    mutationFn: (body: { code: string; pickup_point_id: string }) =>
      fetchWithCode("/admin/pickup-codes/verify", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: LEADERS_KEY }),
  })
  const p = data?.pickup
  if (isForbidden(error) || !p) return null
  const lang = i18n.language
  const submit = async () => {
    try {
      await verify.mutateAsync({ code, pickup_point_id: p.pickup_point_id })
      toast.success(t("leaders.widget.verified"))
      setCode("")
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const facts: [string, string][] = [
    [t("leaders.widget.codeIssued"), p.code_issued_at ? dateTime(p.code_issued_at, lang) : t("leaders.widget.codeNotYet")],
    [t("leaders.widget.readyAt"), dateTime(p.ready_at, lang)],
    [
      t("leaders.widget.pickedUpAt"),
      p.picked_up_at
        ? `${dateTime(p.picked_up_at, lang)}${p.picked_up_by_kind ? ` · ${t(`leaders.widget.by.${p.picked_up_by_kind}`)}` : ""}`
        : "–",
    ],
    ...(p.canceled_at ? [[t("leaders.widget.canceledAt"), dateTime(p.canceled_at, lang)] as [string, string]] : []),
  ]
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("leaders.widget.orderTitle")}</Heading>
        <StatusBadge kind="pickup" status={p.status} />
      </div>
      <div className="flex flex-col gap-y-1 px-6 py-4">
        {p.pickup_point ? (
          <>
            <Text size="small" weight="plus">
              {p.pickup_point.code ? `${p.pickup_point.code} · ` : ""}
              {p.pickup_point.name}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {p.pickup_point.address}
            </Text>
          </>
        ) : (
          <Text size="small">{p.pickup_point_id}</Text>
        )}
        {p.delivery_batch_id && (
          <Link to={`/delivery-batches/${p.delivery_batch_id}`}>
            <Text size="xsmall" className="text-ui-fg-interactive">
              {t("leaders.widget.batch")}
            </Text>
          </Link>
        )}
      </div>
      <div className="flex flex-col gap-y-1 px-6 py-4">
        {facts.map(([label, value]) => (
          <div key={label} className="flex justify-between gap-x-2">
            <Text size="xsmall" className="text-ui-fg-subtle">
              {label}
            </Text>
            <Text size="xsmall">{value}</Text>
          </div>
        ))}
      </div>
      {p.status === "collectable" && (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Text size="small" weight="plus">
            {t("leaders.widget.verifyHere")}
          </Text>
          <div className="flex gap-x-2">
            <Input
              size="small"
              className="font-mono"
              placeholder="XXXXX-XXXXX"
              value={code}
              onChange={(e) => setCode(normalizeCodeInput(e.target.value))}
            />
            <Button size="small" variant="secondary" disabled={!code} isLoading={verify.isPending} onClick={submit}>
              {t("leaders.portal.verify.submit")}
            </Button>
          </div>
        </div>
      )}
      {!!p.verifications.length && (
        <div className="flex flex-col gap-y-1 px-6 py-4">
          <Text size="small" weight="plus">
            {t("leaders.widget.verifications")}
          </Text>
          {p.verifications.map((v, i) => (
            <div key={i} className="flex justify-between gap-x-2">
              <Text size="xsmall">
                {verifyOutcomeLabel(t, v.outcome)} · {t(`leaders.widget.by.${v.actor_kind}`)}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {dateTime(v.created_at, lang)}
              </Text>
            </div>
          ))}
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderPickupWidget

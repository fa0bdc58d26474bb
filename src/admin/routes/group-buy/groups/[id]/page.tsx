import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { NoAccess } from "../../../../components/coupons/no-access"
import { GroupStatusBadge, KindBadge } from "../../../../components/group-buy/badges"
import { TierProgress } from "../../../../components/group-buy/tier-progress"
import { ReasonDialog } from "../../../../components/leaders/reason-dialog"
import {
  isForbidden,
  refusalText,
  useCampaign,
  useEndGroup,
  useGroup,
  usePickupPointNames,
  type AdminMember,
} from "../../../../hooks/use-group-buy"
import { countdown, dateTime, money } from "../../../../lib/coupon-format"
import { closingTier, paymentState, secondsUntil, tiersIn } from "../../../../lib/group-buy-format"

type Action = "close-now" | "fail-now"
/** Reasons the expiry job records; an operator's own reason is shown as typed. */
const END_REASONS = ["full", "expired"]

/**
 * One group: tier progress, time left, members with their orders, paid prices and payment state, and the
 * operator's "close now" / "fail now" with a required reason (the same workflows as the expiry job).
 */
const GroupPage = () => {
  const { id } = useParams()
  const { t, i18n } = useTranslation()
  const [action, setAction] = useState<Action | null>(null)
  const { data, isLoading, error } = useGroup(id)
  const campaign = useCampaign(data?.group.campaign_id)
  const points = usePickupPointNames(!!data?.group.pickup_point_id)
  const end = useEndGroup(id!)
  if (isForbidden(error)) return <NoAccess />
  if (isLoading) return <Text>{t("common.loading")}</Text>
  if (error || !data) return <Text>{t("common.error")}</Text>
  const { group: g, members } = data
  const lang = i18n.language
  const m = (n: number | null | undefined) => (n === null || n === undefined ? "–" : money(n, g.currency_code, lang))
  const tiers = tiersIn(campaign.data?.campaign.tiers ?? [], g.currency_code)
  const left = secondsUntil(g.expires_at, Date.now())
  const point = g.pickup_point_id ? points.data?.pickup_points.find((p) => p.id === g.pickup_point_id) : undefined
  const active = members.filter((x) => x.status === "pending" || x.status === "confirmed").length

  const confirm = async (reason: string) => {
    try {
      const { settlement } = await end.mutateAsync({ action: action!, reason })
      toast.success(t(action === "close-now" ? "groupBuy.group.closed" : "groupBuy.group.failed"), {
        description: t("groupBuy.group.settlement", settlement),
      })
      if (settlement.member_errors > 0) {
        toast.warning(t("groupBuy.group.settlementErrors", { count: settlement.member_errors }))
      }
      setAction(null)
    } catch (e) {
      toast.error(refusalText(t, e))
    }
  }

  const facts: [string, string][] = [
    [t("groupBuy.fields.campaign"), g.campaign_title ?? g.campaign_id],
    [t("groupBuy.fields.created"), dateTime(g.created_at, lang)],
    [
      t("groupBuy.fields.expires"),
      `${dateTime(g.expires_at, lang)}${g.status === "open" && left > 0 ? ` · ${t("groupBuy.group.timeLeft", { time: countdown(left, lang) })}` : ""}`,
    ],
    ...(g.kind === "community"
      ? ([
          [t("groupBuy.fields.pickupPoint"), point ? `${point.code ? `${point.code} · ` : ""}${point.name}` : g.pickup_point_id ?? "–"],
          [t("groupBuy.fields.cutoffDay"), g.cutoff_day ?? "–"],
        ] as [string, string][])
      : []),
    ...(g.succeeded_at ? ([[t("groupBuy.fields.succeededAt"), dateTime(g.succeeded_at, lang)]] as [string, string][]) : []),
    ...(g.closed_at ? ([[t("groupBuy.fields.closedAt"), dateTime(g.closed_at, lang)]] as [string, string][]) : []),
    ...(g.failed_at ? ([[t("groupBuy.fields.failedAt"), dateTime(g.failed_at, lang)]] as [string, string][]) : []),
    ...(g.settled_at ? ([[t("groupBuy.fields.settledAt"), dateTime(g.settled_at, lang)]] as [string, string][]) : []),
    [t("groupBuy.fields.finalPrice"), m(g.final_unit_price)],
    ...(g.end_reason
      ? ([[t("groupBuy.fields.endReason"), `${END_REASONS.includes(g.end_reason) ? t(`groupBuy.endReasons.${g.end_reason}`) : g.end_reason}${g.ended_by ? ` · ${t("groupBuy.group.endedBy", { user: g.ended_by })}` : ""}`]] as [
          string,
          string,
        ][])
      : []),
  ]

  const closing = closingTier(g, tiers)
  const closePrice = closing ? money(closing.price, g.currency_code, lang) : "–"
  return (
    <div className="flex flex-col gap-y-3">
      <Link to="/group-buy/groups">
        <Text size="small" className="text-ui-fg-subtle">
          ← {t("groupBuy.groups.title")}
        </Text>
      </Link>
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <div className="flex flex-col gap-y-1">
            <div className="flex items-center gap-x-2">
              <Heading>{t("groupBuy.group.title", { id: g.id.slice(-8) })}</Heading>
              <GroupStatusBadge status={g.status} autoFilled={g.auto_filled} />
              <KindBadge kind={g.kind} />
            </div>
            <Link to={`/group-buy/campaigns/${g.campaign_id}`}>
              <Text size="small" className="text-ui-fg-interactive">
                {g.campaign_title ?? g.campaign_id}
              </Text>
            </Link>
          </div>
          <div className="flex gap-x-2">
            {g.status === "succeeded" && (
              <Button size="small" variant="secondary" onClick={() => setAction("close-now")}>
                {t("groupBuy.group.closeNow")}
              </Button>
            )}
            {(g.status === "open" || g.status === "succeeded") && (
              <Button size="small" variant="danger" onClick={() => setAction("fail-now")}>
                {t("groupBuy.group.failNow")}
              </Button>
            )}
          </div>
        </div>
        {g.auto_filled && (
          <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
            {t("groupBuy.group.autoFilledNote")}
          </Text>
        )}
        <div className="px-6 py-4">
          {campaign.isLoading ? <Text size="small">{t("common.loading")}</Text> : <TierProgress group={g} tiers={tiers} />}
        </div>
        {facts.map(([label, value]) => (
          <div key={label} className="grid grid-cols-3 px-6 py-3">
            <Text size="small" weight="plus">
              {label}
            </Text>
            <Text size="small" className="col-span-2">
              {value}
            </Text>
          </div>
        ))}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("groupBuy.group.members", { count: members.length })}</Heading>
        </div>
        {!members.length ? (
          <Text className="px-6 py-4">{t("groupBuy.group.noMembers")}</Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("groupBuy.fields.customer")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
                <Table.HeaderCell>{t("groupBuy.fields.quantity")}</Table.HeaderCell>
                <Table.HeaderCell>{t("groupBuy.fields.paidPrice")}</Table.HeaderCell>
                <Table.HeaderCell>{t("groupBuy.fields.order")}</Table.HeaderCell>
                <Table.HeaderCell>{t("groupBuy.fields.payment")}</Table.HeaderCell>
                <Table.HeaderCell>{t("groupBuy.fields.refunds")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {members.map((x) => (
                <MemberRow key={x.id} member={x} money={m} />
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
      {action && (
        <ReasonDialog
          open={!!action}
          title={action === "close-now" ? t("groupBuy.group.closeNow") : t("groupBuy.group.failNow")}
          description={
            action === "close-now"
              ? t("groupBuy.group.closeConfirm", { price: closePrice, count: active })
              : t("groupBuy.group.failConfirm", { count: active })
          }
          confirmText={action === "close-now" ? t("groupBuy.group.closeNow") : t("groupBuy.group.failNow")}
          isLoading={end.isPending}
          onConfirm={confirm}
          onOpenChange={(o) => !o && setAction(null)}
        />
      )}
    </div>
  )
}

function MemberRow({ member: x, money: m }: { member: AdminMember; money: (n: number | null | undefined) => string }) {
  const { t } = useTranslation()
  const state = paymentState(x)
  const color = { none: "grey", authorized: "orange", captured: "green", partiallyRefunded: "blue", refunded: "blue", voided: "grey" } as const
  return (
    <Table.Row>
      <Table.Cell>
        <Link to={`/customers/${x.customer.id}`}>
          <Text size="small" className="text-ui-fg-interactive">
            {x.customer.name ?? x.customer.email ?? x.customer.id}
          </Text>
        </Link>
        {x.customer.name && x.customer.email && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {x.customer.email}
          </Text>
        )}
      </Table.Cell>
      <Table.Cell>
        <Badge size="2xsmall">{t(`groupBuy.memberStatus.${x.status}`, { defaultValue: x.status })}</Badge>
      </Table.Cell>
      <Table.Cell>{x.quantity}</Table.Cell>
      <Table.Cell>{m(x.unit_price)}</Table.Cell>
      <Table.Cell>
        {x.order_id ? (
          <Link to={`/orders/${x.order_id}`}>
            <Text size="small" className="text-ui-fg-interactive">
              {x.order_display_id ? `#${x.order_display_id}` : x.order_id}
            </Text>
          </Link>
        ) : (
          "–"
        )}
        {x.order_status && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t(`groupBuy.orderStatus.${x.order_status}`, { defaultValue: x.order_status })}
          </Text>
        )}
      </Table.Cell>
      <Table.Cell>
        <Badge size="2xsmall" color={color[state]}>
          {t(`groupBuy.payment.${state}`)}
        </Badge>
        {x.payment && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("groupBuy.payment.amounts", { amount: m(x.payment.amount), captured: m(x.payment.captured_amount) })}
          </Text>
        )}
      </Table.Cell>
      <Table.Cell>
        <Text size="small">{m(x.payment?.refunded_amount ?? x.refunded_amount)}</Text>
        {x.protection_amount !== null && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t(x.protection_refunded_at ? "groupBuy.payment.protectionRefunded" : "groupBuy.payment.protectionDue", {
              amount: m(x.protection_amount),
            })}
          </Text>
        )}
        {x.last_error && (
          <Text size="xsmall" className="text-ui-fg-error">
            {t("groupBuy.payment.lastError", { attempts: x.attempts, error: x.last_error })}
          </Text>
        )}
      </Table.Cell>
    </Table.Row>
  )
}

export default GroupPage

import { Button, Container, Heading, Input, Label, Select, Switch, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { NoAccess } from "../../../components/coupons/no-access"
import {
  isForbidden,
  useCouponTemplates,
  useReferralSettings,
  useReferrals,
  useUpdateReferralSettings,
  type ReferralSettings,
} from "../../../hooks/use-coupons"
import { dateTime } from "../../../lib/coupon-format"

type Side = "referrer" | "invitee"

/** Invite a friend (邀请有礼): what each side gets after the invitee's first completed order, and the referrals. */
const ReferralsPage = () => {
  const { t, i18n } = useTranslation()
  const settings = useReferralSettings()
  const save = useUpdateReferralSettings()
  const templates = useCouponTemplates({ limit: 100, offset: 0 })
  const referrals = useReferrals({ limit: 50, offset: 0 })
  const [form, setForm] = useState<ReferralSettings | null>(null)
  useEffect(() => {
    if (settings.data) setForm(settings.data.settings)
  }, [settings.data])
  if (isForbidden(settings.error)) return <NoAccess />
  if (!form) return <Text>{t("common.loading")}</Text>
  const set = <K extends keyof ReferralSettings>(k: K, v: ReferralSettings[K]) => setForm({ ...form, [k]: v })
  const submit = async () => {
    try {
      const { enabled, referrer_reward_type, referrer_points, referrer_template_id, invitee_reward_type, invitee_points, invitee_template_id } = form
      await save.mutateAsync({ enabled, referrer_reward_type, referrer_points, referrer_template_id, invitee_reward_type, invitee_points, invitee_template_id })
      toast.success(t("coupons.actions.saved"))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const side = (s: Side) => {
    const type = form[`${s}_reward_type`]
    return (
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Label weight="plus">{t(`coupons.settings.${s}`)}</Label>
        <Select value={type} onValueChange={(v) => set(`${s}_reward_type`, v as ReferralSettings["referrer_reward_type"])}>
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {(["none", "points", "coupon"] as const).map((o) => (
              <Select.Item key={o} value={o} disabled={o === "points" && !settings.data?.loyalty_available}>
                {t(`coupons.settings.${o}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        {!settings.data?.loyalty_available && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("coupons.settings.loyaltyMissing")}
          </Text>
        )}
        {type === "points" && (
          <Input
            type="number"
            placeholder={t("coupons.settings.pointsAmount")}
            value={form[`${s}_points`] ?? ""}
            onChange={(e) => set(`${s}_points`, e.target.value ? Number(e.target.value) : null)}
          />
        )}
        {type === "coupon" && (
          <Select value={form[`${s}_template_id`] ?? ""} onValueChange={(v) => set(`${s}_template_id`, v)}>
            <Select.Trigger>
              <Select.Value placeholder={t("coupons.settings.template")} />
            </Select.Trigger>
            <Select.Content>
              {(templates.data?.templates ?? []).map((tpl) => (
                <Select.Item key={tpl.id} value={tpl.id}>
                  {i18n.language?.startsWith("zh") ? tpl.name_zh : tpl.name_en}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        )}
      </div>
    )
  }
  return (
    <div className="flex flex-col gap-y-3">
      <Link to="/coupons">
        <Text size="small" className="text-ui-fg-subtle">
          ← {t("coupons.back")}
        </Text>
      </Link>
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>{t("coupons.settings.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("coupons.settings.hint")}
            </Text>
          </div>
          <Button size="small" onClick={submit} isLoading={save.isPending}>
            {t("common.save")}
          </Button>
        </div>
        <div className="flex items-center gap-x-2 px-6 py-4">
          <Switch checked={form.enabled} onCheckedChange={(v) => set("enabled", v)} />
          <Label>{t("coupons.settings.enabled")}</Label>
        </div>
        {side("referrer")}
        {side("invitee")}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("coupons.settings.list")}</Heading>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("coupons.settings.inviter")}</Table.HeaderCell>
              <Table.HeaderCell>{t("coupons.settings.invited")}</Table.HeaderCell>
              <Table.HeaderCell>{t("coupons.settings.since")}</Table.HeaderCell>
              <Table.HeaderCell>{t("coupons.columns.order")}</Table.HeaderCell>
              <Table.HeaderCell>{t("coupons.settings.rewards")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(referrals.data?.referrals ?? []).map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>
                  <Link to={`/customers/${r.referrer_id}`}>{r.referrer_id}</Link>
                </Table.Cell>
                <Table.Cell>
                  <Link to={`/customers/${r.invitee_id}`}>{r.invitee_id}</Link>
                </Table.Cell>
                <Table.Cell>{dateTime(r.created_at, i18n.language)}</Table.Cell>
                <Table.Cell>{r.rewarded_order_id ? <Link to={`/orders/${r.rewarded_order_id}`}>{r.rewarded_order_id}</Link> : "–"}</Table.Cell>
                <Table.Cell>
                  {r.rewards.map((w) => `${w.beneficiary}: ${w.kind === "points" ? w.points : w.kind} (${w.status})`).join("; ") || "–"}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export default ReferralsPage

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label, Select, Switch, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { NoAccess } from "../../../components/coupons/no-access"
import {
  isForbidden,
  useCommissionRules,
  useCommissionSettings,
  useCreateCommissionRule,
  useDeleteCommissionRule,
  useUpdateCommissionRule,
  useUpdateCommissionSettings,
  type CommissionSettings,
  type RuleScope,
} from "../../../hooks/use-commissions"
import { dateTime } from "../../../lib/coupon-format"

const RATES = ["pickup_rate", "referral_l1_rate", "referral_l2_rate"] as const
const SCOPES: RuleScope[] = ["default", "category", "product", "leader"]
const SETTINGS = ["settlement_delay_days", "withdrawal_min_amount", "withdrawal_fee_percent", "withdrawal_fee_fixed"] as const

type Draft = { scope: RuleScope; target_id: string; note: string } & Record<(typeof RATES)[number], string>
const EMPTY: Draft = { scope: "default", target_id: "", note: "", pickup_rate: "", referral_l1_rate: "", referral_l2_rate: "" }

const rateOrNull = (v: string) => (v.trim() === "" ? null : Number(v))

function SettingsForm() {
  const { data } = useCommissionSettings()
  // Keyed on the saved values: the form starts from them and restarts after a save.
  return data ? <SettingsFields key={JSON.stringify(data.settings)} settings={data.settings} /> : null
}

function SettingsFields({ settings }: { settings: CommissionSettings }) {
  const { t } = useTranslation()
  const save = useUpdateCommissionSettings()
  const [form, setForm] = useState(() => Object.fromEntries(SETTINGS.map((k) => [k, String(settings[k])])) as Record<keyof CommissionSettings, string>)
  const submit = async () => {
    try {
      await save.mutateAsync(Object.fromEntries(SETTINGS.map((k) => [k, Number(form[k])])))
      toast.success(t("commissions.settings.saved"))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">{t("commissions.settings.title")}</Heading>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {SETTINGS.map((k) => (
          <div key={k} className="flex flex-col gap-y-1">
            <Label size="small">{t(`commissions.settings.${k}`)}</Label>
            <Input type="number" value={form[k]} onChange={(e) => setForm({ ...form, [k]: e.target.value })} />
          </div>
        ))}
      </div>
      <div>
        <Button size="small" onClick={submit} isLoading={save.isPending}>
          {t("common.save")}
        </Button>
      </div>
    </Container>
  )
}

/** Commission rules (佣金规则) and the settlement / withdrawal settings. */
const CommissionRulesPage = () => {
  const { t, i18n } = useTranslation()
  const { data, isLoading, error } = useCommissionRules()
  const create = useCreateCommissionRule()
  const update = useUpdateCommissionRule()
  const remove = useDeleteCommissionRule()
  const [draft, setDraft] = useState<Draft>(EMPTY)
  if (isForbidden(error)) return <NoAccess />
  const run = async (fn: () => Promise<unknown>, message: string) => {
    try {
      await fn()
      toast.success(message)
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const add = () =>
    run(async () => {
      await create.mutateAsync({
        scope: draft.scope,
        target_id: draft.scope === "default" ? null : draft.target_id.trim(),
        note: draft.note.trim() || null,
        ...Object.fromEntries(RATES.map((k) => [k, rateOrNull(draft[k])])),
      })
      setDraft(EMPTY)
    }, t("commissions.rules.created"))
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading>{t("commissions.rules.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("commissions.rules.subtitle")}
          </Text>
        </div>
        {isLoading ? (
          <Text className="px-6 py-4">{t("common.loading")}</Text>
        ) : !data?.rules.length ? (
          <Text className="px-6 py-4 text-ui-fg-subtle">{t("commissions.rules.empty")}</Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("commissions.rules.scope")}</Table.HeaderCell>
                {RATES.map((k) => (
                  <Table.HeaderCell key={k}>{t(`commissions.rules.${k}`)}</Table.HeaderCell>
                ))}
                <Table.HeaderCell>{t("commissions.rules.note")}</Table.HeaderCell>
                <Table.HeaderCell>{t("commissions.rules.active")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.actions")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.rules.map((r) => (
                <Table.Row key={r.id}>
                  <Table.Cell>
                    <div className="flex flex-col">
                      <Text size="small" weight="plus">
                        {t(`commissions.scopes.${r.scope}`)}
                      </Text>
                      {r.target_id && (
                        <Text size="xsmall" className="text-ui-fg-subtle">
                          {r.target_name ?? r.target_id}
                        </Text>
                      )}
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {dateTime(r.created_at, i18n.language)}
                      </Text>
                    </div>
                  </Table.Cell>
                  {RATES.map((k) => (
                    <Table.Cell key={k}>{r[k] === null ? <span className="text-ui-fg-muted">{t("commissions.rules.inherit")}</span> : `${r[k]}%`}</Table.Cell>
                  ))}
                  <Table.Cell>{r.note ?? ""}</Table.Cell>
                  <Table.Cell>
                    <Switch
                      checked={r.is_active}
                      onCheckedChange={(on) => run(() => update.mutateAsync({ id: r.id, is_active: on }), t("commissions.rules.saved"))}
                    />
                  </Table.Cell>
                  <Table.Cell>
                    <Button size="small" variant="danger" onClick={() => run(() => remove.mutateAsync(r.id), t("commissions.rules.deleted"))}>
                      {t("commissions.rules.delete")}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <Heading level="h2">{t("commissions.rules.add")}</Heading>
        <div className="grid grid-cols-2 gap-3 md:grid-cols-3">
          <div className="flex flex-col gap-y-1">
            <Label size="small">{t("commissions.rules.scope")}</Label>
            <Select value={draft.scope} onValueChange={(v) => setDraft({ ...draft, scope: v as RuleScope })}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {SCOPES.map((s) => (
                  <Select.Item key={s} value={s}>
                    {t(`commissions.scopes.${s}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          {draft.scope !== "default" && (
            <div className="flex flex-col gap-y-1">
              <Label size="small">{t("commissions.rules.target")}</Label>
              <Input value={draft.target_id} onChange={(e) => setDraft({ ...draft, target_id: e.target.value })} />
            </div>
          )}
          {RATES.map((k) => (
            <div key={k} className="flex flex-col gap-y-1">
              <Label size="small">{t(`commissions.rules.${k}`)}</Label>
              <Input type="number" placeholder={t("commissions.rules.inherit")} value={draft[k]} onChange={(e) => setDraft({ ...draft, [k]: e.target.value })} />
            </div>
          ))}
          <div className="flex flex-col gap-y-1">
            <Label size="small">{t("commissions.rules.note")}</Label>
            <Input value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.target.value })} />
          </div>
        </div>
        <div>
          <Button size="small" onClick={add} isLoading={create.isPending}>
            {t("commissions.rules.add")}
          </Button>
        </div>
      </Container>
      <SettingsForm />
    </div>
  )
}

export const config = defineRouteConfig({ label: "commissions.nav.rules", translationNs: "translation" })

export default CommissionRulesPage

import { Alert, Button, Container, Heading, Input, Label, Select, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { useMemo, useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { refusalText, useCreateCampaign, useUpdateCampaign, type AdminCampaign } from "../../hooks/use-group-buy"
import { campaignBody, formProblems, type CampaignForm as FormState, type Problems } from "../../lib/group-buy-form"
import { ProblemText } from "./problem-text"
import { ProductPicker } from "./product-picker"
import { TiersEditor } from "./tiers-editor"

function Field({ label, htmlFor, hint, problem, children }: { label: string; htmlFor?: string; hint?: string; problem?: Problems[string]; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label size="small" weight="plus" htmlFor={htmlFor}>
        {label}
      </Label>
      {children}
      {hint && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {hint}
        </Text>
      )}
      <ProblemText problem={problem} />
    </div>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <Heading level="h2">{title}</Heading>
      {children}
    </div>
  )
}

/**
 * Create or edit a campaign. Problems are checked as the operator types (ordering of tiers, window) and all
 * of them on save, before anything is sent; a live campaign keeps its product, variants, group size and tiers.
 */
export function CampaignForm({ initial, campaign, currencies }: { initial: FormState; campaign?: AdminCampaign; currencies: string[] }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [form, setForm] = useState<FormState>(initial)
  const [tried, setTried] = useState(false)
  const create = useCreateCampaign()
  const update = useUpdateCampaign(campaign?.id ?? "")
  const locked = !!campaign && campaign.status !== "draft"
  const problems = useMemo(() => formProblems(form, locked), [form, locked])
  // Before the first save only the problems of what was typed show (not "required" on empty fields).
  const shown: Problems = tried ? problems : Object.fromEntries(Object.entries(problems).filter(([, p]) => p.key !== "required"))
  const set = <K extends keyof FormState>(k: K) => (v: FormState[K]) => setForm((f) => ({ ...f, [k]: v }))
  const input = (k: keyof FormState, type = "text", disabled = false) => (
    <Input
      id={`gb-${k}`}
      type={type}
      value={form[k] as string}
      disabled={disabled}
      aria-invalid={!!shown[k]}
      onChange={(e) => set(k)(e.target.value as never)}
    />
  )
  const submit = async () => {
    setTried(true)
    if (Object.keys(problems).length) {
      toast.error(t("groupBuy.form.fixProblems", { count: Object.keys(problems).length }))
      return
    }
    try {
      const body = campaignBody(form, { creating: !campaign, locked })
      const { campaign: saved } = await (campaign ? update.mutateAsync(body) : create.mutateAsync(body))
      toast.success(campaign ? t("groupBuy.form.saved") : t("groupBuy.form.created"))
      navigate(`/group-buy/campaigns/${saved.id}`)
    } catch (e) {
      toast.error(refusalText(t, e))
    }
  }
  const unitLabel = form.kind === "team" ? t("groupBuy.form.tiers.members") : t("groupBuy.form.tiers.units")
  return (
    <div className="flex flex-col gap-y-3">
      <Link to={campaign ? `/group-buy/campaigns/${campaign.id}` : "/group-buy/campaigns"}>
        <Text size="small" className="text-ui-fg-subtle">
          ← {campaign ? campaign.title : t("groupBuy.campaigns.title")}
        </Text>
      </Link>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading>{campaign ? t("groupBuy.form.editTitle") : t("groupBuy.form.createTitle")}</Heading>
          {locked && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("groupBuy.form.lockedHint")}
            </Text>
          )}
        </div>
        <Section title={t("groupBuy.form.sections.basics")}>
          <Field label={t("groupBuy.fields.title")} htmlFor="gb-title" problem={shown.title}>
            {input("title")}
          </Field>
          <Field label={t("groupBuy.fields.description")} htmlFor="gb-description">
            <Textarea id="gb-description" value={form.description} onChange={(e) => set("description")(e.target.value)} />
          </Field>
          <Field label={t("groupBuy.fields.kind")} hint={t(`groupBuy.kindHint.${form.kind}`)}>
            <Select value={form.kind} onValueChange={(v) => set("kind")(v as FormState["kind"])} disabled={locked}>
              <Select.Trigger aria-label={t("groupBuy.fields.kind")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {(["team", "community"] as const).map((k) => (
                  <Select.Item key={k} value={k}>
                    {t(`groupBuy.kind.${k}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
        </Section>
        <Section title={t("groupBuy.form.sections.product")}>
          <ProductPicker
            productId={form.product_id}
            variantIds={form.variant_ids}
            disabled={locked}
            onChange={(product_id, variant_ids) => setForm((f) => ({ ...f, product_id, variant_ids }))}
          />
          <ProblemText problem={shown.product_id ?? shown.variant_ids} />
        </Section>
        <Section title={t("groupBuy.form.sections.groups")}>
          <Field
            label={t("groupBuy.fields.max_per_group", { unit: unitLabel })}
            htmlFor="gb-max_per_group"
            problem={shown.max_per_group}
          >
            {input("max_per_group", "number", locked)}
          </Field>
          {form.kind === "team" ? (
            <Field
              label={t("groupBuy.fields.group_lifetime_hours")}
              htmlFor="gb-group_lifetime_hours"
              hint={t("groupBuy.form.lifetimeHint")}
              problem={shown.group_lifetime_hours}
            >
              {input("group_lifetime_hours", "number")}
            </Field>
          ) : (
            <Field label={t("groupBuy.fields.cutoff_time")} htmlFor="gb-cutoff_time" hint={t("groupBuy.form.cutoffHint")} problem={shown.cutoff_time}>
              {input("cutoff_time", "time")}
            </Field>
          )}
          <div className="flex flex-col gap-y-2">
            <div className="flex items-center gap-x-2">
              <Switch id="gb-auto_fill" checked={form.auto_fill} onCheckedChange={set("auto_fill")} />
              <Label size="small" weight="plus" htmlFor="gb-auto_fill">
                {t("groupBuy.fields.auto_fill")}
              </Label>
            </div>
            <Alert variant={form.auto_fill ? "warning" : "info"}>{t("groupBuy.form.autoFillWarning", { unit: unitLabel })}</Alert>
          </div>
        </Section>
        <Section title={t("groupBuy.form.sections.window")}>
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <Field label={t("groupBuy.fields.starts_at")} htmlFor="gb-starts_at" problem={shown.starts_at}>
              {input("starts_at", "datetime-local")}
            </Field>
            <Field label={t("groupBuy.fields.ends_at")} htmlFor="gb-ends_at" problem={shown.ends_at}>
              {input("ends_at", "datetime-local")}
            </Field>
            <Field
              label={t("groupBuy.fields.max_units_per_customer")}
              htmlFor="gb-max_units_per_customer"
              hint={t("groupBuy.form.optional")}
              problem={shown.max_units_per_customer}
            >
              {input("max_units_per_customer", "number")}
            </Field>
            <Field
              label={t("groupBuy.fields.max_joins_per_customer")}
              htmlFor="gb-max_joins_per_customer"
              hint={t("groupBuy.form.optional")}
              problem={shown.max_joins_per_customer}
            >
              {input("max_joins_per_customer", "number")}
            </Field>
            <Field
              label={t("groupBuy.fields.stock_cap")}
              htmlFor="gb-stock_cap"
              hint={campaign ? t("groupBuy.form.stockHintSold", { sold: campaign.sold_quantity }) : t("groupBuy.form.stockHint")}
              problem={shown.stock_cap}
            >
              {input("stock_cap", "number")}
            </Field>
          </div>
        </Section>
        <Section title={t("groupBuy.form.sections.tiers")}>
          <TiersEditor
            kind={form.kind}
            value={form.tiers}
            currencies={currencies}
            problems={shown}
            disabled={locked}
            onChange={set("tiers")}
          />
        </Section>
        <div className="flex justify-end gap-x-2 px-6 py-4">
          <Button size="small" variant="secondary" type="button" onClick={() => navigate(-1)}>
            {t("common.cancel")}
          </Button>
          <Button size="small" type="button" onClick={submit} isLoading={create.isPending || update.isPending}>
            {campaign ? t("common.save") : t("groupBuy.form.createDraft")}
          </Button>
        </div>
      </Container>
    </div>
  )
}

import { Badge, Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate, useParams } from "react-router-dom"
import { ClaimsTable } from "../../../components/coupons/claims-table"
import { IssueCoupon } from "../../../components/coupons/issue-coupon"
import { NoAccess } from "../../../components/coupons/no-access"
import { TemplateForm } from "../../../components/coupons/template-form"
import { isForbidden, useCouponTemplate, useDeleteTemplate, useUpdateTemplate } from "../../../hooks/use-coupons"
import { dateTime, termsSummary, windowSummary } from "../../../lib/coupon-format"

/** One template: its terms, live counts, backing promotions, issuing and its claims. */
const CouponTemplatePage = () => {
  const { id } = useParams()
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const [editing, setEditing] = useState(false)
  const { data, isLoading, error } = useCouponTemplate(id!)
  const update = useUpdateTemplate(id!)
  const remove = useDeleteTemplate(id!)
  if (isForbidden(error)) return <NoAccess />
  if (isLoading) return <Text>{t("common.loading")}</Text>
  if (error || !data) return <Text>{t("common.error")}</Text>
  const tpl = data.template
  const lang = i18n.language
  const toggle = async () => {
    try {
      await update.mutateAsync({ status: tpl.status === "active" ? "disabled" : "active" })
      toast.success(t("coupons.actions.saved"))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const destroy = async () => {
    if (!(await prompt({ title: t("coupons.actions.delete"), description: t("coupons.actions.deleteConfirm") }))) return
    try {
      await remove.mutateAsync(undefined)
      toast.success(t("coupons.actions.deleted"))
      navigate("/coupons")
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const rows: [string, string][] = [
    [t("coupons.fields.type"), t(`coupons.types.${tpl.type}`)],
    [t("coupons.columns.terms"), termsSummary(tpl, t, lang)],
    [t("coupons.fields.scope"), `${t(`coupons.scopes.${tpl.scope}`)}${tpl.scope_ids.length ? `: ${tpl.scope_ids.join(", ")}` : ""}`],
    [t("coupons.fields.audience"), `${t(`coupons.audiences.${tpl.audience}`)}${tpl.audience_tiers.length ? `: ${tpl.audience_tiers.join(", ")}` : ""}`],
    [t("coupons.columns.stock"), `${tpl.counts.claimed} / ${tpl.counts.used} / ${tpl.counts.remaining ?? t("coupons.summary.unlimited")}`],
    [t("coupons.fields.per_customer_limit"), `${tpl.per_customer_limit}${tpl.per_customer_daily_limit ? ` (${tpl.per_customer_daily_limit}/d)` : ""}`],
    [t("coupons.columns.window"), `${dateTime(tpl.starts_at, lang)} → ${dateTime(tpl.ends_at, lang)} · ${windowSummary(tpl, t, lang)}`],
    [
      t("coupons.fields.validity_type"),
      tpl.validity_type === "relative"
        ? `${t("coupons.validity.relative")}: ${tpl.valid_days}`
        : `${dateTime(tpl.valid_from, lang)} → ${dateTime(tpl.valid_until, lang)}`,
    ],
    [t("coupons.fields.stackable"), tpl.stackable ? "✓" : "–"],
    [t("coupons.fields.issue_on_register"), tpl.issue_on_register ? "✓" : "–"],
    [t("coupons.fields.promotions"), [tpl.promotion_code, tpl.cap_promotion_code].filter(Boolean).join(", ")],
  ]
  return (
    <div className="flex flex-col gap-y-3">
      <Link to="/coupons">
        <Text size="small" className="text-ui-fg-subtle">
          ← {t("coupons.back")}
        </Text>
      </Link>
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div className="flex items-center gap-x-2">
            <Heading>{lang?.startsWith("zh") ? tpl.name_zh : tpl.name_en}</Heading>
            <Badge size="2xsmall" color={tpl.status === "active" ? "green" : "grey"}>
              {t(`coupons.statuses.${tpl.status}`)}
            </Badge>
          </div>
          <div className="flex gap-x-2">
            <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
              {t("coupons.edit")}
            </Button>
            <Button size="small" variant="secondary" onClick={toggle} isLoading={update.isPending}>
              {tpl.status === "active" ? t("coupons.actions.disable") : t("coupons.actions.enable")}
            </Button>
            <Button size="small" variant="danger" onClick={destroy} disabled={tpl.counts.claimed > 0}>
              {t("coupons.actions.delete")}
            </Button>
          </div>
        </div>
        {rows.map(([label, value]) => (
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
          <Heading level="h2">{t("coupons.claims")}</Heading>
        </div>
        <IssueCoupon templateId={tpl.id} />
        <ClaimsTable filter={{ template_id: tpl.id }} />
      </Container>
      {editing && <TemplateForm template={tpl} open={editing} onOpenChange={setEditing} />}
    </div>
  )
}

export default CouponTemplatePage

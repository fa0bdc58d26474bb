import { Button, Checkbox, Drawer, Input, Label, Select, Switch, Text, toast } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { useCreateTemplate, useUpdateTemplate, type AdminTemplate } from "../../hooks/use-coupons"
import { fromLocalInput, splitList, toLocalInput } from "../../lib/coupon-format"
import { sdk } from "../../lib/sdk"

type Form = Record<string, string | boolean | string[]>

function initial(t?: AdminTemplate): Form {
  const str = (v: number | string | null | undefined) => (v === null || v === undefined ? "" : String(v))
  return {
    name_zh: t?.name_zh ?? "",
    name_en: t?.name_en ?? "",
    type: t?.type ?? "threshold",
    value: str(t?.value),
    max_discount: str(t?.max_discount),
    min_subtotal: str(t?.min_subtotal),
    scope: t?.scope ?? "order",
    category_ids: t?.scope === "categories" ? t.scope_ids : [],
    product_ids: t?.scope === "products" ? t.scope_ids.join(", ") : "",
    total_stock: str(t?.total_stock),
    per_customer_limit: str(t?.per_customer_limit ?? 1),
    per_customer_daily_limit: str(t?.per_customer_daily_limit),
    audience: t?.audience ?? "everyone",
    audience_tiers: t?.audience_tiers.join(", ") ?? "",
    starts_at: toLocalInput(t?.starts_at),
    ends_at: toLocalInput(t?.ends_at),
    validity_type: t?.validity_type ?? "relative",
    valid_from: toLocalInput(t?.valid_from),
    valid_until: toLocalInput(t?.valid_until),
    valid_days: str(t?.valid_days ?? 7),
    stackable: t?.stackable ?? false,
    issue_on_register: t?.issue_on_register ?? false,
  }
}

/** The request body from the form; fields that do not apply to the chosen type are sent as null. */
function toBody(f: Form, editing: boolean) {
  const num = (k: string) => (f[k] === "" ? null : Number(f[k]))
  const type = f.type as string
  const scope = f.scope as string
  const relative = f.validity_type === "relative"
  return {
    name_zh: f.name_zh,
    name_en: f.name_en,
    ...(editing ? {} : { type }),
    value: Number(f.value),
    max_discount: type === "percentage" ? num("max_discount") : null,
    min_subtotal: type === "fixed" ? null : num("min_subtotal"),
    scope,
    scope_ids: scope === "categories" ? f.category_ids : scope === "products" ? splitList(f.product_ids as string) : [],
    total_stock: num("total_stock"),
    per_customer_limit: Number(f.per_customer_limit),
    per_customer_daily_limit: num("per_customer_daily_limit"),
    audience: f.audience,
    audience_tiers: f.audience === "tiers" ? splitList(f.audience_tiers as string) : [],
    starts_at: fromLocalInput(f.starts_at as string),
    ends_at: fromLocalInput(f.ends_at as string),
    validity_type: f.validity_type,
    valid_from: relative ? null : fromLocalInput(f.valid_from as string),
    valid_until: relative ? null : fromLocalInput(f.valid_until as string),
    valid_days: relative ? num("valid_days") : null,
    stackable: f.stackable,
    issue_on_register: f.issue_on_register,
  }
}

function Field({ label, htmlFor, children }: { label: string; htmlFor?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label size="small" weight="plus" htmlFor={htmlFor}>
        {label}
      </Label>
      {children}
    </div>
  )
}

/** Create (no template) or edit a coupon template in a drawer. */
export function TemplateForm({ template, open, onOpenChange }: { template?: AdminTemplate; open: boolean; onOpenChange: (o: boolean) => void }) {
  const { t } = useTranslation()
  const [form, setForm] = useState<Form>(() => initial(template))
  const create = useCreateTemplate()
  const update = useUpdateTemplate(template?.id ?? "")
  const categories = useQuery({
    queryKey: ["coupons", "categories"],
    queryFn: () => sdk.admin.productCategory.list({ limit: 100, fields: "id,name" }),
    enabled: open,
  })
  const set = (k: string) => (v: string | boolean | string[]) => setForm((f) => ({ ...f, [k]: v }))
  const input = (k: string, type = "text") => (
    <Input id={`coupon-${k}`} type={type} value={form[k] as string} onChange={(e) => set(k)(e.target.value)} />
  )
  const select = (k: string, options: string[], ns: string, disabled = false) => (
    <Select value={form[k] as string} onValueChange={set(k)} disabled={disabled}>
      <Select.Trigger>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {options.map((o) => (
          <Select.Item key={o} value={o}>
            {t(`coupons.${ns}.${o}`)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
  const submit = async () => {
    try {
      const body = toBody(form, !!template)
      await (template ? update.mutateAsync(body) : create.mutateAsync(body))
      toast.success(t("coupons.actions.saved"))
      onOpenChange(false)
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const type = form.type as string
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{template ? t("coupons.edit") : t("coupons.create")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Field label={t("coupons.fields.name_zh")} htmlFor="coupon-name_zh">{input("name_zh")}</Field>
          <Field label={t("coupons.fields.name_en")} htmlFor="coupon-name_en">{input("name_en")}</Field>
          <Field label={t("coupons.fields.type")}>{select("type", ["fixed", "percentage", "threshold"], "types", !!template)}</Field>
          <Field label={type === "percentage" ? t("coupons.fields.valuePercent") : t("coupons.fields.valueAmount")} htmlFor="coupon-value">
            {input("value", "number")}
          </Field>
          {type === "percentage" && <Field label={t("coupons.fields.max_discount")} htmlFor="coupon-max_discount">{input("max_discount", "number")}</Field>}
          {type !== "fixed" && <Field label={t("coupons.fields.min_subtotal")} htmlFor="coupon-min_subtotal">{input("min_subtotal", "number")}</Field>}
          <Field label={t("coupons.fields.scope")}>{select("scope", ["order", "categories", "products"], "scopes")}</Field>
          {form.scope === "categories" && (
            <Field label={t("coupons.fields.scope_categories")}>
              {(categories.data?.product_categories ?? []).map((c) => {
                const ids = form.category_ids as string[]
                return (
                  <div key={c.id} className="flex items-center gap-x-2">
                    <Checkbox
                      checked={ids.includes(c.id)}
                      onCheckedChange={(on) => set("category_ids")(on ? [...ids, c.id] : ids.filter((x) => x !== c.id))}
                    />
                    <Text size="small">{c.name}</Text>
                  </div>
                )
              })}
            </Field>
          )}
          {form.scope === "products" && <Field label={t("coupons.fields.scope_products")} htmlFor="coupon-product_ids">{input("product_ids")}</Field>}
          <Field label={t("coupons.fields.total_stock")} htmlFor="coupon-total_stock">{input("total_stock", "number")}</Field>
          <Field label={t("coupons.fields.per_customer_limit")} htmlFor="coupon-per_customer_limit">{input("per_customer_limit", "number")}</Field>
          <Field label={t("coupons.fields.per_customer_daily_limit")} htmlFor="coupon-per_customer_daily_limit">{input("per_customer_daily_limit", "number")}</Field>
          <Field label={t("coupons.fields.audience")}>
            {select("audience", ["everyone", "new_customers", "tiers", "issued_only"], "audiences")}
          </Field>
          {form.audience === "tiers" && <Field label={t("coupons.fields.audience_tiers")} htmlFor="coupon-audience_tiers">{input("audience_tiers")}</Field>}
          <Field label={t("coupons.fields.starts_at")} htmlFor="coupon-starts_at">{input("starts_at", "datetime-local")}</Field>
          <Field label={t("coupons.fields.ends_at")} htmlFor="coupon-ends_at">{input("ends_at", "datetime-local")}</Field>
          <Field label={t("coupons.fields.validity_type")}>{select("validity_type", ["relative", "fixed"], "validity")}</Field>
          {form.validity_type === "relative" ? (
            <Field label={t("coupons.fields.valid_days")} htmlFor="coupon-valid_days">{input("valid_days", "number")}</Field>
          ) : (
            <>
              <Field label={t("coupons.fields.valid_from")} htmlFor="coupon-valid_from">{input("valid_from", "datetime-local")}</Field>
              <Field label={t("coupons.fields.valid_until")} htmlFor="coupon-valid_until">{input("valid_until", "datetime-local")}</Field>
            </>
          )}
          <div className="flex items-center gap-x-2">
            <Switch checked={form.stackable as boolean} onCheckedChange={set("stackable")} />
            <Label size="small">{t("coupons.fields.stackable")}</Label>
          </div>
          <div className="flex items-center gap-x-2">
            <Switch checked={form.issue_on_register as boolean} onCheckedChange={set("issue_on_register")} />
            <Label size="small">{t("coupons.fields.issue_on_register")}</Label>
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary">{t("common.cancel")}</Button>
          </Drawer.Close>
          <Button onClick={submit} isLoading={create.isPending || update.isPending}>
            {t("common.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

import { Button, Drawer, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { useSavePickupPoint, type AdminPickupPoint } from "../../hooks/use-leaders"
import { hoursToText, textToHours, type Weekday } from "../../lib/leader-format"
import { OpeningHoursEditor } from "./opening-hours-editor"

const TEXT_FIELDS = ["name", "code", "address", "district", "city", "contact_phone", "photo_url"] as const
const NUMBER_FIELDS = ["latitude", "longitude", "radius_km", "daily_capacity"] as const

type Form = Record<(typeof TEXT_FIELDS)[number] | (typeof NUMBER_FIELDS)[number] | "status", string>

function initial(p?: AdminPickupPoint): Form {
  const s = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v))
  return {
    name: s(p?.name),
    code: s(p?.code),
    address: s(p?.address),
    district: s(p?.district),
    city: s(p?.city),
    contact_phone: s(p?.contact_phone),
    photo_url: s(p?.photo_url),
    latitude: s(p?.latitude),
    longitude: s(p?.longitude),
    radius_km: s(p?.radius_km ?? 2),
    daily_capacity: s(p?.daily_capacity ?? 200),
    status: p?.status ?? "active",
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

/** Create (no point) or edit a pickup point in a drawer; optional text fields are sent as null when empty. */
export function PickupPointForm({
  point,
  open,
  onOpenChange,
}: {
  point?: AdminPickupPoint
  open: boolean
  onOpenChange: (open: boolean) => void
}) {
  const { t } = useTranslation()
  const [form, setForm] = useState<Form>(() => initial(point))
  const [hours, setHours] = useState<Record<Weekday, string>>(() => hoursToText(point?.opening_hours))
  const [invalidDays, setInvalidDays] = useState<Weekday[]>([])
  const save = useSavePickupPoint(point?.id)
  const input = (k: keyof Form, type = "text") => (
    <Input id={`point-${k}`} type={type} value={form[k]} onChange={(e) => setForm((f) => ({ ...f, [k]: e.target.value }))} />
  )
  const submit = async () => {
    const missing = (["name", "address", "latitude", "longitude", "radius_km", "daily_capacity"] as const).filter((k) => !form[k].trim())
    if (missing.length) {
      toast.error(t("leaders.points.required", { fields: missing.map((k) => t(`leaders.points.fields.${k}`)).join(", ") }))
      return
    }
    const parsed = textToHours(hours)
    if ("invalid" in parsed) {
      setInvalidDays(parsed.invalid)
      toast.error(t("leaders.hours.invalid"))
      return
    }
    setInvalidDays([])
    const optional = (k: keyof Form) => (form[k].trim() ? form[k].trim() : null)
    const body = {
      name: form.name.trim(),
      address: form.address.trim(),
      code: optional("code"),
      district: optional("district"),
      city: optional("city"),
      contact_phone: optional("contact_phone"),
      photo_url: optional("photo_url"),
      latitude: Number(form.latitude),
      longitude: Number(form.longitude),
      radius_km: Number(form.radius_km),
      daily_capacity: Number(form.daily_capacity),
      status: form.status,
      opening_hours: parsed.hours,
    }
    try {
      await save.mutateAsync(body)
      toast.success(t("leaders.points.saved"))
      onOpenChange(false)
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{point ? t("leaders.points.edit") : t("leaders.points.create")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Field label={t("leaders.points.fields.name")} htmlFor="point-name">{input("name")}</Field>
          <Field label={t("leaders.points.fields.code")} htmlFor="point-code">{input("code")}</Field>
          <Field label={t("leaders.points.fields.address")} htmlFor="point-address">{input("address")}</Field>
          <div className="grid grid-cols-2 gap-x-2">
            <Field label={t("leaders.points.fields.district")} htmlFor="point-district">{input("district")}</Field>
            <Field label={t("leaders.points.fields.city")} htmlFor="point-city">{input("city")}</Field>
          </div>
          <div className="grid grid-cols-2 gap-x-2">
            <Field label={t("leaders.points.fields.latitude")} htmlFor="point-latitude">{input("latitude", "number")}</Field>
            <Field label={t("leaders.points.fields.longitude")} htmlFor="point-longitude">{input("longitude", "number")}</Field>
          </div>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("leaders.points.coordinatesHint")}
          </Text>
          <div className="grid grid-cols-2 gap-x-2">
            <Field label={t("leaders.points.fields.radius_km")} htmlFor="point-radius_km">{input("radius_km", "number")}</Field>
            <Field label={t("leaders.points.fields.daily_capacity")} htmlFor="point-daily_capacity">
              {input("daily_capacity", "number")}
            </Field>
          </div>
          <Field label={t("leaders.points.fields.status")}>
            <Select value={form.status} onValueChange={(v) => setForm((f) => ({ ...f, status: v }))}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {["active", "paused", "closed"].map((s) => (
                  <Select.Item key={s} value={s}>
                    {t(`leaders.status.point.${s}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <Field label={t("leaders.points.fields.contact_phone")} htmlFor="point-contact_phone">{input("contact_phone", "tel")}</Field>
          <Field label={t("leaders.points.fields.photo_url")} htmlFor="point-photo_url">{input("photo_url", "url")}</Field>
          <Field label={t("leaders.points.fields.opening_hours")}>
            <OpeningHoursEditor value={hours} onChange={setHours} invalid={invalidDays} />
          </Field>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary">{t("common.cancel")}</Button>
          </Drawer.Close>
          <Button onClick={submit} isLoading={save.isPending}>
            {t("common.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

import type { useTranslation } from "react-i18next"
import type { AdminTemplate } from "../hooks/use-coupons"

type TFunction = ReturnType<typeof useTranslation>["t"]

/** The dashboard's language as an Intl locale. */
export function intlLocale(language: string | undefined): string {
  return language?.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US"
}

export function money(amount: number | null | undefined, currency: string, language?: string): string {
  if (amount === null || amount === undefined) {
    return "–"
  }
  return new Intl.NumberFormat(intlLocale(language), { style: "currency", currency: currency.toUpperCase() }).format(amount)
}

export function dateTime(value: string | null | undefined, language?: string): string {
  return value ? new Intl.DateTimeFormat(intlLocale(language), { dateStyle: "medium", timeStyle: "short" }).format(new Date(value)) : "–"
}

/** "in 3 days" / "3天后": the largest whole unit of a countdown. */
export function countdown(seconds: number, language?: string): string {
  const rtf = new Intl.RelativeTimeFormat(intlLocale(language), { numeric: "auto" })
  if (seconds >= 86400) return rtf.format(Math.floor(seconds / 86400), "day")
  if (seconds >= 3600) return rtf.format(Math.floor(seconds / 3600), "hour")
  return rtf.format(Math.max(1, Math.floor(seconds / 60)), "minute")
}

/** One line describing what a template gives: "¥10.00 off", "10% off, up to ¥20.00", "¥15.00 off over ¥99.00". */
export function termsSummary(t: Pick<AdminTemplate, "type" | "value" | "max_discount" | "min_subtotal" | "currency_code">, tr: TFunction, language?: string) {
  const m = (n: number | null) => money(n, t.currency_code, language)
  if (t.type === "percentage") {
    return tr("coupons.summary.percent", { percent: t.value, cap: m(t.max_discount) })
  }
  if (t.type === "threshold") {
    return tr("coupons.summary.threshold", { amount: m(t.value), min: m(t.min_subtotal) })
  }
  return tr("coupons.summary.off", { amount: m(t.value) })
}

export function windowSummary(t: Pick<AdminTemplate, "window">, tr: TFunction, language?: string) {
  const w = t.window
  if (w.phase === "ended") return tr("coupons.summary.ended")
  if (w.phase === "upcoming") return tr("coupons.summary.upcoming", { time: countdown(w.starts_in_seconds ?? 0, language) })
  return w.ends_in_seconds === null ? tr("coupons.summary.always") : tr("coupons.summary.live", { time: countdown(w.ends_in_seconds, language) })
}

/** datetime-local input value ↔ ISO string. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return ""
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export function fromLocalInput(value: string): string | null {
  return value ? new Date(value).toISOString() : null
}

export const splitList = (value: string) =>
  value
    .split(/[,，\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)

import { DateTime } from "luxon"
import { encodeHtml } from "../../../lib/html"
import { DEFAULT_LANGUAGE, type NotificationCategory, type NotificationLanguage } from "../types"

export type TemplateData = Record<string, unknown>

export type RenderedMessage = { subject: string; text: string; html: string }

/**
 * What a template reads its data with. Every reader tolerates a missing value (the sender may not know
 * it), so a message never shows "undefined".
 */
export type TemplateReader = {
  /** A text value at a dotted path ("pickup_point.name"), or the fallback. */
  s: (path: string, fallback?: string) => string
  /** The first present text value among paths. */
  first: (paths: string[], fallback?: string) => string
  has: (path: string) => boolean
  /** A number at a path, or undefined. */
  n: (path: string) => number | undefined
  /** An amount at `path` in the currency at `currencyPath` (default "currency_code"), e.g. ¥12.30. */
  money: (path: string, currencyPath?: string) => string
  /** A date at `path` in the store's time zone: 2026-12-03 18:00. */
  date: (path: string) => string
  /** A list of texts at `path`, joined for the language. */
  list: (path: string) => string
}

export type TemplateText = { subject: string; text: string }

export type TemplateDefinition = {
  category: NotificationCategory
  render: Record<NotificationLanguage, (r: TemplateReader) => TemplateText>
  /** Data a sender typically gives; the tests render every template with it in every language. */
  sample: TemplateData
}

/** The language of a message: the first hint that names one we write in (zh*, en*), else zh-CN. */
export function templateLanguage(...hints: (string | null | undefined)[]): NotificationLanguage {
  for (const hint of hints) {
    const h = (hint ?? "").trim().toLowerCase()
    if (h.startsWith("en")) return "en"
    if (h.startsWith("zh")) return "zh-CN"
  }
  return DEFAULT_LANGUAGE
}

function at(data: TemplateData, path: string): unknown {
  return path.split(".").reduce<unknown>((v, key) => (v && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined), data)
}

const present = (v: unknown) => v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0)

export function formatMoney(amount: number, currencyCode: string, language: NotificationLanguage): string {
  try {
    return new Intl.NumberFormat(language === "en" ? "en-US" : "zh-CN", {
      style: "currency",
      currency: currencyCode.toUpperCase(),
    }).format(amount)
  } catch {
    return `${amount} ${currencyCode.toUpperCase()}`
  }
}

export function reader(data: TemplateData, language: NotificationLanguage, timeZone: string): TemplateReader {
  const s = (path: string, fallback = "") => {
    const v = at(data, path)
    return present(v) && (typeof v === "string" || typeof v === "number") ? String(v) : fallback
  }
  const n = (path: string) => {
    const v = at(data, path)
    const num = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN
    return Number.isFinite(num) ? num : undefined
  }
  return {
    s,
    first: (paths, fallback = "") => paths.map((p) => s(p)).find((v) => v !== "") ?? fallback,
    has: (path) => present(at(data, path)),
    n,
    money: (path, currencyPath = "currency_code") => {
      const amount = n(path)
      if (amount === undefined) return ""
      return formatMoney(amount, s(currencyPath, "cny"), language)
    },
    date: (path) => {
      const v = at(data, path)
      const d = v instanceof Date ? DateTime.fromJSDate(v) : typeof v === "string" ? DateTime.fromISO(v) : null
      return d?.isValid ? d.setZone(timeZone).toFormat("yyyy-MM-dd HH:mm") : ""
    },
    list: (path) => {
      const v = at(data, path)
      const items = Array.isArray(v) ? v.filter((x) => typeof x === "string" && x) : []
      return items.join(language === "en" ? ", " : "、")
    },
  }
}

/** Renders a template; an unknown one gives its name as the subject (the registry test prevents that). */
export function renderMessage(
  definition: TemplateDefinition | undefined,
  name: string,
  data: TemplateData,
  language: NotificationLanguage,
  timeZone: string
): RenderedMessage {
  const { subject, text } = definition ? definition.render[language](reader(data, language, timeZone)) : { subject: name, text: "" }
  return {
    subject,
    text,
    html: `<h1>${encodeHtml(subject)}</h1>${text
      .split("\n")
      .map((line) => `<p>${encodeHtml(line)}</p>`)
      .join("")}`,
  }
}

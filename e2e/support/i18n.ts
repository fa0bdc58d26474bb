import fs from "fs"
import path from "path"
import type { Page } from "playwright-core"
import translations from "../../src/admin/i18n"
import type { Lang } from "./browser"

/**
 * Our admin strings (src/admin/i18n, the same objects the dashboard loads) for the scenarios: `tr` gives the
 * text a page shows in a language, and `untranslated` is the generic zh-CN check of a whole page: no raw
 * i18n key and none of our English strings left on it.
 */
type Tree = { [key: string]: string | Tree }
const trees: Record<Lang, Tree> = { en: translations.en.translation, zhCN: translations.zhCN.translation }

function lookup(tree: Tree, key: string): string {
  let node: string | Tree | undefined = tree
  for (const part of key.split(".")) {
    node = typeof node === "object" ? node[part] : undefined
  }
  if (typeof node !== "string") throw new Error(`no admin string ${key}`)
  return node
}

/** The text of one of our strings in a language, with `{{name}}` placeholders filled in. */
export function tr(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  return lookup(trees[lang], key).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, v) => (v in vars ? String(vars[v]) : `{{${v}}}`))
}

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)))
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
const PLACEHOLDER = /\{\{\s*\w+\s*\}\}/g
/** Whether a string has an English word of its own (placeholders aside). */
const hasWord = (s: string) => /[A-Za-z]{3,}/.test(s.replace(PLACEHOLDER, ""))
/** A template as a pattern: placeholders match anything ("{{count}} entries" → /^.+? entries$/). */
const pattern = (s: string) => new RegExp(`^${s.split(PLACEHOLDER).map(escape).join(".+?")}$`)

const zhLeaves = new Map(leaves(trees.zhCN))
const zhText = [...zhLeaves.values()].join("\n")

/**
 * Our English strings that must not show on a zh-CN page: every en string whose zh-CN string differs and that
 * has a word in it. A text on the page is a leftover when it IS such a string (placeholders match anything) or
 * contains a part of one of at least two words that no zh-CN string contains ("Cannot be fulfilled yet").
 */
const english = leaves(trees.en)
  .filter(([k, v]) => zhLeaves.get(k) !== v && hasWord(v))
  .map(([key, value]) => ({
    key,
    whole: pattern(value.trim()),
    parts: value
      .split(PLACEHOLDER)
      .map((p) => p.trim().replace(/^[^A-Za-z]+|[^A-Za-z).]+$/g, ""))
      .filter((p) => /[A-Za-z]{2,}\W+[A-Za-z]{2,}/.test(p) && !zhText.includes(p)),
  }))

/** Our top-level i18n keys (`groupBuy`, `commissions`…): a text like "groupBuy.campaigns.title" is a raw key. */
const RAW_KEY = new RegExp(`\\b(?:${Object.keys(trees.en).map(escape).join("|")})\\.[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*`)

/** The visible texts of a page: each text node of a visible element, plus placeholders and aria-labels. */
export async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    const visible = (el: Element | null) =>
      !!el && (el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }) !== false
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? "").replace(/\s+/g, " ").trim()
      if (text && visible(n.parentElement) && !["SCRIPT", "STYLE", "NOSCRIPT"].includes(n.parentElement!.tagName)) out.push(text)
    }
    document.querySelectorAll("[placeholder],[aria-label]").forEach((el) => {
      if (!visible(el)) return
      for (const a of ["placeholder", "aria-label"]) {
        const v = el.getAttribute(a)?.trim()
        if (v) out.push(v)
      }
    })
    return out
  })
}

/**
 * The words @medusajs/ui's Table.Pagination shows when a page passes no `translations` ("1 – 6 of 6 results",
 * "1 of 1 pages", "Prev", "Next"): not our strings (a page that wants them translated passes its own), so not
 * counted as leftovers of ours, although "Next" is also one of our strings.
 */
const PAGINATION_DEFAULTS = [/^\d+ of \d+ (results|pages)$/, /^(Prev|Next|of|pages)$/]

/** Raw keys and English leftovers of ours among a page's texts (each leftover says which text and which string). */
export function untranslated(texts: string[]): { rawKeys: string[]; english: string[] } {
  const rawKeys = texts.filter((t) => RAW_KEY.test(t))
  const leftovers: string[] = []
  for (const text of texts) {
    if (PAGINATION_DEFAULTS.some((p) => p.test(text))) continue
    const hit = english.find((e) => e.whole.test(text) || e.parts.some((p) => text.includes(p)))
    if (hit) leftovers.push(`"${text}" (${hit.key})`)
  }
  return { rawKeys, english: leftovers }
}

/** The dashboard's own error page ("An error occurred", "404 - …") in a language, from its translation files. */
export function errorBoundaryTexts(lang: Lang): string[] {
  const dir = path.join(path.dirname(require.resolve("@medusajs/dashboard/package.json")), "src", "i18n", "translations")
  const json = JSON.parse(fs.readFileSync(path.join(dir, `${lang}.json`), "utf8"))
  const eb = json.errorBoundary as Record<string, string>
  return [eb.defaultTitle, eb.notFoundTitle, eb.internalServerErrorTitle, eb.badRequestTitle]
}

/**
 * The end of every page check: nothing of ours still loading, no error page of the dashboard and no error or
 * no-access state of ours, and the translation check: in zh-CN no raw key and no English string of ours; in
 * English the same detector must find our strings (so it is not blind).
 */
export async function expectSettledAndTranslated(page: Page, lang: Lang, name: string) {
  await page.getByText(tr(lang, "common.loading"), { exact: true }).first().waitFor({ state: "hidden", timeout: 30_000 })
  for (const text of [...errorBoundaryTexts(lang), tr(lang, "common.error"), tr(lang, "common.noAccess")]) {
    expect({ page: name, error: text, count: await page.getByText(text, { exact: true }).count() }).toEqual({ page: name, error: text, count: 0 })
  }
  const found = untranslated(await visibleTexts(page))
  if (lang === "zhCN") {
    expect({ page: name, ...found }).toEqual({ page: name, rawKeys: [], english: [] })
  } else {
    expect({ page: name, rawKeys: found.rawKeys }).toEqual({ page: name, rawKeys: [] })
    expect(found.english.length).toBeGreaterThan(0)
  }
}

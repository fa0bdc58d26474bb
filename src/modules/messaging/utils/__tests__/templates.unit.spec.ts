import fs from "fs"
import path from "path"
import { NOTIFICATION_TEMPLATES, templateDefinition } from "../../templates"
import { NOTIFICATION_CATEGORIES, NOTIFICATION_LANGUAGES } from "../../types"
import { formatMoney, renderMessage, templateLanguage } from "../render"

const SRC = path.join(__dirname, "..", "..", "..", "..")

/** Template names passed as `template: "<name>"` in every server file that sends customer notifications. */
function templateNamesUsedInSrc(): { name: string; file: string }[] {
  const found: { name: string; file: string }[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!["admin", "__tests__", "templates"].includes(entry.name)) walk(full)
      } else if (/\.ts$/.test(entry.name)) {
        const src = fs.readFileSync(full, "utf8")
        if (!/notifyCustomer|notifyTemplate/.test(src)) continue
        for (const m of src.matchAll(/template:\s*["'`]([a-z_]+\.[a-z_.]+)["'`]/g)) {
          found.push({ name: m[1], file: path.relative(SRC, full) })
        }
      }
    }
  }
  walk(SRC)
  return found
}

describe("notification templates", () => {
  it("has every template name used anywhere in src/ in both languages", () => {
    const used = templateNamesUsedInSrc()
    // The scan must find the senders that exist today (a scan that finds nothing proves nothing).
    expect(used.map((u) => u.name)).toEqual(expect.arrayContaining(["coupon.issued", "pickup.order_ready", "order.placed"]))
    const missing = used.filter((u) => !templateDefinition(u.name))
    expect(missing).toEqual([])
  })

  it("has the templates other domains send or are about to send", () => {
    for (const name of [
      "group_buy.member_joined",
      "group_buy.succeeded",
      "group_buy.failed",
      "group_buy.member_refunded",
      "auth.password_reset",
      "coupon.expiring_soon",
      "points.expiring_soon",
    ]) {
      expect(templateDefinition(name)).toBeDefined()
    }
    expect(templateDefinition("toString")).toBeUndefined()
  })

  it.each(Object.keys(NOTIFICATION_TEMPLATES))("renders %s in zh-CN and en, with its sample data and with none", (name) => {
    const def = NOTIFICATION_TEMPLATES[name]
    expect(NOTIFICATION_CATEGORIES).toContain(def.category)
    const texts: string[] = []
    for (const language of NOTIFICATION_LANGUAGES) {
      for (const data of [def.sample, {}]) {
        const m = renderMessage(def, name, data, language, "Asia/Shanghai")
        expect(m.subject.length).toBeGreaterThan(0)
        expect(m.text.length).toBeGreaterThan(0)
        expect(`${m.subject} ${m.text}`).not.toMatch(/undefined|NaN|\[object|null/)
        texts.push(m.text)
      }
    }
    // zh-CN is written in Chinese; en is not (without data, nothing Chinese can come from the sender).
    const [, zhEmpty, , enEmpty] = texts
    expect(zhEmpty).toMatch(/[\u4e00-\u9fff]/)
    expect(enEmpty).not.toMatch(/[\u4e00-\u9fff]/)
  })

  it("encodes data in the HTML part and keeps the text part as typed", () => {
    const def = templateDefinition("review.replied")
    const m = renderMessage(def, "review.replied", { product_title: "西瓜", reply: "<b>谢谢</b>" }, "zh-CN", "Asia/Shanghai")
    expect(m.text).toContain("<b>谢谢</b>")
    expect(m.html).toContain("&lt;b&gt;谢谢&lt;/b&gt;")
    expect(m.html).not.toContain("<b>")
  })

  it("formats amounts for the language and dates in the store time zone", () => {
    const group = templateDefinition("group_buy.failed")
    const zh = renderMessage(group, "group_buy.failed", { campaign_title: "西瓜团", amount: 19.9, currency_code: "cny" }, "zh-CN", "Asia/Shanghai")
    expect(zh.text).toContain("¥19.90")
    const en = renderMessage(group, "group_buy.failed", { campaign_title: "Melons", amount: 19.9, currency_code: "cny" }, "en", "Asia/Shanghai")
    expect(en.text).toContain("CN¥19.90")
    const points = templateDefinition("points.expiring_soon")
    // 2026-12-31T15:59:59Z is 23:59 on Dec 31 in Shanghai (UTC+8).
    expect(renderMessage(points, "points.expiring_soon", { points: 5, expires_at: "2026-12-31T15:59:59.000Z" }, "zh-CN", "Asia/Shanghai").text).toContain(
      "2026-12-31 23:59"
    )
    expect(formatMoney(1.1, "cny", "zh-CN")).toBe("¥1.10")
  })

  it("falls back to the template name for an unknown template rather than failing the sender", () => {
    expect(renderMessage(undefined, "nobody.knows", { a: 1 }, "en", "UTC")).toEqual({ subject: "nobody.knows", text: "", html: "<h1>nobody.knows</h1><p></p>" })
  })
})

describe("templateLanguage", () => {
  it("takes the first hint that names zh or en and defaults to zh-CN", () => {
    expect(templateLanguage("en-US")).toBe("en")
    expect(templateLanguage(null, "EN")).toBe("en")
    expect(templateLanguage("zh-Hans-CN", "en")).toBe("zh-CN")
    expect(templateLanguage("fr-FR", undefined)).toBe("zh-CN")
    expect(templateLanguage()).toBe("zh-CN")
  })
})

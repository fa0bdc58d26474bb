import fs from "fs"
import path from "path"
import groupBuy from "../group-buy"

type Tree = { [key: string]: string | Tree }

const ADMIN = path.join(__dirname, "..", "..")

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return e.name === "__tests__" ? [] : sources(p)
    return /\.tsx?$/.test(e.name) ? [p] : []
  })
}

const has = (tree: Tree, key: string) =>
  typeof key.split(".").reduce<string | Tree | undefined>((t, k) => (t && typeof t === "object" ? t[k] : undefined), tree) === "string"

describe("group-buy admin strings", () => {
  it("has every literal `groupBuy.…` key used by the pages and widgets, in both languages", () => {
    const used = new Set(
      sources(ADMIN).flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(/["'](groupBuy\.[A-Za-z0-9_.]+[A-Za-z0-9_])["']/g)].map((m) => m[1]))
    )
    expect(used.size).toBeGreaterThan(100)
    const missing = [...used].filter((k) => !has(groupBuy.en as Tree, k) || !has(groupBuy.zhCN as Tree, k))
    expect(missing).toEqual([])
  })

  it("has the keys built at runtime (statuses, kinds, payment states, form problems, refusal codes)", () => {
    const dynamic = [
      ...["team", "community"].flatMap((k) => [`groupBuy.kind.${k}`, `groupBuy.kindHint.${k}`]),
      ...["draft", "active", "ended"].map((s) => `groupBuy.campaignStatus.${s}`),
      ...["open", "succeeded", "closed", "failed"].map((s) => `groupBuy.groupStatus.${s}`),
      ...["pending", "confirmed", "refunded", "canceled"].map((s) => `groupBuy.memberStatus.${s}`),
      ...["pending", "completed", "draft", "archived", "canceled", "requires_action"].map((s) => `groupBuy.orderStatus.${s}`),
      ...["full", "expired"].map((s) => `groupBuy.endReasons.${s}`),
      ...["none", "authorized", "captured", "partiallyRefunded", "refunded", "voided"].map((s) => `groupBuy.payment.${s}`),
      ...["activate", "activateConfirm", "end", "endConfirm"].map((s) => `groupBuy.campaign.${s}`),
      ...[
        "required",
        "wholeAtLeastOne",
        "wholeAtLeastZero",
        "productRequired",
        "variantsRequired",
        "lifetimeRange",
        "cutoffFormat",
        "endsBeforeStarts",
        "tiersRequired",
        "currencyTwice",
        "thresholdNotRising",
        "thresholdAboveMax",
        "pricePositive",
        "priceCents",
        "priceNotFalling",
      ].map((p) => `groupBuy.form.problems.${p}`),
    ]
    const missing = dynamic.filter((k) => !has(groupBuy.en as Tree, k) || !has(groupBuy.zhCN as Tree, k))
    expect(missing).toEqual([])
  })

  it("translates every refusal code the Admin API documents for these routes", () => {
    const list = require("../../../api/admin/group-buy/openapi").default as { errors?: { code: string }[] }[]
    const codes = [...new Set(list.flatMap((o) => (o.errors ?? []).map((e) => e.code)))]
    expect(codes.length).toBeGreaterThan(5)
    const missing = codes.filter((c) => !has(groupBuy.en as Tree, `groupBuy.errors.${c}`) || !has(groupBuy.zhCN as Tree, `groupBuy.errors.${c}`))
    expect(missing).toEqual([])
  })
})

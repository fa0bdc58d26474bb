import fs from "fs"
import path from "path"
import leader from "../leader"

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

describe("leader admin strings", () => {
  it("has every literal `leaders.…` key used by the pages and widgets, in both languages", () => {
    const used = new Set(
      sources(ADMIN).flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(/["'](leaders\.[A-Za-z0-9_.]+[A-Za-z0-9_])["']/g)].map((m) => m[1]))
    )
    expect(used.size).toBeGreaterThan(100)
    const missing = [...used].filter((k) => !has(leader.en as Tree, k) || !has(leader.zhCN as Tree, k))
    expect(missing).toEqual([])
  })

  it("has the keys built at runtime (statuses, weekdays, refusal codes, login kinds)", () => {
    const dynamic = [
      ...["applied", "approved", "rejected", "withdrawn"].map((s) => `leaders.status.application.${s}`),
      ...["active", "suspended"].map((s) => `leaders.status.leader.${s}`),
      ...["active", "paused", "closed"].map((s) => `leaders.status.point.${s}`),
      ...["open", "dispatched", "arrived"].map((s) => `leaders.status.batch.${s}`),
      ...["pending", "collectable", "picked_up", "canceled"].map((s) => `leaders.status.pickup.${s}`),
      ...["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => `leaders.weekdays.${d}`),
      ...["existing_user", "shop_password", "reset_password"].map((l) => `leaders.applications.login.${l}`),
      ...["permanent", "days", "latest"].map((m) => `leaders.binding.modes.${m}`),
      ...["notLeader", "suspended", "noPoint", "error"].map((g) => `leaders.portal.gate.${g}`),
      ...["order", "share_link"].map((s) => `leaders.widget.sources.${s}`),
      ...["leader", "operator"].map((s) => `leaders.widget.by.${s}`),
      ...[
        "invalid_pickup_code",
        "wrong_pickup_point",
        "already_picked_up",
        "order_canceled",
        "order_refunded",
        "group_not_succeeded",
        "not_collectable",
        "too_many_attempts",
      ].map((c) => `leaders.portal.verify.errors.${c}`),
    ]
    const missing = dynamic.filter((k) => !has(leader.en as Tree, k) || !has(leader.zhCN as Tree, k))
    expect(missing).toEqual([])
  })
})

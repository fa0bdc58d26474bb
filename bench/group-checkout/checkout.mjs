#!/usr/bin/env node
// Group checkout vs plain checkout, one server (see README.md next to this file).
//
//   DATABASE_URL=postgres://…/gb_bench node bench/group-checkout/checkout.mjs
//
// Starts `medusa start` (admin disabled) on BENCH_PORT against DATABASE_URL (migrated and seeded with `npm run
// seed`: the publishable key and region come from that database, the admin login is the seed's), creates a team campaign on 三亚麒麟西瓜 (1 pc) and opens
// one group, then runs the same number of checkouts through the Store API, alternating phases (plain, group,
// plain, group, …) at the same concurrency:
//   plain: create cart → add line item → address/email → shipping options → shipping method → payment
//          collection → payment session → complete
//   group: create cart → POST /store/group-buy/groups/:id/join → (the same six steps) → complete
// Every checkout is a logged-in customer (a fresh one for each group checkout: a customer joins a group once).
// Reports per phase kind: throughput (checkouts/s of wall time), p50/p95 of the whole checkout and of the
// add/join and complete calls, and the server's CPU-seconds per checkout (its process tree, from /proc), which
// is the steadier figure on a shared machine. Background work (order.placed subscribers, group confirmation,
// the capture of late joiners) runs in the same server during the phases; each phase ends when its checkouts
// and, for group phases, every capture are done. Writes .data/bench-group-checkout.json.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
const PORT = Number(process.env.BENCH_PORT || 9100)
const BASE = `http://localhost:${PORT}`
const CHECKOUTS = Number(process.env.BENCH_CHECKOUTS || 40)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 4)
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3)
const WARMUP = Number(process.env.BENCH_WARMUP || 6)
// Which phases to run (default both, alternating); one kind alone is for profiling (BENCH_CPU_PROF_DIR).
const KINDS = (process.env.BENCH_KINDS || "plain,group").split(",")
const PROFILE_DIR = process.env.BENCH_CPU_PROF_DIR
const DATABASE_URL = process.env.DATABASE_URL
if (!DATABASE_URL) {
  console.error("error: set DATABASE_URL to a migrated and seeded database")
  process.exit(1)
}
const storeData = JSON.parse(fs.readFileSync(path.join(ROOT, "data", "store.json"), "utf8"))
const db = new pg.Client({ connectionString: DATABASE_URL })
await db.connect()
// The seeded demo store of this database: its publishable key and region; the admin login of the seed.
const demo = {
  publishableKey: (await db.query(`SELECT token FROM api_key WHERE type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL ORDER BY (title = $1) DESC, created_at DESC LIMIT 1`, [storeData.publishable_key.title])).rows[0]?.token,
  regionId: (await db.query(`SELECT id FROM region WHERE currency_code = 'cny' AND deleted_at IS NULL ORDER BY created_at LIMIT 1`)).rows[0]?.id,
  admin: { email: process.env.DEMO_ADMIN_EMAIL || "admin@example.com", password: process.env.DEMO_ADMIN_PASSWORD || "supersecret" },
}
if (!demo.publishableKey || !demo.regionId) {
  console.error("error: the database is not seeded (npm run seed)")
  process.exit(1)
}

// ---- the server ------------------------------------------------------------------------------------

const medusaBin = path.join(ROOT, "node_modules", ".bin", "medusa")
const server = spawn(
  PROFILE_DIR ? process.execPath : medusaBin,
  PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`, medusaBin, "start"] : ["start"],
  {
    cwd: ROOT,
    env: { ...process.env, PORT: String(PORT), DISABLE_MEDUSA_ADMIN: "true", NODE_ENV: process.env.NODE_ENV || "development" },
    stdio: ["ignore", "ignore", "pipe"],
  }
)
let serverErr = ""
server.stderr.on("data", (d) => (serverErr = (serverErr + d).slice(-4000)))
const stop = () => server.exitCode === null && server.kill("SIGTERM")
process.on("exit", stop)

async function waitHealthy() {
  const started = Date.now()
  for (;;) {
    try {
      if ((await fetch(`${BASE}/health`)).ok) return
    } catch {}
    if (server.exitCode !== null || Date.now() - started > 180_000) {
      throw new Error(`server did not start: ${serverErr}`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
}

/** CPU seconds used so far by the server's process tree (utime + stime of every process under it). */
function treeCpuSeconds(rootPid) {
  const hz = 100
  const stats = new Map()
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const raw = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      const fields = raw.slice(raw.lastIndexOf(")") + 2).split(" ")
      stats.set(Number(entry), { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / hz })
    } catch {}
  }
  const inTree = (pid) => {
    for (let p = pid; p && stats.has(p); p = stats.get(p).ppid) if (p === rootPid) return true
    return false
  }
  let total = 0
  for (const [pid, s] of stats) if (inTree(pid)) total += s.cpu
  return total
}

// ---- the Store API -------------------------------------------------------------------------------

async function call(method, url, body, headers = {}) {
  const res = await fetch(`${BASE}${url}`, {
    method,
    headers: { "content-type": "application/json", "x-publishable-api-key": demo.publishableKey, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

let seq = 0
async function newCustomer() {
  const email = `bench-${Date.now().toString(36)}-${++seq}@bench.local`
  const password = "bench-password"
  const reg = await call("POST", "/auth/customer/emailpass/register", { email, password })
  await call("POST", "/store/customers", { email, first_name: "压测", last_name: "客" }, { authorization: `Bearer ${reg.token}` })
  const login = await call("POST", "/auth/customer/emailpass", { email, password })
  return { email, auth: { authorization: `Bearer ${login.token}` } }
}

const ADDRESS = {
  first_name: "小明", last_name: "王", address_1: "西湖区文三路259号", city: "杭州", province: "浙江",
  postal_code: "310012", country_code: "cn", phone: "13800138000",
}

/** One checkout; `add` puts the item in the cart (plain line item, or the group join). Returns timings in ms. */
async function checkout(customer, add) {
  const t0 = performance.now()
  const { cart } = await call("POST", "/store/carts", { region_id: demo.regionId, email: customer.email, shipping_address: ADDRESS }, customer.auth)
  const tAdd = performance.now()
  await add(cart.id, customer)
  const addMs = performance.now() - tAdd
  await call("POST", `/store/carts/${cart.id}`, { email: customer.email, shipping_address: ADDRESS }, customer.auth)
  const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`, undefined, customer.auth)
  const express = shipping_options.find((o) => o.type?.code === "express")
  await call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: express.id }, customer.auth)
  const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: cart.id }, customer.auth)
  await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, customer.auth)
  const tComplete = performance.now()
  const done = await call("POST", `/store/carts/${cart.id}/complete`, {}, customer.auth)
  if (done.type !== "order") throw new Error(`cart ${cart.id} did not complete: ${JSON.stringify(done)}`)
  const end = performance.now()
  return { total: end - t0, add: addMs, complete: end - tComplete }
}

async function pool(items, n, fn) {
  let next = 0
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
    while (next < items.length) await fn(items[next++])
  }))
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN
}

// ---- set-up ----------------------------------------------------------------------------------------

await waitHealthy()
const { token } = await call("POST", "/auth/user/emailpass", { email: demo.admin.email, password: demo.admin.password })
const admin = { authorization: `Bearer ${token}` }
const { products } = await call("GET", "/store/products?handle=sanya-mini-watermelon&fields=id,variants.id,variants.sku")
const product = products[0]
const variantId = product.variants.find((v) => v.sku === "FP-WMELON-1").id
// Enough stock for any number of runs (each checkout reserves a unit).
await db.query(
  `UPDATE inventory_level SET stocked_quantity = reserved_quantity + 100000,
          raw_stocked_quantity = jsonb_build_object('value', (reserved_quantity + 100000)::text, 'precision', 20)
    WHERE deleted_at IS NULL AND inventory_item_id IN (SELECT inventory_item_id FROM product_variant_inventory_item WHERE variant_id = $1)`,
  [variantId]
)
const now = Date.now()
const { campaign } = await call(
  "POST",
  "/admin/group-buy/campaigns",
  {
    title: `压测 麒麟西瓜 ${new Date(now).toISOString()}`,
    kind: "team",
    product_id: product.id,
    variant_ids: [variantId],
    max_per_group: 100000,
    group_lifetime_hours: 24,
    starts_at: new Date(now - 3600_000).toISOString(),
    ends_at: new Date(now + 2 * 86400_000).toISOString(),
    tiers: [{ currency_code: "cny", threshold: 2, price: 9.9 }, { currency_code: "cny", threshold: 3, price: 8.8 }],
    status: "active",
  },
  admin
)
const opener = await newCustomer()
await checkout(opener, (cartId, c) => call("POST", `/store/group-buy/campaigns/${campaign.id}/open`, { cart_id: cartId, variant_id: variantId }, c.auth))
let groupId = null
for (let i = 0; i < 100 && !groupId; i++) {
  const { memberships } = await call("GET", "/store/group-buy/my-groups", undefined, opener.auth)
  groupId = memberships[0]?.status === "confirmed" ? memberships[0].group.id : null
  if (!groupId) await new Promise((r) => setTimeout(r, 200))
}
if (!groupId) throw new Error("the opener's membership was not confirmed")

const plainAdd = (cartId, c) => call("POST", `/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, c.auth)
const groupAdd = (cartId, c) => call("POST", `/store/group-buy/groups/${groupId}/join`, { cart_id: cartId, variant_id: variantId }, c.auth)

const plainCustomers = []
for (let i = 0; i < CONCURRENCY; i++) plainCustomers.push(await newCustomer())
process.stdout.write(`» creating ${ROUNDS * CHECKOUTS + WARMUP} group customers…\n`)
const groupCustomers = []
for (let i = 0; i < ROUNDS * CHECKOUTS + WARMUP; i++) groupCustomers.push(await newCustomer())

/** Waits until every confirmed member of the bench group is captured and nothing is pending. */
async function drained() {
  for (let i = 0; i < 600; i++) {
    const { rows } = await db.query(
      `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
              count(*) FILTER (WHERE status = 'confirmed' AND captured_at IS NULL)::int AS uncaptured
         FROM group_buy_member WHERE group_id = $1`,
      [groupId]
    )
    if (!rows[0].pending && !rows[0].uncaptured) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error("group members were not all captured in time")
}

async function phase(kind, n) {
  const samples = []
  const cpu0 = treeCpuSeconds(server.pid)
  const t0 = performance.now()
  const jobs = Array.from({ length: n }, (_, i) => i)
  await pool(jobs, CONCURRENCY, async (i) => {
    const customer = kind === "plain" ? plainCustomers[i % plainCustomers.length] : groupCustomers.shift()
    samples.push(await checkout(customer, kind === "plain" ? plainAdd : groupAdd))
  })
  if (kind === "group") await drained()
  const seconds = (performance.now() - t0) / 1000
  const cpu = treeCpuSeconds(server.pid) - cpu0
  return { kind, n, seconds, cpu, samples }
}

// ---- the run ---------------------------------------------------------------------------------------

process.stdout.write(`» warm-up (${WARMUP} of each)…\n`)
for (const kind of KINDS) await phase(kind, WARMUP)
const results = []
for (let r = 0; r < ROUNDS; r++) {
  for (const kind of r % 2 ? [...KINDS].reverse() : KINDS) {
    const p = await phase(kind, CHECKOUTS)
    results.push(p)
    process.stdout.write(`  round ${r + 1} ${kind.padEnd(5)} ${(p.n / p.seconds).toFixed(2)} checkouts/s, ${(p.cpu / p.n).toFixed(3)} CPU-s each\n`)
  }
}

function summary(kind) {
  const ps = results.filter((p) => p.kind === kind)
  const samples = ps.flatMap((p) => p.samples)
  const n = ps.reduce((a, p) => a + p.n, 0)
  const seconds = ps.reduce((a, p) => a + p.seconds, 0)
  const cpu = ps.reduce((a, p) => a + p.cpu, 0)
  const ms = (xs) => Math.round(xs * 10) / 10
  return {
    checkouts: n,
    throughput_per_s: Math.round((n / seconds) * 1000) / 1000,
    cpu_seconds_per_checkout: Math.round((cpu / n) * 1000) / 1000,
    checkout_ms: { p50: ms(pct(samples.map((s) => s.total), 50)), p95: ms(pct(samples.map((s) => s.total), 95)) },
    add_or_join_ms: { p50: ms(pct(samples.map((s) => s.add), 50)), p95: ms(pct(samples.map((s) => s.add), 95)) },
    complete_ms: { p50: ms(pct(samples.map((s) => s.complete), 50)), p95: ms(pct(samples.map((s) => s.complete), 95)) },
  }
}

const plain = KINDS.includes("plain") ? summary("plain") : null
const group = KINDS.includes("group") ? summary("group") : null
const { rows: [check] } = await db.query(
  `SELECT count(*)::int AS members, count(*) FILTER (WHERE status = 'confirmed' AND captured_at IS NOT NULL)::int AS captured,
          (SELECT member_count FROM group_buy_group WHERE id = $1) AS member_count
     FROM group_buy_member WHERE group_id = $1`,
  [groupId]
)
const out = {
  at: new Date().toISOString(),
  config: { checkouts_per_phase: CHECKOUTS, rounds: ROUNDS, concurrency: CONCURRENCY, warmup: WARMUP },
  load_average: fs.readFileSync("/proc/loadavg", "utf8").trim(),
  plain,
  group,
  throughput_ratio: plain && group ? Math.round((group.throughput_per_s / plain.throughput_per_s) * 1000) / 1000 : null,
  cpu_ratio: plain && group ? Math.round((group.cpu_seconds_per_checkout / plain.cpu_seconds_per_checkout) * 1000) / 1000 : null,
  group_check: check,
}
fs.mkdirSync(path.join(ROOT, ".data"), { recursive: true })
fs.writeFileSync(path.join(ROOT, ".data", "bench-group-checkout.json"), JSON.stringify(out, null, 2))
console.log(JSON.stringify(out, null, 2))
await db.end()
stop()
if (PROFILE_DIR) await new Promise((r) => server.on("exit", r))
process.exit(0)

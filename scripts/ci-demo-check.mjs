#!/usr/bin/env node
// The newcomer path, checked: runs `npm run demo` with DATABASE_URL unset (embedded PostgreSQL), waits
// for the store to come up, checks what the README promises, stops it with Ctrl+C (SIGINT) and checks
// that it stopped cleanly. Writes .data/test-results/demo-check.json ({ passed, failed, checks }).
import { spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { DATA_DIR, ROOT } from "./lib/setup.mjs"

const checks = []
const check = (name, ok, detail = "") => {
  checks.push({ name, ok, detail })
  process.stdout.write(`  ${ok ? "✓" : "✗"} ${name}${detail ? ` (${detail})` : ""}\n`)
}

const env = { ...process.env }
for (const k of ["DATABASE_URL", "DB_HOST", "DB_PORT", "DB_USERNAME", "DB_PASSWORD", "REDIS_URL"]) delete env[k]
const port = Number(env.PORT || 9000)
const pgPort = Number(env.DEMO_PG_PORT || 54329)

process.stdout.write("» newcomer path: npm run demo (no DATABASE_URL)\n")
let output = ""
const demo = spawn("npm", ["run", "demo"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
demo.stdout.on("data", (d) => (output += d))
demo.stderr.on("data", (d) => (output += d))
const exited = new Promise((r) => demo.on("exit", (code) => r(code)))

const deadline = Date.now() + 6 * 60 * 1000
let key = null
while (Date.now() < deadline && demo.exitCode === null) {
  key = output.match(/Publishable key\s+(pk_[0-9a-f]+)/)?.[1] ?? null
  if (key) break
  await new Promise((r) => setTimeout(r, 500))
}
check("demo command prints the store URL, admin URL and publishable key", Boolean(key) && /Admin URL/.test(output) && /Store URL/.test(output))

const get = async (p, headers = {}) => {
  try {
    const res = await fetch(`http://localhost:${port}${p}`, { headers })
    return { status: res.status, body: await res.text() }
  } catch (e) {
    return { status: 0, body: String(e) }
  }
}
const health = await get("/health")
check("GET /health answers 200", health.status === 200, `status ${health.status}`)
const products = await get("/store/products?limit=100&fields=handle", { "x-publishable-api-key": key ?? "" })
let count = 0
try {
  count = JSON.parse(products.body).count
} catch {}
check("GET /store/products lists the seeded products with the printed key", products.status === 200 && count >= 30, `${count} products`)
const app = await get("/app/login")
check("the admin dashboard answers at /app", app.status === 200 && /<html/i.test(app.body), `status ${app.status}`)

// Ctrl+C: the whole process group, as a terminal would.
try {
  process.kill(-demo.pid, "SIGINT")
} catch {}
const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r("timeout"), 30000))])
const portOpen = (p) =>
  new Promise((resolve) => {
    const s = net.connect(p, "127.0.0.1")
    s.once("connect", () => (s.destroy(), resolve(true)))
    s.once("error", () => resolve(false))
  })
const pidFile = path.join(DATA_DIR, "postgres-demo", "postmaster.pid")
check(
  "Ctrl+C stops the server and the embedded PostgreSQL cleanly",
  code !== "timeout" && !(await portOpen(port)) && !(await portOpen(pgPort)) && !fs.existsSync(pidFile),
  `exit ${code}`
)
if (checks.some((c) => !c.ok)) {
  process.stdout.write(output.split("\n").slice(-60).join("\n") + "\n")
  try {
    process.kill(-demo.pid, "SIGKILL")
  } catch {}
}

const passed = checks.filter((c) => c.ok).length
const failed = checks.length - passed
fs.mkdirSync(path.join(DATA_DIR, "test-results"), { recursive: true })
fs.writeFileSync(path.join(DATA_DIR, "test-results", "demo-check.json"), JSON.stringify({ passed, failed, checks }, null, 2))
process.exit(failed ? 1 : 0)

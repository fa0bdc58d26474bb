#!/usr/bin/env node
// `npm run demo`: installs, prepares the database, migrates, seeds, creates the admin user and starts
// Medusa with the admin dashboard. Run it again: the data is reused and nothing is seeded twice.
//
//   DATABASE_URL unset  → embedded PostgreSQL in .data/postgres-demo on port DEMO_PG_PORT (54329)
//   DATABASE_URL set    → that server (the database is created when missing)
import { spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { DATA_DIR, ROOT, ensureInstalled, fail, info, loadDotEnv } from "./lib/setup.mjs"

ensureInstalled()
loadDotEnv()

const { checkExternalDatabase, startEmbeddedPostgres } = await import("./lib/postgres.mjs")

const port = Number(process.env.PORT || 9000)
const baseUrl = `http://localhost:${port}`

function portInUse(p) {
  return new Promise((resolve) => {
    const socket = net.connect(p, "127.0.0.1")
    socket.once("connect", () => (socket.destroy(), resolve(true)))
    socket.once("error", () => resolve(false))
  })
}

if (await portInUse(port)) {
  fail(`port ${port} is already in use (another Medusa running?); stop it or set PORT`)
}

let embedded = null
if (process.env.DATABASE_URL) {
  info("using the database in DATABASE_URL")
  await checkExternalDatabase(process.env.DATABASE_URL)
} else {
  const pgPort = Number(process.env.DEMO_PG_PORT || 54329)
  embedded = await startEmbeddedPostgres({ name: "postgres-demo", port: pgPort, databases: ["medusa_demo"] })
  process.env.DATABASE_URL = embedded.url("medusa_demo")
  info(`embedded PostgreSQL running on localhost:${pgPort} (data in .data/postgres-demo)`)
}

const env = { ...process.env, NODE_ENV: process.env.NODE_ENV || "development" }
const medusaBin = path.join(ROOT, "node_modules", ".bin", "medusa")
let server = null
let stopping = false

/** Stops the server and the embedded PostgreSQL, prints `message` (a one-line error) last, then exits. */
async function shutdown(code, message) {
  if (stopping) return
  stopping = true
  if (server && server.exitCode === null) {
    server.kill("SIGTERM")
    await new Promise((r) => {
      const t = setTimeout(() => (server.kill("SIGKILL"), r()), 10000)
      server.once("exit", () => (clearTimeout(t), r()))
    })
  }
  if (embedded) {
    await embedded.stop().catch(() => {})
    info("embedded PostgreSQL stopped")
  }
  if (message) fail(message)
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

function run(step, args) {
  info(step)
  const r = spawnSync(medusaBin, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" })
  if (r.status !== 0) {
    const out = `${r.stdout}\n${r.stderr}`
    const line = out.split("\n").find((l) => /error/i.test(l)) || out.trim().split("\n").pop()
    process.stderr.write(out.split("\n").slice(-40).join("\n"))
    return shutdown(1, `${step} failed: ${line?.replace(/\x1b\[[0-9;]*m/g, "").trim()}`)
  }
}

await run("running migrations (medusa db:migrate)…", ["db:migrate"])
await run("seeding the demo store (idempotent)…", ["exec", "./src/scripts/seed.ts"])

const demo = JSON.parse(fs.readFileSync(path.join(DATA_DIR, "demo.json"), "utf8"))

info("starting Medusa…")
server = spawn(medusaBin, ["start"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] })
const logFile = fs.createWriteStream(path.join(DATA_DIR, "demo-server.log"))
server.stdout.pipe(logFile)
server.stderr.pipe(logFile)
if (process.env.DEMO_VERBOSE) {
  server.stdout.pipe(process.stdout)
  server.stderr.pipe(process.stderr)
}
server.on("exit", (code) => {
  if (!stopping) {
    process.stderr.write(`Medusa exited with code ${code}; see .data/demo-server.log\n`)
    shutdown(code || 1)
  }
})

const started = Date.now()
for (;;) {
  try {
    const res = await fetch(`${baseUrl}/health`)
    if (res.ok) break
  } catch {}
  if (Date.now() - started > 180000) {
    process.stderr.write("Medusa did not become healthy within 3 minutes; see .data/demo-server.log\n")
    await shutdown(1)
  }
  await new Promise((r) => setTimeout(r, 500))
}

process.stdout.write(`
  Community group-buy demo store is running (server log: .data/demo-server.log)

  Store URL        ${baseUrl}/store
  Publishable key  ${demo.publishableKey}
  Admin URL        ${baseUrl}/app
  Admin login      ${demo.admin.email} / ${demo.admin.password}
  OpenAPI          ${baseUrl}/openapi.json

  Try: curl -H "x-publishable-api-key: ${demo.publishableKey}" ${baseUrl}/store/products
  Press Ctrl+C to stop${embedded ? " (the embedded database stops with it)" : ""}.
`)

import { spawn, spawnSync } from "child_process"
import crypto from "crypto"
import fs from "fs"
import net from "net"
import path from "path"
import { Client } from "pg"

/**
 * The browser suite runs the real thing: a production build of the backend and admin (`medusa build`),
 * a fresh database migrated and seeded with the demo seed, and `medusa start` from `.medusa/server`.
 * The build is reused while nothing it depends on changed (hash in .medusa/server/.e2e-build-hash).
 */
export const ROOT = path.resolve(__dirname, "..", "..")
export const E2E_DIR = path.join(ROOT, ".data", "e2e")
export const STATE_FILE = path.join(E2E_DIR, "state.json")
const SERVER_DIR = path.join(ROOT, ".medusa", "server")
const MEDUSA = path.join(ROOT, "node_modules", ".bin", "medusa")

export type E2eState = {
  baseUrl: string
  dbName: string
  pid: number
  publishableKey: string
  admin: { email: string; password: string }
  /** What `medusa exec` needs to reach the same database with the same secrets (see `medusaExec`). */
  databaseUrl: string
  encryptionKey: string
}

function hashInputs(): string {
  const h = crypto.createHash("sha256")
  const walk = (p: string) => {
    const st = fs.statSync(p)
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) {
        if (e === "__tests__" || e === "node_modules") continue
        walk(path.join(p, e))
      }
    } else {
      h.update(path.relative(ROOT, p))
      h.update(fs.readFileSync(p))
    }
  }
  for (const p of ["src", "data", "medusa-config.ts", "package-lock.json", "tsconfig.json"]) {
    walk(path.join(ROOT, p))
  }
  return h.digest("hex")
}

function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; what: string }) {
  const r = spawnSync(cmd, args, { cwd: opts.cwd, env: opts.env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
  if (r.status !== 0) {
    throw new Error(`${opts.what} failed:\n${(r.stdout ?? "").slice(-4000)}\n${(r.stderr ?? "").slice(-4000)}`)
  }
}

export function buildIfNeeded() {
  const hashFile = path.join(SERVER_DIR, ".e2e-build-hash")
  const hash = hashInputs()
  if (fs.existsSync(hashFile) && fs.readFileSync(hashFile, "utf8") === hash) {
    return false
  }
  run(MEDUSA, ["build"], { cwd: ROOT, env: { ...process.env, NODE_ENV: "production" }, what: "medusa build" })
  const nm = path.join(SERVER_DIR, "node_modules")
  if (!fs.existsSync(nm)) {
    fs.symlinkSync(path.join(ROOT, "node_modules"), nm, "dir")
  }
  fs.writeFileSync(hashFile, hash)
  return true
}

function pgConfig(database: string) {
  return {
    host: process.env.DB_HOST || "localhost",
    port: Number(process.env.DB_PORT || 5432),
    user: process.env.DB_USERNAME || "postgres",
    password: process.env.DB_PASSWORD || undefined,
    database,
  }
}

export function databaseUrl(dbName: string) {
  const c = pgConfig(dbName)
  const auth = c.password ? `${encodeURIComponent(c.user)}:${encodeURIComponent(c.password)}` : encodeURIComponent(c.user)
  return `postgres://${auth}@${c.host}:${c.port}/${dbName}`
}

export async function withAdminDb<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client(pgConfig("postgres"))
  await c.connect()
  try {
    return await fn(c)
  } finally {
    await c.end()
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port
      srv.close(() => resolve(port))
    })
    srv.on("error", reject)
  })
}

function serverEnv(dbUrl: string, encryptionKey: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    COOKIE_SECURE: "false",
    DATABASE_URL: dbUrl,
    // Production refuses the development key for secrets at rest (leaders' identity numbers, pickup codes).
    DATA_ENCRYPTION_KEY: encryptionKey,
  }
  delete env.REDIS_URL
  return env
}

/** One line of the set-up's timing on the test output (the layer's wall time is watched: see README "Tests"). */
function timed<T>(what: string, fn: () => T): T {
  const t0 = Date.now()
  const out = fn()
  process.stdout.write(`» e2e ${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s\n`)
  return out
}

export async function startServer(): Promise<E2eState> {
  fs.mkdirSync(E2E_DIR, { recursive: true })
  const t0 = Date.now()
  const built = buildIfNeeded()
  process.stdout.write(built ? `» e2e medusa build: ${((Date.now() - t0) / 1000).toFixed(1)} s\n` : "» e2e medusa build reused (sources unchanged)\n")
  const dbName = `e2e_${Date.now()}_${process.pid}`
  await withAdminDb((c) => c.query(`create database "${dbName}"`))
  const encryptionKey = process.env.DATA_ENCRYPTION_KEY || crypto.randomBytes(32).toString("hex")
  const env = serverEnv(databaseUrl(dbName), encryptionKey)
  timed("db:migrate", () => run(MEDUSA, ["db:migrate"], { cwd: SERVER_DIR, env, what: "medusa db:migrate" }))
  timed("seed", () => run(MEDUSA, ["exec", "./src/scripts/seed.js"], { cwd: SERVER_DIR, env, what: "seed" }))
  const demo = JSON.parse(fs.readFileSync(path.join(SERVER_DIR, ".data", "demo.json"), "utf8"))

  const port = await freePort()
  const log = fs.openSync(path.join(E2E_DIR, "server.log"), "w")
  const child = spawn(MEDUSA, ["start"], {
    cwd: SERVER_DIR,
    env: { ...env, PORT: String(port), MEDUSA_BACKEND_URL: `http://localhost:${port}` },
    stdio: ["ignore", log, log],
    detached: true,
  })
  child.unref()
  const baseUrl = `http://localhost:${port}`
  const started = Date.now()
  const deadline = Date.now() + 180_000
  for (;;) {
    try {
      const res = await fetch(`${baseUrl}/health`)
      if (res.ok) break
    } catch {
      // not up yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`the e2e server did not start; see ${path.join(E2E_DIR, "server.log")}`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  process.stdout.write(`» e2e server up: ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
  const state: E2eState = {
    baseUrl,
    dbName,
    pid: child.pid!,
    publishableKey: demo.publishableKey,
    admin: { email: demo.admin.email, password: demo.admin.password },
    databaseUrl: env.DATABASE_URL!,
    encryptionKey,
  }
  fs.writeFileSync(STATE_FILE, JSON.stringify(state, null, 2))
  return state
}

/**
 * Whether a kept server (E2E_KEEP_SERVER=1) still answers; it is then reused as it is, with its data and build
 * (a run without the variable stops it and builds again if sources changed).
 */
export async function reuseServer(): Promise<boolean> {
  if (!fs.existsSync(STATE_FILE)) return false
  try {
    return (await fetch(`${readState().baseUrl}/health`)).ok
  } catch {
    return false
  }
}

export async function stopServer() {
  if (!fs.existsSync(STATE_FILE)) return
  const state: E2eState = JSON.parse(fs.readFileSync(STATE_FILE, "utf8"))
  try {
    process.kill(-state.pid, "SIGTERM")
  } catch {
    // already gone
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(state.pid, 0)
      await new Promise((r) => setTimeout(r, 100))
    } catch {
      break
    }
  }
  await withAdminDb((c) => c.query(`drop database if exists "${state.dbName}" with (force)`))
  fs.rmSync(STATE_FILE, { force: true })
}

/**
 * Runs a script of `e2e/support/exec/` with `medusa exec` in the production build, against the e2e database:
 * for what no HTTP route can do, such as running a scheduled job with an explicit clock. Its own process
 * (in-memory event bus): the script does its work in the database and prints one JSON line as its answer.
 */
export async function medusaExec(script: string, args: string[] = []): Promise<unknown> {
  const state = readState()
  const file = path.join(__dirname, "exec", script)
  // Asynchronous: a blocked event loop would leave this process's pooled connections to the server stale.
  const child = spawn(MEDUSA, ["exec", file, ...args], { cwd: SERVER_DIR, env: serverEnv(state.databaseUrl, state.encryptionKey) })
  let stdout = ""
  let stderr = ""
  child.stdout.on("data", (d) => (stdout += d))
  child.stderr.on("data", (d) => (stderr += d))
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve))
  const line = stdout.split("\n").find((l) => l.startsWith("E2E_RESULT "))
  if (code !== 0 || !line) {
    throw new Error(`medusa exec ${script} failed:\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`)
  }
  return JSON.parse(line.slice("E2E_RESULT ".length))
}

export function readState(): E2eState {
  return JSON.parse(fs.readFileSync(STATE_FILE, "utf8"))
}

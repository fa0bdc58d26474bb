// Shared by the demo and test commands. Only Node built-ins here: this runs before `npm ci`.
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
export const DATA_DIR = path.join(ROOT, ".data")

/** Prints one line and exits: bad configuration never ends in a stack trace. */
export function fail(message) {
  process.stderr.write(`\nerror: ${message}\n`)
  process.exit(1)
}

export function info(message) {
  process.stdout.write(`» ${message}\n`)
}

/** Installs dependencies with `npm ci` when node_modules is missing or older than package-lock.json. */
export function ensureInstalled() {
  const lock = path.join(ROOT, "package-lock.json")
  const installed = path.join(ROOT, "node_modules", ".package-lock.json")
  if (fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs) {
    return
  }
  info("installing dependencies (npm ci)…")
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: ROOT, stdio: "inherit" })
  if (r.status !== 0) {
    fail("npm ci failed (see above); Node ^20.19 or >=22.12 and access to the npm registry are required")
  }
}

/** Loads .env (never overriding variables already set), like medusa-config.ts does. */
export function loadDotEnv() {
  const file = path.join(ROOT, ".env")
  if (fs.existsSync(file)) {
    process.loadEnvFile(file)
  }
}

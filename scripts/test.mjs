#!/usr/bin/env node
// `npm test`: the whole test suite, in layers (unit → module → HTTP → browser), ending with one line
// `N passed, N failed, N skipped` derived from the jest results.
//
//   DB_HOST unset  → embedded PostgreSQL in .data/postgres-test on port TEST_PG_PORT (54330)
//   DB_HOST set    → that server, with DB_PORT / DB_USERNAME / DB_PASSWORD (the role needs CREATEDB)
//
// Options: `npm test -- --layer=http [jest args…]` runs one layer (types, unit, modules, http, e2e) and passes the
// rest to jest (e.g. a path pattern).
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { DATA_DIR, ROOT, ensureInstalled, fail, info } from "./lib/setup.mjs"

// A run that stops before writing its summary (install, database start) must not leave the previous run's
// totals for .ci/run to read.
fs.rmSync(path.join(DATA_DIR, "test-results", "summary.json"), { force: true })
ensureInstalled()

const args = process.argv.slice(2)
const layerArg = args.find((a) => a.startsWith("--layer="))
const jestArgs = args.filter((a) => a !== layerArg)
const LAYERS = [
  { name: "types", testType: null },
  { name: "unit", testType: "unit" },
  { name: "modules", testType: "integration:modules" },
  { name: "http", testType: "integration:http" },
  { name: "e2e", testType: "e2e" },
]
const selected = layerArg
  ? LAYERS.filter((l) => layerArg.slice(8).split(",").includes(l.name))
  : LAYERS
if (!selected.length) {
  fail(`unknown layer in ${layerArg}; use one of ${LAYERS.map((l) => l.name).join(", ")}`)
}

const { checkTestServer, startEmbeddedPostgres } = await import("./lib/postgres.mjs")

const env = { ...process.env }
// Tests use Medusa's in-memory event bus, workflow engine and locking unless told otherwise.
delete env.REDIS_URL
delete env.DATABASE_URL
if (process.env.TEST_REDIS_URL) {
  env.REDIS_URL = process.env.TEST_REDIS_URL
}
let embedded = null
if (env.DB_HOST) {
  env.DB_USERNAME ||= "postgres"
  env.DB_PASSWORD ||= ""
  await checkTestServer(env)
  info(`tests use the PostgreSQL server at ${env.DB_HOST}:${env.DB_PORT || 5432}`)
} else {
  const port = Number(process.env.TEST_PG_PORT || 54330)
  embedded = await startEmbeddedPostgres({ name: "postgres-test", port })
  Object.assign(env, {
    DB_HOST: "localhost",
    DB_PORT: String(port),
    DB_USERNAME: embedded.user,
    DB_PASSWORD: embedded.password,
  })
  info(`tests use an embedded PostgreSQL on localhost:${port}`)
}

let child = null
async function cleanup() {
  if (child && child.exitCode === null) child.kill("SIGTERM")
  if (embedded) await embedded.stop().catch(() => {})
}
process.on("SIGINT", () => cleanup().then(() => process.exit(130)))
process.on("SIGTERM", () => cleanup().then(() => process.exit(143)))

const resultsDir = path.join(DATA_DIR, "test-results")
fs.mkdirSync(resultsDir, { recursive: true })

/** The TypeScript check (backend and admin) counts as one test. */
function runTypecheck() {
  info("types (Medusa's generated Query types, then tsc --noEmit, backend and admin)")
  const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc")
  return new Promise((resolve) => {
    // Generate .medusa/types first, as `medusa build` does: without them Query results are loosely typed and
    // code that the production build rejects would pass here.
    child = spawn(process.execPath, [path.join(ROOT, "scripts", "generate-types.cjs")], { cwd: ROOT, env, stdio: "inherit" })
    child.on("exit", (gen) => {
      if (gen !== 0) return resolve({ layer: "types", passed: 0, failed: 1, skipped: 0 })
    child = spawn(process.execPath, [tsc, "--noEmit", "-p", "tsconfig.json"], { cwd: ROOT, stdio: "inherit" })
    child.on("exit", (code) => {
      if (code !== 0) return resolve({ layer: "types", passed: 0, failed: 1, skipped: 0 })
      child = spawn(process.execPath, [tsc, "--noEmit", "-p", "src/admin/tsconfig.json"], { cwd: ROOT, stdio: "inherit" })
      child.on("exit", (code2) =>
        resolve({ layer: "types", passed: code2 === 0 ? 1 : 0, failed: code2 === 0 ? 0 : 1, skipped: 0 })
      )
    })
    })
  })
}

function runLayer(layer) {
  if (!layer.testType) return runTypecheck()
  const outputFile = path.join(resultsDir, `${layer.name}.json`)
  fs.rmSync(outputFile, { force: true })
  const jestBin = path.join(ROOT, "node_modules", "jest", "bin", "jest.js")
  // Database-backed layers boot a whole Medusa app per file and that memory is not all given back: in one process
  // the HTTP layer ran out of heap after ~30 files. One worker at a time, replaced once it holds over 1.5 GB,
  // keeps each file's memory its own (still one file at a time: the machine has 2 cores).
  const recycled = layer.testType === "integration:http" || layer.testType === "integration:modules"
  const argv = [
    jestBin,
    ...(recycled ? ["--maxWorkers=1", "--workerIdleMemoryLimit=1500MB"] : ["--runInBand"]),
    "--forceExit",
    "--passWithNoTests",
    "--json",
    `--outputFile=${outputFile}`,
    ...(layer.testType === "unit" ? ["--silent"] : []),
    ...jestArgs,
  ]
  info(`${layer.name} tests`)
  return new Promise((resolve) => {
    child = spawn(process.execPath, argv, {
      cwd: ROOT,
      env: { ...env, TEST_TYPE: layer.testType, NODE_OPTIONS: "--experimental-vm-modules" },
      stdio: "inherit",
    })
    child.on("exit", (code) => {
      let passed = 0, failed = 0, skipped = 0
      if (fs.existsSync(outputFile)) {
        const r = JSON.parse(fs.readFileSync(outputFile, "utf8"))
        passed = r.numPassedTests
        failed = r.numFailedTests
        skipped = r.numPendingTests + r.numTodoTests
        // A suite that crashed before running its tests (boot failure, syntax error) counts as a failure.
        failed += r.testResults.filter((s) => s.status === "failed" && !s.assertionResults.some((a) => a.status === "failed")).length
      } else if (code !== 0) {
        failed = 1
      }
      if (code !== 0 && failed === 0) failed = 1
      resolve({ layer: layer.name, passed, failed, skipped })
    })
  })
}

const totals = { passed: 0, failed: 0, skipped: 0 }
const perLayer = []
for (const layer of selected) {
  const r = await runLayer(layer)
  perLayer.push(r)
  totals.passed += r.passed
  totals.failed += r.failed
  totals.skipped += r.skipped
}
await cleanup()

fs.writeFileSync(path.join(resultsDir, "summary.json"), JSON.stringify({ ...totals, layers: perLayer }, null, 2))
process.stdout.write("\n")
for (const r of perLayer) {
  process.stdout.write(`  ${r.layer.padEnd(8)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped\n`)
}
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`)
process.exit(totals.failed > 0 ? 1 : 0)

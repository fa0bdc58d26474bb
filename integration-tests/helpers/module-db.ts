import { Client } from "pg"

/**
 * A database name of its own for a module suite (moduleIntegrationTestRunner otherwise uses a fixed name
 * that parallel runs on one server would share), dropped again when the file's tests are done.
 */
export function uniqueModuleDb(prefix: string): string {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`
  afterAll(async () => {
    const client = new Client({
      host: process.env.DB_HOST ?? "localhost",
      port: Number(process.env.DB_PORT ?? 5432),
      user: process.env.DB_USERNAME || "postgres",
      password: process.env.DB_PASSWORD || undefined,
      database: "postgres",
    })
    await client.connect()
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    } finally {
      await client.end()
    }
  })
  return name
}

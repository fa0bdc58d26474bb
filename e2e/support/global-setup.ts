import { reuseServer, startServer, stopServer } from "./server"

/**
 * One production build and one server for every spec file. `E2E_KEEP_SERVER=1` keeps the server running after
 * the run and reuses it next time (while it answers): for working on one spec without migrating and seeding
 * again. A plain run stops a kept server first and starts a fresh one.
 */
export default async function globalSetup() {
  if (process.env.E2E_KEEP_SERVER === "1" && (await reuseServer())) return
  await stopServer()
  await startServer()
}

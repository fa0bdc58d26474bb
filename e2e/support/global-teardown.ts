import { stopServer } from "./server"

export default async function globalTeardown() {
  if (process.env.E2E_KEEP_SERVER === "1") return
  await stopServer()
}

import fs from "fs"
import path from "path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoStore } from "./seed/index"

/**
 * `npm run seed` (medusa exec ./src/scripts/seed.ts): seeds the demo store idempotently and writes what a
 * newcomer needs (publishable key, admin login) to .data/demo.json for the demo command to print.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const result = await seedDemoStore(container, (m) => logger.info(`seed: ${m}`))
  const out = path.join(process.cwd(), ".data", "demo.json")
  fs.mkdirSync(path.dirname(out), { recursive: true })
  fs.writeFileSync(
    out,
    JSON.stringify(
      { publishableKey: result.publishableKey, regionId: result.regionId, admin: result.admin },
      null,
      2
    )
  )
  logger.info(`seed: done; publishable API key ${result.publishableKey}`)
}

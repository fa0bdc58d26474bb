import type { MedusaContainer } from "@medusajs/framework/types"
import { seedDemoStore, type SeedResult } from "../../src/scripts/seed/index"

/**
 * Seeds the demo store into the suite's database. Call it from a top-level `beforeAll` inside
 * `testSuite`: the runner snapshots the database at the first test and restores that snapshot before
 * every later test, so each test starts from the seeded store.
 */
export async function seedDemo(container: MedusaContainer): Promise<SeedResult> {
  return seedDemoStore(container)
}

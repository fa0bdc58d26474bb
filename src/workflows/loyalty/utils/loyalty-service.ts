import type { MedusaContainer } from "@medusajs/framework/types"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import type LoyaltyModuleService from "../../../modules/loyalty/service"

export function loyaltyService(container: MedusaContainer | { resolve: MedusaContainer["resolve"] }): LoyaltyModuleService {
  return container.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
}

/** Workflow inputs carry instants as ISO strings (they are serialized); steps turn them back into dates. */
export const clock = (iso?: string | null) => (iso ? new Date(iso) : new Date())

import type { MedusaContainer } from "@medusajs/framework/types"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"

export function commissionService(container: MedusaContainer | { resolve: MedusaContainer["resolve"] }): CommissionModuleService {
  return container.resolve<CommissionModuleService>(COMMISSION_MODULE)
}

/** Workflow inputs carry instants as ISO strings (they are serialized); steps turn them back into dates. */
export const clock = (iso?: string | null) => (iso ? new Date(iso) : new Date())

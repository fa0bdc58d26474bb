import type { MedusaContainer } from "@medusajs/framework/types"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"

export function commissionService(container: MedusaContainer | { resolve: MedusaContainer["resolve"] }): CommissionModuleService {
  return container.resolve<CommissionModuleService>(COMMISSION_MODULE)
}

/** Workflow inputs carry instants as ISO strings (they are serialized); steps turn them back into dates. */
export const clock = (iso?: string | null) => (iso ? new Date(iso) : new Date())

/**
 * The lock every commission workflow of one order holds from reading the order (payments, refunds, status)
 * to writing the ledger: accrual, reversal and receipt then never interleave (an accrual reading "not
 * refunded" while a refund's reversal finds no accrual yet would lose the reversal). Medusa's Locking module:
 * in memory in one process, Redis across instances.
 */
export function orderLock(orderId: string) {
  return { key: `commission:order:${orderId}`, timeout: 30, ttl: 120 }
}

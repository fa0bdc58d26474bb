import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../lib/errors"
import type { LedgerEntry } from "../../../modules/loyalty/types"

export function presentAdminEntry(e: LedgerEntry) {
  return {
    id: e.id,
    delta: e.delta,
    kind: e.kind,
    reference: e.reference,
    expires_at: e.expires_at,
    order_id: e.order_id,
    note: e.note,
    created_by: e.created_by,
    created_at: e.created_at,
  }
}

export async function assertCustomer(container: MedusaContainer, customerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: customerId } })
  if (!data.length) {
    throw notFound("customer_not_found", `Customer ${customerId} was not found`)
  }
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../lib/errors"
import { toApplicationView } from "../../store/leader-applications/helpers"

export const APPLICATION_FIELDS = ["*", "customer.id", "customer.email", "customer.first_name", "customer.last_name"]

export function toAdminApplicationView(a: Record<string, any>) {
  return {
    ...toApplicationView(a),
    customer_id: a.customer_id,
    customer: a.customer
      ? {
          id: a.customer.id,
          email: a.customer.email ?? null,
          first_name: a.customer.first_name ?? null,
          last_name: a.customer.last_name ?? null,
        }
      : null,
    reviewed_by: a.reviewed_by ?? null,
    leader_id: a.leader_id ?? null,
  }
}

export async function getAdminApplication(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "leader_application", fields: APPLICATION_FIELDS, filters: { id } })
  if (!data[0]) {
    throw notFound("application_not_found", `Leader application ${id} was not found`)
  }
  return toAdminApplicationView(data[0])
}

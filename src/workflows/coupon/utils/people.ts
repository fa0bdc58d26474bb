import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Person = { id: string; first_name?: string | null; last_name?: string | null; email?: string | null }

/** A name others may see: the family name and a star (王*), or the e-mail's first letter (a***@example.com). */
export function maskedName(p: Person | undefined): string {
  const name = `${p?.last_name ?? ""}${p?.first_name ?? ""}`.trim()
  if (name) {
    return `${[...name][0]}*`
  }
  const email = p?.email ?? ""
  const [user, domain] = email.split("@")
  return user && domain ? `${user[0]}***@${domain}` : "***"
}

export async function customersById(container: MedusaContainer, ids: string[]): Promise<Map<string, Person>> {
  if (!ids.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "first_name", "last_name", "email"],
    filters: { id: [...new Set(ids)] },
  })
  return new Map(data.map((c) => [c.id, c]))
}

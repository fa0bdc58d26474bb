import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { notFound } from "../../../../../lib/errors"

/**
 * GET /admin/customers/:id/security: how a customer logs in (e-mail and password, phone code) and whether two-step
 * verification is on, for operators helping a customer. Secrets and recovery codes never leave the auth module.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "phone", "has_account"],
    filters: { id: req.params.id },
  })
  const customer = data[0]
  if (!customer) {
    throw notFound("customer_not_found", `Customer ${req.params.id} was not found`)
  }
  const auth = req.scope.resolve(Modules.AUTH)
  // The customer's login is the auth identity whose app_metadata points at them; its provider identities carry the
  // e-mail (emailpass) or the phone (phone-otp) as entity_id.
  const handles = [customer.email, customer.phone].filter((h): h is string => !!h)
  const providerIdentities = (
    await Promise.all(handles.map((h) => auth.listProviderIdentities({ entity_id: h }, { select: ["auth_identity_id"] })))
  ).flat()
  const identityIds = [...new Set(providerIdentities.map((p) => p.auth_identity_id).filter((id): id is string => !!id))]
  const identities = identityIds.length
    ? await auth.listAuthIdentities({ id: identityIds }, { relations: ["provider_identities"] })
    : []
  const mine = identities.filter((i) => i.app_metadata?.customer_id === customer.id)
  const factors = (await Promise.all(mine.map((i) => auth.listAuthMfa({ auth_identity_id: i.id })))).flat()
  const live = factors.filter((f) => f.status !== "disabled")
  res.json({
    customer_id: customer.id,
    has_account: !!customer.has_account,
    email: customer.email ?? null,
    phone: customer.phone ?? null,
    login_methods: [...new Set(mine.flatMap((i) => (i.provider_identities ?? []).map((p) => p.provider)))].sort(),
    two_factor: {
      enabled: live.some((f) => f.status === "enabled"),
      factors: live.map((f) => ({ id: f.id, provider: f.provider, status: f.status })),
    },
  })
}

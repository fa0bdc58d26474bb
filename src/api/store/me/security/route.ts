import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * GET /store/me/security: how I log in (e-mail and password, phone code) and my two-step verification (TOTP), for
 * the account security page. Enrolment, confirmation, recovery codes and disabling use Medusa's /auth/mfa routes.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const auth = req.scope.resolve(Modules.AUTH)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [identity, factors, customers] = await Promise.all([
    auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] }),
    auth.listAuthMfa({ auth_identity_id: req.auth_context.auth_identity_id }),
    query.graph({ entity: "customer", fields: ["id", "email", "phone"], filters: { id: req.auth_context.actor_id } }),
  ])
  const live = factors.filter((f) => f.status !== "disabled")
  res.json({
    email: customers.data[0]?.email ?? null,
    phone: customers.data[0]?.phone ?? null,
    login_methods: [...new Set((identity.provider_identities ?? []).map((p) => p.provider))].sort(),
    two_factor: {
      enabled: live.some((f) => f.status === "enabled"),
      factors: live.map((f) => ({ id: f.id, provider: f.provider, status: f.status })),
    },
  })
}

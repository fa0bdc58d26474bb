import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateLoyaltySettingsWorkflow } from "../../../../workflows/loyalty"
import { loyaltyService } from "../../../../workflows/loyalty/utils/loyalty-service"
import type { AdminUpdateLoyaltySettingsType } from "../validators"

async function view(req: AuthenticatedMedusaRequest) {
  const service = loyaltyService(req.scope)
  const [settings, tiers] = await Promise.all([service.getSettings(), service.listTierDefinitions()])
  return {
    settings,
    tiers: tiers.map((t) => ({
      id: t.id,
      code: t.code,
      name: t.name,
      name_en: t.name_en,
      rank: t.rank,
      min_spend: t.min_spend,
      multiplier: t.multiplier,
      free_shipping_threshold: t.free_shipping_threshold,
    })),
  }
}

/** GET /admin/loyalty/settings: rates, check-in table, expiry and tiers. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await view(req))
}

/** POST /admin/loyalty/settings: change any of them; `tiers` replaces the whole list (matched by code). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateLoyaltySettingsType>, res: MedusaResponse) => {
  const { tiers, ...settings } = req.validatedBody
  await updateLoyaltySettingsWorkflow(req.scope).run({ input: { settings, tiers } })
  res.json(await view(req))
}

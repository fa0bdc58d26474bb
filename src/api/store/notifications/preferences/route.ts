import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invalid } from "../../../../lib/errors"
import { MESSAGING_MODULE } from "../../../../modules/messaging"
import type MessagingModuleService from "../../../../modules/messaging/service"
import { isOptionalCategory, type OptionalCategory } from "../../../../modules/messaging/types"
import { presentPreferences } from "../helpers"
import type { StoreUpdateNotificationPreferencesType } from "../validators"

/** GET /store/notifications/preferences: my language and which categories I receive. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<MessagingModuleService>(MESSAGING_MODULE)
  res.json({ preferences: presentPreferences(await service.getPreferences(req.auth_context.actor_id)) })
}

/** POST /store/notifications/preferences { language?, categories?: { group_updates: false, … } } */
export const POST = async (req: AuthenticatedMedusaRequest<StoreUpdateNotificationPreferencesType>, res: MedusaResponse) => {
  const { language, categories } = req.validatedBody
  const service = req.scope.resolve<MessagingModuleService>(MESSAGING_MODULE)
  const customerId = req.auth_context.actor_id
  const forced = Object.entries(categories ?? {}).filter(([c, on]) => on === false && !isOptionalCategory(c))
  if (forced.length) {
    throw invalid("category_not_optional", `${forced.map(([c]) => c).join(", ")} cannot be switched off (transactional)`)
  }
  let optedOut: OptionalCategory[] | undefined
  if (categories) {
    const current = new Set((await service.getPreferences(customerId)).opted_out)
    for (const [c, on] of Object.entries(categories)) {
      if (isOptionalCategory(c)) on ? current.delete(c) : current.add(c)
    }
    optedOut = [...current]
  }
  const saved = await service.setPreferences(customerId, { language, opted_out: optedOut })
  res.json({ preferences: presentPreferences(saved) })
}

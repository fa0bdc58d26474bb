import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loyaltyService } from "../../../../workflows/loyalty/utils/loyalty-service"
import { presentEntry } from "../helpers"
import type { StoreListLoyaltyEntriesType } from "../validators"

/** GET /store/loyalty/entries?offset&limit&kind: my points history, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListLoyaltyEntriesType>, res: MedusaResponse) => {
  const { offset, limit, kind } = req.validatedQuery as StoreListLoyaltyEntriesType
  const { entries, count } = await loyaltyService(req.scope).listLedger(req.auth_context.actor_id, {
    offset,
    limit,
    kinds: kind ? [kind] : undefined,
  })
  res.json({ entries: entries.map(presentEntry), count, offset, limit })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { commissionService } from "../../../../workflows/commission/utils/commission-service"
import { presentEntry } from "../../../admin/commissions/helpers"
import type { StoreListCommissionEntriesType } from "../validators"

/** GET /store/commissions/entries: what I earned (and what was reversed), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListCommissionEntriesType>, res: MedusaResponse) => {
  const { limit, offset, ...filters } = req.validatedQuery as StoreListCommissionEntriesType
  const { entries, count } = await commissionService(req.scope).listLedger(
    { ...filters, beneficiary_id: req.auth_context.actor_id },
    { offset, limit }
  )
  res.json({ entries: entries.map(presentEntry), count, offset, limit })
}

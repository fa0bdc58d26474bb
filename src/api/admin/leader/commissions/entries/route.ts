import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { commissionService } from "../../../../../workflows/commission/utils/commission-service"
import { presentEntry } from "../../../commissions/helpers"
import { getRequestLeader } from "../../context"
import type { LeaderListCommissionEntriesType } from "../validators"

/** GET /admin/leader/commissions/entries: my ledger entries (optionally of one order), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, LeaderListCommissionEntriesType>, res: MedusaResponse) => {
  const { limit, offset, ...filters } = req.validatedQuery as LeaderListCommissionEntriesType
  const leader = getRequestLeader(req)
  const { entries, count } = await commissionService(req.scope).listLedger({ ...filters, beneficiary_id: leader.customer_id }, { offset, limit })
  res.json({ entries: entries.map(presentEntry), count, offset, limit })
}

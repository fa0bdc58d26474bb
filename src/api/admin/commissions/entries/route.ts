import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { commissionService } from "../../../../workflows/commission/utils/commission-service"
import { beneficiaryNames, presentEntry, storeDayRange } from "../helpers"
import type { AdminListCommissionEntriesType } from "../validators"

/** GET /admin/commissions/entries: the ledger, newest first, filtered by beneficiary, leader, order, kind, type, status, period. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListCommissionEntriesType>, res: MedusaResponse) => {
  const { limit, offset, from, to, ...filters } = req.validatedQuery as AdminListCommissionEntriesType
  const { entries, count } = await commissionService(req.scope).listLedger({ ...filters, ...storeDayRange(from, to) }, { offset, limit })
  const names = await beneficiaryNames(req.scope, entries.map((e) => e.beneficiary_id))
  res.json({
    entries: entries.map((e) => ({ ...presentEntry(e), customer_id: e.customer_id, rule_id: e.rule_id, beneficiary_name: names.get(e.beneficiary_id) ?? null })),
    count,
    offset,
    limit,
  })
}

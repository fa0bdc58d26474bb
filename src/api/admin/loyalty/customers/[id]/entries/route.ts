import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loyaltyService } from "../../../../../../workflows/loyalty/utils/loyalty-service"
import { assertCustomer, presentAdminEntry } from "../../../helpers"
import type { AdminListCustomerEntriesType } from "../../../validators"

/** GET /admin/loyalty/customers/:id/entries: the customer's full ledger, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListCustomerEntriesType>, res: MedusaResponse) => {
  const { offset, limit, kind } = req.validatedQuery as AdminListCustomerEntriesType
  await assertCustomer(req.scope, req.params.id)
  const { entries, count } = await loyaltyService(req.scope).listLedger(req.params.id, { offset, limit, kinds: kind ? [kind] : undefined })
  res.json({ entries: entries.map(presentAdminEntry), count, offset, limit })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { commissionService } from "../../../../workflows/commission/utils/commission-service"
import { presentBalances, presentSettings } from "../../commissions/helpers"
import { getRequestLeader } from "../context"

/** GET /admin/leader/commissions: my earnings summary (pending, available, withdrawing, withdrawn) and the withdrawal terms. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const leader = getRequestLeader(req)
  const service = commissionService(req.scope)
  const [balances, settings] = await Promise.all([service.getBalances(leader.customer_id), service.getSettings()])
  res.json({ balances: presentBalances(balances), settings: presentSettings(settings) })
}

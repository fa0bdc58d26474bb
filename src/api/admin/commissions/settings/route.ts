import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCommissionSettingsWorkflow } from "../../../../workflows/commission"
import { commissionService } from "../../../../workflows/commission/utils/commission-service"
import { presentSettings } from "../helpers"
import type { AdminUpdateCommissionSettingsType } from "../validators"

/** GET /admin/commissions/settings: settlement delay and withdrawal terms. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ settings: presentSettings(await commissionService(req.scope).getSettings()) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCommissionSettingsType>, res: MedusaResponse) => {
  const b = req.validatedBody
  await updateCommissionSettingsWorkflow(req.scope).run({
    input: {
      ...(b.settlement_delay_days !== undefined ? { settlement_delay_days: b.settlement_delay_days } : {}),
      ...(b.withdrawal_min_amount !== undefined ? { withdrawal_min_amount: String(b.withdrawal_min_amount) } : {}),
      ...(b.withdrawal_fee_percent !== undefined ? { withdrawal_fee_percent: String(b.withdrawal_fee_percent) } : {}),
      ...(b.withdrawal_fee_fixed !== undefined ? { withdrawal_fee_fixed: String(b.withdrawal_fee_fixed) } : {}),
    },
  })
  res.json({ settings: presentSettings(await commissionService(req.scope).getSettings()) })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEADER_MODULE } from "../../../modules/leader"
import type LeaderModuleService from "../../../modules/leader/service"
import type { AdminLeaderSettingsType } from "./validators"

/** GET /admin/leader-settings: the binding mode. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const service: LeaderModuleService = req.scope.resolve(LEADER_MODULE)
  res.json({ leader_settings: await service.getBindingSettings() })
}

/** POST /admin/leader-settings: change the binding mode (applies to bindings made from now on). */
export const POST = async (req: MedusaRequest<AdminLeaderSettingsType>, res: MedusaResponse) => {
  const service: LeaderModuleService = req.scope.resolve(LEADER_MODULE)
  const { binding_mode, binding_days } = req.validatedBody
  res.json({ leader_settings: await service.setBindingSettings({ binding_mode, binding_days: binding_days ?? null }) })
}

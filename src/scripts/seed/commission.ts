import commissionData from "../../../data/commissions.json"
import type { RuleScope } from "../../modules/commission/types"
import { createCommissionRuleWorkflow } from "../../workflows/commission"
import { commissionService } from "../../workflows/commission/utils/commission-service"
import type { SeedContext } from "./types"

type SeedRule = {
  scope: RuleScope
  category?: string
  pickup_rate?: number
  referral_l1_rate?: number
  referral_l2_rate?: number
  note: string
}

/**
 * Commission settings (saved once, while never saved) and the demo's rate rules (data/commissions.json),
 * each found by its note before it is created. Returns rule ids by note.
 */
export async function seedCommissions({ container, log }: SeedContext, { categoryIds }: { categoryIds: Record<string, string> }) {
  const service = commissionService(container)
  const [saved] = await service.listCommissionSettings({ key: "default" }, { take: 1 })
  if (!saved) {
    await service.updateSettings(commissionData.settings)
    log("commission: settings saved")
  }
  const rules = commissionData.rules as SeedRule[]
  const existing = await service.listCommissionRules({ note: rules.map((r) => r.note) }, { take: null })
  const ids: Record<string, string> = {}
  for (const r of rules) {
    const found = existing.find((e) => e.note === r.note)
    if (found) {
      ids[r.note] = found.id
      continue
    }
    const { category, ...values } = r
    const { result } = await createCommissionRuleWorkflow(container).run({
      input: { ...values, target_id: category ? categoryIds[category] : null },
    })
    ids[r.note] = result.id
    log(`commission: rule ${r.scope}${category ? ` ${category}` : ""}`)
  }
  return ids
}

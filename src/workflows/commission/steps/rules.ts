import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid, notFound } from "../../../lib/errors"
import { LEADER_MODULE } from "../../../modules/leader"
import type LeaderModuleService from "../../../modules/leader/service"
import type { RuleScope } from "../../../modules/commission/types"
import { commissionService } from "../utils/commission-service"

export type RuleValues = {
  scope?: RuleScope
  target_id?: string | null
  pickup_rate?: number | null
  referral_l1_rate?: number | null
  referral_l2_rate?: number | null
  is_active?: boolean
  note?: string | null
}

/** The rule's target exists: a product category, a product or a leader (`rule_target_not_found`). */
export const validateRuleTargetStep = createStep(
  "validate-commission-rule-target",
  async (input: { scope: RuleScope; target_id: string | null }, { container }) => {
    if (input.scope === "default") {
      if (input.target_id) throw invalid("rule_target_not_allowed", "A default rule has no target")
      return new StepResponse(undefined)
    }
    if (!input.target_id) throw invalid("rule_target_required", `A ${input.scope} rule needs a target_id`)
    let found = false
    if (input.scope === "leader") {
      const leaders: LeaderModuleService = container.resolve(LEADER_MODULE)
      found = (await leaders.listLeaders({ id: input.target_id }, { take: 1 })).length > 0
    } else {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const entity = input.scope === "product" ? "product" : "product_category"
      found = (await query.graph({ entity, fields: ["id"], filters: { id: input.target_id } })).data.length > 0
    }
    if (!found) throw invalid("rule_target_not_found", `No ${input.scope} ${input.target_id}`)
    return new StepResponse(undefined)
  }
)

export const createRuleStep = createStep(
  "create-commission-rule",
  async (input: RuleValues & { scope: RuleScope }, { container }) => {
    const rule = await commissionService(container).createCommissionRules({
      scope: input.scope,
      target_id: input.scope === "default" ? null : input.target_id ?? null,
      pickup_rate: input.pickup_rate ?? null,
      referral_l1_rate: input.referral_l1_rate ?? null,
      referral_l2_rate: input.referral_l2_rate ?? null,
      is_active: input.is_active ?? true,
      note: input.note ?? null,
    })
    return new StepResponse(rule, rule.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    await commissionService(container).deleteCommissionRules(id)
  }
)

export const loadRuleStep = createStep("load-commission-rule", async (input: { id: string }, { container }) => {
  const [rule] = await commissionService(container).listCommissionRules({ id: input.id }, { take: 1 })
  if (!rule) throw notFound("commission_rule_not_found", `Commission rule ${input.id} was not found`)
  return new StepResponse(rule)
})

type Snapshot = { id: string } & Required<Omit<RuleValues, "scope" | "target_id">>

export const updateRuleStep = createStep(
  "update-commission-rule",
  async (input: { id: string; values: RuleValues }, { container }) => {
    const service = commissionService(container)
    const [before] = await service.listCommissionRules({ id: input.id }, { take: 1 })
    const { scope: _scope, target_id: _target, ...values } = input.values
    const rule = await service.updateCommissionRules({ id: input.id, ...values })
    const snapshot: Snapshot = {
      id: before.id,
      pickup_rate: before.pickup_rate ?? null,
      referral_l1_rate: before.referral_l1_rate ?? null,
      referral_l2_rate: before.referral_l2_rate ?? null,
      is_active: before.is_active,
      note: before.note ?? null,
    }
    return new StepResponse(rule, snapshot)
  },
  async (snapshot: Snapshot | undefined, { container }) => {
    if (!snapshot) return
    await commissionService(container).updateCommissionRules(snapshot)
  }
)

export const deleteRuleStep = createStep(
  "delete-commission-rule",
  async (input: { id: string }, { container }) => {
    await commissionService(container).softDeleteCommissionRules(input.id)
    return new StepResponse(input.id, input.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    await commissionService(container).restoreCommissionRules(id)
  }
)

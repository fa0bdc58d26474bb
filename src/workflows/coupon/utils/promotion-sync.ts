import type { IPromotionModuleService } from "@medusajs/framework/types"
import type { PromotionSpec, PromotionVariantSpec } from "../../../modules/coupon/utils/promotion-spec"

export type PromotionIds = {
  campaign_id: string
  promotion_id: string
  promotion_code: string
  cap_promotion_id: string | null
  cap_promotion_code: string | null
}

function promotionInput(p: PromotionVariantSpec, campaignId: string) {
  return {
    code: p.code,
    type: "standard" as const,
    status: p.status,
    is_automatic: true,
    campaign_id: campaignId,
    application_method: {
      type: p.application_method.type,
      target_type: p.application_method.target_type,
      allocation: p.application_method.allocation,
      value: p.application_method.value,
      currency_code: p.application_method.currency_code,
      target_rules: p.application_method.target_rules,
    },
    rules: p.rules,
    metadata: { managed_by: "coupon" },
  }
}

/** Creates the campaign and promotions of a spec. */
export async function createFromSpec(promotions: IPromotionModuleService, spec: PromotionSpec): Promise<PromotionIds> {
  const { budget_limit, ...campaignData } = spec.campaign
  const campaign = await promotions.createCampaigns({
    ...campaignData,
    ...(budget_limit !== null ? { budget: { type: "usage" as const, limit: budget_limit } } : {}),
  })
  const created = await promotions.createPromotions(spec.promotions.map((p) => promotionInput(p, campaign.id)))
  const main = created.find((p) => p.code === spec.promotions[0].code)!
  const cap = spec.promotions[1] ? created.find((p) => p.code === spec.promotions[1].code)! : null
  return {
    campaign_id: campaign.id,
    promotion_id: main.id,
    promotion_code: main.code!,
    cap_promotion_id: cap?.id ?? null,
    cap_promotion_code: cap?.code ?? null,
  }
}

export async function deleteFromIds(promotions: IPromotionModuleService, ids: PromotionIds): Promise<void> {
  await promotions.deletePromotions([ids.promotion_id, ...(ids.cap_promotion_id ? [ids.cap_promotion_id] : [])])
  await promotions.deleteCampaigns([ids.campaign_id])
}

const ruleKey = (rules: { attribute: string; values: string[] }[]) =>
  JSON.stringify(rules.map((r) => [r.attribute, [...r.values].sort()]).sort())

/**
 * Converges existing promotions to a spec: campaign name, window and budget; each promotion's status, value,
 * target and target rules. Idempotent, so a compensation converges back to the previous spec the same way.
 */
export async function applySpec(promotions: IPromotionModuleService, spec: PromotionSpec, ids: PromotionIds): Promise<void> {
  const campaign = await promotions.retrieveCampaign(ids.campaign_id, { relations: ["budget"] })
  const { budget_limit, campaign_identifier: _identifier, ...campaignData } = spec.campaign
  const budget = campaign.budget
    ? { budget: { limit: budget_limit } }
    : budget_limit !== null
      ? { budget: { type: "usage" as const, limit: budget_limit } }
      : {}
  await promotions.updateCampaigns({ id: ids.campaign_id, ...campaignData, ...budget })

  const variants: [PromotionVariantSpec, string | null][] = [
    [spec.promotions[0], ids.promotion_id],
    ...(spec.promotions[1] ? [[spec.promotions[1], ids.cap_promotion_id] as [PromotionVariantSpec, string | null]] : []),
  ]
  for (const [p, id] of variants) {
    if (!id) {
      continue
    }
    const current = await promotions.retrievePromotion(id, {
      relations: ["application_method", "application_method.target_rules", "application_method.target_rules.values"],
    })
    const currentRules = (current.application_method?.target_rules ?? []).map((r) => ({
      id: r.id,
      attribute: r.attribute!,
      values: (r.values ?? []).map((v) => v.value!),
    }))
    const rulesChange = ruleKey(currentRules) !== ruleKey(p.application_method.target_rules)
    if (rulesChange && currentRules.length) {
      await promotions.removePromotionTargetRules(id, currentRules.map((r) => r.id))
    }
    await promotions.updatePromotions([
      {
        id,
        status: p.status,
        application_method: {
          value: p.application_method.value,
          target_type: p.application_method.target_type,
          allocation: p.application_method.allocation,
        },
      },
    ])
    if (rulesChange && p.application_method.target_rules.length) {
      await promotions.addPromotionTargetRules(id, p.application_method.target_rules)
    }
  }
}

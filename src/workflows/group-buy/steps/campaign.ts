import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid, notFound, refused } from "../../../lib/errors"
import type { CampaignKind, CampaignStatus, TierInput } from "../../../modules/group-buy/types"
import { tierListProblem } from "../../../modules/group-buy/utils/tiers"
import { groupBuyService } from "../utils/service"

/** The operator-editable fields of a campaign (tiers separately). */
export type CampaignFields = {
  title: string
  description?: string | null
  kind: CampaignKind
  product_id: string
  variant_ids: string[]
  max_per_group: number
  group_lifetime_hours?: number | null
  cutoff_time?: string | null
  starts_at: Date | string
  ends_at: Date | string
  max_units_per_customer?: number | null
  max_joins_per_customer?: number | null
  stock_cap?: number | null
  auto_fill?: boolean
  status?: CampaignStatus
  metadata?: Record<string, unknown> | null
}

export type CampaignInput = CampaignFields & { tiers: TierInput[] }
export type CampaignPatch = Partial<CampaignInput>

const DRAFT_ONLY: (keyof CampaignInput)[] = ["kind", "product_id", "variant_ids", "tiers", "max_per_group"]

type Existing = { id: string; status: CampaignStatus; sold_quantity: number } & CampaignFields

/**
 * Checks a whole campaign (after a patch is applied): the kind's own setting (team: lifetime hours; community:
 * cutoff time), the window, the tiers of each currency (rising thresholds, falling prices, within the group
 * size), the variants belong to the product, a stock cap not below what was sold. Returns the merged campaign.
 */
export const validateCampaignStepId = "validate-group-buy-campaign"
export const validateCampaignStep = createStep(
  validateCampaignStepId,
  async (input: { id?: string | null; campaign: CampaignPatch }, { container }) => {
    const service = groupBuyService(container)
    let existing: Existing | null = null
    let existingTiers: TierInput[] = []
    if (input.id) {
      const [found] = await service.listGroupBuyCampaigns({ id: input.id })
      if (!found) {
        throw notFound("campaign_not_found", `Group-buy campaign ${input.id} was not found`)
      }
      existing = found as Existing
      existingTiers = ((await service.tiersByCampaign([found.id])).get(found.id) ?? []).map((t) => ({
        currency_code: t.currency_code,
        threshold: t.threshold,
        price: t.price,
      }))
      if (existing.status !== "draft") {
        const locked = DRAFT_ONLY.filter((k) => input.campaign[k] !== undefined)
        if (locked.length) {
          throw refused(
            "campaign_not_draft",
            `Campaign ${existing.id} is ${existing.status}: ${locked.join(", ")} can only change while it is a draft`
          )
        }
      }
    }
    const merged = { ...(existing ?? {}), tiers: existingTiers, ...input.campaign } as CampaignInput & { sold_quantity?: number }
    if (merged.kind === "team") {
      if (!merged.group_lifetime_hours) {
        throw invalid("group_lifetime_required", "A team deal needs group_lifetime_hours (how long a group stays open)")
      }
      merged.cutoff_time = null
    } else {
      if (!merged.cutoff_time) {
        throw invalid("cutoff_time_required", "A community deal needs cutoff_time (the daily order cutoff, HH:mm)")
      }
      merged.group_lifetime_hours = null
    }
    if (new Date(merged.ends_at) <= new Date(merged.starts_at)) {
      throw invalid("invalid_window", "ends_at must be after starts_at")
    }
    const currencies = [...new Set(merged.tiers.map((t) => t.currency_code))]
    if (!currencies.length) {
      throw invalid("tiers_required", "At least one price tier is required")
    }
    for (const currency of currencies) {
      const problem = tierListProblem(
        merged.tiers.filter((t) => t.currency_code === currency),
        merged.max_per_group
      )
      if (problem) {
        throw invalid("invalid_tiers", `Tiers in ${currency}: ${problem}`)
      }
    }
    if (merged.stock_cap != null && merged.stock_cap < (existing?.sold_quantity ?? 0)) {
      throw invalid("stock_cap_below_sold", `Campaign ${existing!.id} already sold ${existing!.sold_quantity} unit(s)`)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["id", "variants.id"], filters: { id: merged.product_id } })
    if (!data[0]) {
      throw notFound("product_not_found", `Product ${merged.product_id} was not found`)
    }
    const variantIds = new Set((data[0].variants ?? []).map((v) => v?.id))
    const foreign = merged.variant_ids.filter((v) => !variantIds.has(v))
    if (foreign.length) {
      throw invalid("variant_not_in_product", `Variant(s) ${foreign.join(", ")} are not variants of product ${merged.product_id}`)
    }
    return new StepResponse(merged)
  }
)

const fieldsOf = (c: CampaignPatch) => {
  const { tiers: _tiers, ...fields } = c
  return fields
}

export const createCampaignStepId = "create-group-buy-campaign"
export const createCampaignStep = createStep(
  createCampaignStepId,
  async (input: CampaignInput, { container }) => {
    const service = groupBuyService(container)
    const [created] = await service.createGroupBuyCampaigns([
      { ...fieldsOf(input), starts_at: new Date(input.starts_at), ends_at: new Date(input.ends_at) } as Parameters<
        typeof service.createGroupBuyCampaigns
      >[0][number],
    ])
    await service.replaceTiers(created.id, input.tiers)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = groupBuyService(container)
    await service.replaceTiers(id, [])
    await service.deleteGroupBuyCampaigns([id])
  }
)

export const updateCampaignStepId = "update-group-buy-campaign"
export const updateCampaignStep = createStep(
  updateCampaignStepId,
  async (input: { id: string; patch: CampaignPatch }, { container }) => {
    const service = groupBuyService(container)
    const [before] = await service.listGroupBuyCampaigns({ id: input.id })
    const tiersBefore = ((await service.tiersByCampaign([input.id])).get(input.id) ?? []).map((t) => ({
      currency_code: t.currency_code,
      threshold: t.threshold,
      price: t.price as BigNumberInput,
    }))
    const { starts_at, ends_at, ...fields } = fieldsOf(input.patch)
    const updated = await service.updateGroupBuyCampaigns({
      id: input.id,
      ...fields,
      ...(starts_at ? { starts_at: new Date(starts_at) } : {}),
      ...(ends_at ? { ends_at: new Date(ends_at) } : {}),
    })
    if (input.patch.tiers) {
      await service.replaceTiers(input.id, input.patch.tiers)
    }
    return new StepResponse(updated, { before, tiersBefore, replacedTiers: !!input.patch.tiers })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = groupBuyService(container)
    const { id, title, description, kind, status, product_id, variant_ids, max_per_group, group_lifetime_hours, cutoff_time } =
      undo.before
    const { starts_at, ends_at, max_units_per_customer, max_joins_per_customer, stock_cap, auto_fill, metadata } = undo.before
    await service.updateGroupBuyCampaigns({
      id,
      title,
      description,
      kind,
      status,
      product_id,
      variant_ids,
      max_per_group,
      group_lifetime_hours,
      cutoff_time,
      starts_at,
      ends_at,
      max_units_per_customer,
      max_joins_per_customer,
      stock_cap,
      auto_fill,
      metadata,
    })
    if (undo.replacedTiers) {
      await service.replaceTiers(id, undo.tiersBefore)
    }
  }
)

import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AccrualInput, AccrueOrderInput } from "../../../modules/commission/types"
import { planBeneficiaries } from "../../../modules/commission/utils/beneficiaries"
import { categoryDepths, commissionAmount, type RateRule, resolveRate } from "../../../modules/commission/utils/rates"
import { getOrderGroup, groupSucceeded } from "../../pickup/utils/order-group"
import { clock, commissionService } from "../utils/commission-service"
import { capturedAndRefunded, type CommissionOrderFacts, linesPaid } from "../utils/order-facts"
import { pickupLeaderOf, uplineOf } from "../utils/people"

export const prepareOrderCommissionsStepId = "prepare-order-commissions"

export type PreparedCommissions =
  | { skip: null; input: Omit<AccrueOrderInput, "now"> & { now: string } }
  | { skip: "order_not_found" | "not_captured" | "group_not_succeeded"; input: null }

/**
 * Works out what an order earns, without writing anything: is it captured (and, for a group-buy order,
 * did its group succeed)? Who earns (pickup leader, level 1, level 2)? At which rate per line (rules)?
 */
export const prepareOrderCommissionsStep = createStep(
  prepareOrderCommissionsStepId,
  async ({ order, now }: { order: CommissionOrderFacts | undefined; now?: string }, { container }) => {
    const at = clock(now)
    if (!order) return new StepResponse<PreparedCommissions>({ skip: "order_not_found", input: null })
    const { captured, refunded } = capturedAndRefunded(order)
    if (MathBN.lte(captured, 0)) return new StepResponse<PreparedCommissions>({ skip: "not_captured", input: null })
    const group = await getOrderGroup(container, order.id)
    if (group && !groupSucceeded(group)) {
      return new StepResponse<PreparedCommissions>({ skip: "group_not_succeeded", input: null })
    }

    const buyer = order.customer_id ?? null
    const pickup = await pickupLeaderOf(container, order)
    const level1 = buyer ? await uplineOf(container, buyer, at) : null
    const level2 = level1 ? await uplineOf(container, level1.customer_id, at) : null
    const beneficiaries = planBeneficiaries({ buyer_id: buyer, pickup, level1, level2 })

    const items = (order.items ?? []).filter((i): i is NonNullable<typeof i> => !!i)
    const productIds = [...new Set(items.map((i) => i.product_id).filter((id): id is string => !!id))]
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    type ProductCategories = { id: string; categories?: ({ id: string; mpath?: string | null } | null)[] | null }
    const products: ProductCategories[] = productIds.length
      ? (await query.graph({ entity: "product", fields: ["id", "categories.id", "categories.mpath"], filters: { id: productIds } })).data
      : []
    const categoriesOf = new Map<string, { id: string; depth: number }[]>(
      products.map((p) => [p.id, categoryDepths((p.categories ?? []).filter((c): c is { id: string; mpath?: string | null } => !!c))])
    )
    const rules: RateRule[] = beneficiaries.length
      ? (await commissionService(container).listCommissionRules({ is_active: true }, { take: null })).map((r) => ({
          id: r.id,
          scope: r.scope,
          target_id: r.target_id,
          pickup_rate: r.pickup_rate,
          referral_l1_rate: r.referral_l1_rate,
          referral_l2_rate: r.referral_l2_rate,
          is_active: r.is_active,
          created_at: r.created_at,
        }))
      : []

    const paid = linesPaid(order)
    const entries: AccrualInput[] = []
    for (const item of items) {
      const base = paid.get(item.id) ?? "0"
      if (MathBN.lte(base, 0)) continue
      for (const b of beneficiaries) {
        const resolved = resolveRate(rules, b.kind, {
          product_id: item.product_id ?? null,
          categories: categoriesOf.get(item.product_id ?? "") ?? [],
          leader_id: b.leader_id,
        })
        if (!resolved || MathBN.lte(resolved.rate, 0)) continue
        entries.push({
          line_item_id: item.id,
          product_id: item.product_id ?? null,
          beneficiary_id: b.customer_id,
          leader_id: b.leader_id,
          kind: b.kind,
          base_amount: base,
          rate: resolved.rate,
          rule_id: resolved.rule_id,
          amount: commissionAmount(base, resolved.rate, order.currency_code),
        })
      }
    }
    const itemsTotal = [...paid.values()].reduce((s, v) => MathBN.add(s, v), MathBN.convert(0)).toString()
    return new StepResponse<PreparedCommissions>({
      skip: null,
      input: {
        order_id: order.id,
        customer_id: buyer,
        currency_code: order.currency_code,
        items_total: itemsTotal,
        pickup_leader_id: pickup?.leader_id ?? null,
        entries,
        refunded_amount: refunded,
        canceled: order.status === "canceled",
        received_at: order.status === "completed" ? at : null,
        now: at.toISOString(),
      },
    })
  }
)

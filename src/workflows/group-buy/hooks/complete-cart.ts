import type { BigNumberInput } from "@medusajs/framework/types"
import { invalid, refused } from "../../../lib/errors"
import { getStoreSettings } from "../../../lib/store-settings"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { CompleteCartValidateInput, HookHandler } from "../../hooks/registry"
import { cartPickupPointId } from "../utils/cart"
import { groupBuyService, isGroupLine, LINE_META } from "../utils/service"

type Undo = { member_id: string; created_group: boolean }
type Item = { id: string; variant_id?: string | null; quantity: number | string; unit_price: unknown; raw_unit_price?: unknown; metadata?: Record<string, unknown> | null }

/**
 * At cart completion, before the order is created and the payment authorized: a cart with a group item takes
 * its place in the group under the campaign's row lock (stock cap, per-customer limits, the group's capacity:
 * see the module's sql/slots.ts). A full group moves the payer to another group whose place costs no more,
 * or refuses with `group_full`; nothing is charged then. If a later step fails (payment authorization, order
 * creation), the compensation gives the place back. A repeated completion finds its member (unique per cart).
 * Carts without a group item cost nothing here (the cart snapshot already has the items' metadata).
 */
export const groupBuyCompleteCartHandler: HookHandler<CompleteCartValidateInput, Undo> = {
  name: "group-buy",
  async run({ cart }, container) {
    const items = (cart.items ?? []) as Item[]
    if (cart.completed_at || !items.some(isGroupLine)) {
      return
    }
    if (items.length !== 1) {
      throw refused("group_cart_mixed", `Cart ${cart.id} mixes a group-buy item with other items; a group order holds it alone`)
    }
    const item = items[0]
    const customerId: string | undefined = cart.customer?.id ?? cart.customer_id
    if (!customerId) {
      throw invalid("customer_required", `Cart ${cart.id} has a group-buy item: log in to join a group`)
    }
    const meta = item.metadata ?? {}
    const groupId = typeof meta[LINE_META.group] === "string" ? (meta[LINE_META.group] as string) : null
    let pickupPointId: string | null = null
    let leaderId: string | null = null
    if (typeof meta[LINE_META.pickupPoint] === "string") {
      pickupPointId = cartPickupPointId(cart.shipping_methods ?? [])
      if (!pickupPointId) {
        throw invalid("pickup_point_required", `Cart ${cart.id} is a community deal: collect it at a pickup point`)
      }
      const points: PickupModuleService = container.resolve(PICKUP_MODULE)
      const [point] = await points.listPickupPoints({ id: pickupPointId }, { select: ["id", "leader_id"] })
      leaderId = point?.leader_id ?? null
    }
    const slot = await groupBuyService(container).reserveSlot({
      cart_id: cart.id,
      customer_id: customerId,
      campaign_id: meta[LINE_META.campaign] as string,
      variant_id: item.variant_id ?? "",
      quantity: Number(item.quantity),
      unit_price: (item.raw_unit_price ?? item.unit_price) as BigNumberInput,
      currency_code: cart.currency_code,
      line_item_id: item.id,
      group_id: groupId,
      pickup_point_id: pickupPointId,
      leader_id: leaderId,
      now: new Date(),
      time_zone: getStoreSettings().timeZone,
    })
    return slot.existing ? undefined : { member_id: slot.member_id, created_group: slot.created_group }
  },
  async compensate(undo, container) {
    if (!undo) {
      return
    }
    await groupBuyService(container).releaseSlot(undo.member_id, undo.created_group)
  },
}

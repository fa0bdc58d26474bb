import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import { pickupOptionIds } from "../utils/checkout"
import { getOrderGroup, groupSucceeded } from "../utils/order-group"

export const getPickupOrderContextStepId = "get-pickup-order-context"

export type PickupOrderContext = {
  order_id: string
  pickup_point_id: string
  customer_id: string | null
  leader_id: string | null
  group_id: string | null
  /** A plain order, or a group order whose group succeeded: its code can be issued now. */
  collectable: boolean
  canceled: boolean
}

/** Whether an order is collected at a pickup point, where, whose, and whether it is collectable yet. */
export const getPickupOrderContextStep = createStep(
  getPickupOrderContextStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "status", "customer_id", "shipping_methods.shipping_option_id", "shipping_methods.data"],
      filters: { id: input.order_id },
    })
    const order = data[0]
    if (!order) return new StepResponse(null as PickupOrderContext | null)
    const methods = (order.shipping_methods ?? []).filter(Boolean) as {
      shipping_option_id?: string | null
      data?: Record<string, unknown> | null
    }[]
    const pickupIds = await pickupOptionIds(container, methods.map((m) => m.shipping_option_id ?? ""))
    const method = methods.find((m) => m.shipping_option_id && pickupIds.has(m.shipping_option_id))
    const pointId = method?.data?.pickup_point_id
    if (typeof pointId !== "string") return new StepResponse(null as PickupOrderContext | null)

    const points: PickupModuleService = container.resolve(PICKUP_MODULE)
    const [point] = await points.listPickupPoints({ id: pointId }, { withDeleted: true })
    const group = await getOrderGroup(container, order.id)
    return new StepResponse({
      order_id: order.id,
      pickup_point_id: pointId,
      customer_id: order.customer_id ?? null,
      leader_id: point?.leader_id ?? null,
      group_id: group?.id ?? null,
      collectable: !group || groupSucceeded(group),
      canceled: order.status === "canceled",
    } as PickupOrderContext | null)
  }
)

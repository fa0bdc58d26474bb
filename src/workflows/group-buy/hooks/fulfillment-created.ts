import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { conflict } from "../../../lib/errors"
import { fulfillmentGate } from "../utils/fulfillment"
import type { FulfillmentCreatedInput, HookHandler } from "../../hooks/registry"

/**
 * createOrderFulfillmentWorkflow has no validate hook in 2.21.2: its `fulfillmentCreated` hook is the last step,
 * so refusing here undoes the fulfillment (the workflow compensates every earlier step). This guards every way
 * into the workflow; the Admin route is refused earlier, before anything is created (api/admin/group-buy/
 * fulfillment-guard.ts). A group order is fulfilled only once its group succeeded.
 */
export const groupBuyFulfillmentCreatedHandler: HookHandler<FulfillmentCreatedInput> = {
  name: "group-buy",
  async run({ fulfillment }, container) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order_fulfillment", fields: ["order_id"], filters: { fulfillment_id: fulfillment.id } })
    const orderId = data[0]?.order_id
    if (!orderId) {
      return
    }
    const gate = await fulfillmentGate(container, orderId)
    if (!gate.allowed) {
      throw conflict(gate.code!, gate.reason!)
    }
  },
}

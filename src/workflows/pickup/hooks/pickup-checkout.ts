import type {
  AddShippingMethodValidateInput,
  CompleteCartValidateInput,
  HookHandler,
} from "../../hooks/registry"
import { validatePickupMethods } from "../utils/checkout"

/** At completion: the cart's community-pickup method must name an active point that serves the customer. */
export const pickupCompleteCartHandler: HookHandler<CompleteCartValidateInput> = {
  name: "pickup-point",
  run: async ({ cart }, container) => {
    await validatePickupMethods(container, cart.shipping_methods ?? [], cart.shipping_address?.metadata)
  },
}

/** When the method is chosen, so the storefront learns at once (the same rules as at completion). */
export const pickupAddShippingMethodHandler: HookHandler<AddShippingMethodValidateInput> = {
  name: "pickup-point",
  run: async ({ input, cart }, container) => {
    const methods = (input.options ?? []).map((o) => ({ shipping_option_id: o.id, data: o.data ?? null }))
    await validatePickupMethods(container, methods, cart.shipping_address?.metadata)
  },
}

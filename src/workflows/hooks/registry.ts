import type { MedusaContainer } from "@medusajs/framework/types"
import {
  couponCompleteCartHandler,
  couponOrderCanceledHandler,
  couponPromotionContextHandler,
  referralCustomersCreatedHandler,
} from "../coupon/hooks"
import { loyaltyCompleteCartHandler, loyaltyOrderCanceledHandler, loyaltyPromotionContextHandler } from "../loyalty/hooks"
import { pickupAddShippingMethodHandler, pickupCompleteCartHandler } from "../pickup/hooks/pickup-checkout"
import { groupBuyCompleteCartHandler } from "../group-buy/hooks/complete-cart"
import { groupBuyFulfillmentCreatedHandler } from "../group-buy/hooks/fulfillment-created"
import { groupBuyOrderCanceledHandler } from "../group-buy/hooks/order-canceled"

/**
 * Medusa allows ONE handler per workflow hook, while several domains need the same hook (group-buy,
 * loyalty and coupons all check a cart at completion). So each hook has exactly one handler file here,
 * which runs the domains' handlers listed below in order. A domain adds its handler with one line.
 *
 * A handler may return a value: it is handed back to its own `compensate` if a later handler or a later
 * step of the core workflow fails (e.g. release a reserved group slot).
 */
export type HookHandler<Input, Undo = unknown> = {
  name: string
  run: (input: Input, container: MedusaContainer) => Promise<Undo | void>
  compensate?: (undo: Undo, container: MedusaContainer) => Promise<void>
}

/** Input of completeCartWorkflow.hooks.validate. Runs on every completion attempt, also a repeated one
 *  for a cart that already has an order: handlers must be idempotent. */
export type CompleteCartValidateInput = {
  input: { id: string }
  cart: Record<string, any> & { id: string }
}

/** Input of cancelOrderWorkflow.hooks.orderCanceled. */
export type OrderCanceledInput = {
  order: Record<string, any> & { id: string }
}

/** Input of updateCartPromotionsWorkflow.hooks.setPromotionContext (runs on every cart promotion refresh). */
export type SetPromotionContextInput = {
  cart: Record<string, any> & { id: string }
  action: string
  promo_codes: string[]
}

/** A setPromotionContext handler returns attributes to merge into the promotion context (or nothing). Keep
 *  it cheap: it runs on every cart change. Results of all handlers are merged in list order. */
export type PromotionContextHandler = {
  name: string
  run: (input: SetPromotionContextInput, container: MedusaContainer) => Promise<Record<string, unknown> | void>
}

/** Input of createCustomersWorkflow.hooks.customersCreated (Store registration, admin creation, imports). */
export type CustomersCreatedInput = {
  customers: (Record<string, any> & { id: string; metadata?: Record<string, unknown> | null })[]
  additional_data?: Record<string, unknown>
}

/** Input of addShippingMethodToCartWorkflow.hooks.validate (Store: POST /store/carts/:id/shipping-methods). */
export type AddShippingMethodValidateInput = {
  input: { cart_id: string; options?: { id: string; data?: Record<string, unknown> }[] }
  cart: Record<string, any> & { id: string }
}

/** Input of createOrderFulfillmentWorkflow.hooks.fulfillmentCreated (runs last: throwing undoes the fulfillment). */
export type FulfillmentCreatedInput = {
  fulfillment: Record<string, any> & { id: string }
  additional_data?: Record<string, unknown>
}

// Domains register here (one import and one entry each).
export const completeCartValidateHandlers: HookHandler<CompleteCartValidateInput, any>[] = [
  couponCompleteCartHandler,
  pickupCompleteCartHandler,
  loyaltyCompleteCartHandler,
  groupBuyCompleteCartHandler,
]
export const orderCanceledHandlers: HookHandler<OrderCanceledInput, any>[] = [
  couponOrderCanceledHandler,
  loyaltyOrderCanceledHandler,
  groupBuyOrderCanceledHandler,
]
export const setPromotionContextHandlers: PromotionContextHandler[] = [
  couponPromotionContextHandler,
  loyaltyPromotionContextHandler,
]
export const customersCreatedHandlers: HookHandler<CustomersCreatedInput, any>[] = [
  referralCustomersCreatedHandler,
]
export const addShippingMethodValidateHandlers: HookHandler<AddShippingMethodValidateInput, any>[] = [
  pickupAddShippingMethodHandler,
]
export const fulfillmentCreatedHandlers: HookHandler<FulfillmentCreatedInput, any>[] = [
  groupBuyFulfillmentCreatedHandler,
]

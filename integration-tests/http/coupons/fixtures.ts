import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COUPON_MODULE } from "../../../src/modules/coupon"
import type CouponModuleService from "../../../src/modules/coupon/service"
import type { Api, Headers } from "../../helpers/auth"
import { completeCheckout, createCart, TEST_ADDRESS } from "../../helpers/checkout"

/** Variant ids by SKU, for building carts. */
export async function variantIdsBySku(container: MedusaContainer): Promise<Record<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "sku"] })
  return Object.fromEntries(data.map((v) => [v.sku!, v.id]))
}

/** A template through the Admin API; defaults: ¥10 off the whole order, 7 days from claiming, unlimited. */
export async function createTemplate(api: Api, admin: Headers, overrides: Record<string, unknown> = {}) {
  const res = await api.post(
    "/admin/coupons/templates",
    {
      name_zh: "测试券",
      name_en: "Test coupon",
      type: "fixed",
      value: 10,
      validity_type: "relative",
      valid_days: 7,
      per_customer_limit: 5,
      ...overrides,
    },
    admin
  )
  return res.data.template as { id: string } & Record<string, any>
}

export async function claim(api: Api, customer: Headers, templateId: string) {
  const res = await api.post(`/store/coupons/templates/${templateId}/claim`, {}, customer)
  return res.data.coupon as { id: string } & Record<string, any>
}

/** A customer's cart with these SKUs (quantity 1 unless given). */
export async function cartWith(
  api: Api,
  customer: Headers,
  regionId: string,
  variants: Record<string, string>,
  lines: (string | [string, number])[]
) {
  const cart = await createCart(api, customer, regionId)
  for (const line of lines) {
    const [sku, quantity] = Array.isArray(line) ? line : [line, 1]
    await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variants[sku], quantity }, customer)
  }
  return cart.id as string
}

export async function applyCoupon(api: Api, customer: Headers, cartId: string, claimId: string) {
  return api.post(`/store/carts/${cartId}/coupons`, { claim_id: claimId }, customer)
}

export async function cartTotals(api: Api, customer: Headers, cartId: string) {
  const res = await api.get(
    `/store/carts/${cartId}?fields=id,item_subtotal,discount_total,total,*promotions,*items,*items.adjustments`,
    customer
  )
  return res.data.cart
}

/** Completes a customer's cart through the Store API (express delivery, system payment). */
export async function checkout(api: Api, customer: Headers, cartId: string, email: string) {
  return completeCheckout(api, customer, cartId, { email }).catch((e: any) => e.response)
}

/** The error response of a failing call (axios rejects non-2xx). */
export async function failure(p: Promise<unknown>): Promise<{ status: number; data: { code?: string; message?: string } }> {
  try {
    await p
  } catch (e: any) {
    return e.response
  }
  throw new Error("expected the call to fail")
}

/**
 * Medusa splits an "across" discount over the cart's lines without rounding the shares, so totals read back as
 * e.g. 15.000000000000002; compare money at the currency's minor unit.
 */
export function yuan(amount: number): number {
  return Math.round(amount * 100) / 100
}

/**
 * Everything a checkout does before `POST /store/carts/:id/complete` (address, express delivery, payment
 * session), so that tests can then complete several carts at the same instant.
 */
export async function readyForCompletion(api: Api, customer: Headers, cartId: string, email: string) {
  await api.post(`/store/carts/${cartId}`, { email, shipping_address: TEST_ADDRESS }, customer)
  const options = await api.get(`/store/shipping-options?cart_id=${cartId}`, customer)
  const express = options.data.shipping_options.find((o: { type?: { code?: string } }) => o.type?.code === "express")
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: express.id }, customer)
  const pc = await api.post("/store/payment-collections", { cart_id: cartId }, customer)
  await api.post(
    `/store/payment-collections/${pc.data.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    customer
  )
}

/**
 * The demo seed has a new-user coupon issued on registration (asynchronously, by a subscriber). Suites that
 * count wallets switch it off after seeding so that every customer they register starts with an empty wallet;
 * the new-user test creates its own.
 */
export async function withoutSeededRegisterGifts(container: MedusaContainer) {
  const service = container.resolve<CouponModuleService>(COUPON_MODULE)
  const gifts = await service.listCouponTemplates({ issue_on_register: true }, { select: ["id"] })
  if (gifts.length) {
    await service.updateCouponTemplates(gifts.map((g) => ({ id: g.id, issue_on_register: false })))
  }
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AppliedCoupon, CartFacts } from "../../../modules/coupon/utils/eligibility"
import type { ClaimTerms, TemplateTerms } from "../../../modules/coupon/types"
import { couponService } from "./coupon-service"

type CartLike = {
  id: string
  customer_id?: string | null
  customer?: { id?: string | null } | null
  currency_code: string
  items?: ({
    id: string
    product_id?: string | null
    product?: { id?: string | null; categories?: ({ id: string } | null)[] | null } | null
    subtotal?: unknown
    unit_price?: unknown
    quantity?: unknown
    is_discountable?: boolean | null
  } | null)[] | null
}

/**
 * The cart as our pure rules read it. Category ids come from the cart (refresh steps load them) or, when
 * `categoriesByProduct` is given, from a lookup (the completion cart does not carry them).
 */
export function toCartFacts(cart: CartLike, categoriesByProduct?: Map<string, string[]>): CartFacts {
  return {
    id: cart.id,
    customer_id: cart.customer_id ?? cart.customer?.id ?? null,
    currency_code: cart.currency_code,
    items: (cart.items ?? []).filter(Boolean).map((item) => {
      const productId = item!.product_id ?? item!.product?.id ?? null
      const fromCart = (item!.product?.categories ?? []).filter(Boolean).map((c) => c!.id)
      return {
        id: item!.id,
        product_id: productId,
        category_ids: categoriesByProduct && productId ? categoriesByProduct.get(productId) ?? [] : fromCart,
        subtotal: (item!.subtotal ?? Number(item!.unit_price ?? 0) * Number(item!.quantity ?? 0)) as number,
        is_discountable: item!.is_discountable ?? true,
      }
    }),
  }
}

export async function categoriesOfProducts(container: MedusaContainer, productIds: string[]): Promise<Map<string, string[]>> {
  if (!productIds.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "categories.id"],
    filters: { id: [...new Set(productIds)] },
  })
  return new Map(data.map((p) => [p.id, (p.categories ?? []).filter(Boolean).map((c) => c!.id)]))
}

/** The claims applied to a cart, with their templates, as the pure rules read them. */
export async function appliedCoupons(container: MedusaContainer, cartId: string) {
  const applications = await couponService(container).listCouponApplications(
    { cart_id: cartId },
    { relations: ["claim", "claim.template"], take: null }
  )
  return applications
    .filter((a) => a.claim?.template)
    .map((a) => ({
      applied_at: a.created_at as AppliedCoupon["applied_at"],
      claim: a.claim satisfies ClaimTerms,
      template: a.claim.template satisfies TemplateTerms,
    }))
}

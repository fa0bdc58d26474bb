import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { PICKUP_MODULE } from "../../../src/modules/pickup"
import type PickupModuleService from "../../../src/modules/pickup/service"
import { type Api, createAdminUser, createStoreCustomer, storeHeaders } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import { CUIYUAN } from "../commissions/fixtures"
import { variantIdsBySku } from "../coupons/fixtures"
import { applicationBody, approvedLeader } from "../leaders/helpers"
import { pickupCheckout } from "../pickup-orders/helpers"
import type { Hints } from "./hostile"

type H = Record<string, string>
type Customer = Awaited<ReturnType<typeof createStoreCustomer>>
type Leader = Awaited<ReturnType<typeof approvedLeader>>

/**
 * Everyone and everything the robustness suite calls the API with, set up once through the same APIs a
 * storefront and the dashboard use:
 * - customer A (a cart with an item, a placed pickup order at leader A's point in a delivery batch, a
 *   question answered by the store, the new-user coupon) and customer B (a pending leader application);
 * - leaders A and B (approved applications, logged into the admin), a super admin, one admin user per
 *   operator role of data/roles.json and one whose role has no policy at all.
 */
export type World = {
  seed: SeedResult
  pk: string
  custA: Customer
  custB: Customer
  leaderA: Leader
  leaderB: Leader
  /** Headers by role name: super_admin, operations, finance, nobody (a role without policies). */
  staff: Record<string, H>
  ids: {
    cartA: string
    cartB: string
    /** A guest's cart (no customer), for the routes open to the publishable key alone. */
    guestCart: string
    orderA: string
    lineA: string
    productId: string
    variantId: string
    claimA: string
    questionId: string
    answerId: string
    applicationB: string
    batchA: string
    faqId: string
    ruleId: string
    campaignId: string
    pointId: string
  }
}

const headersOf = (h: { headers: H }) => h.headers

export async function setUpWorld(container: MedusaContainer, api: Api): Promise<World> {
  const seed = await seedDemo(container)
  const pk = seed.publishableKey
  const variants = await variantIdsBySku(container)
  const superAdmin = await createAdminUser(container, api)
  const admin = superAdmin.headers

  const rbac = container.resolve(Modules.RBAC)
  const nobodyRole = await rbac.createRbacRoles({ name: "robustness_nobody", description: "No policy at all" })
  const staff: Record<string, H> = { super_admin: headersOf(admin) }
  for (const [name, roleId] of [
    ["operations", seed.roleIds.operations],
    ["finance", seed.roleIds.finance],
    ["nobody", nobodyRole.id],
  ] as const) {
    staff[name] = headersOf((await createAdminUser(container, api, { roles: [roleId] })).headers)
  }

  const leaderA = await approvedLeader(api, pk, admin)
  const leaderB = await approvedLeader(api, pk, admin)
  const custA = await createStoreCustomer(api, pk)
  const custB = await createStoreCustomer(api, pk)

  const variantId = variants["RO-RICE-5KG"]
  const productId = seed.productIds[Object.keys(seed.productIds)[0]]

  // Customer A: a pickup order at leader A's point, put into a delivery batch as the cutoff does.
  const order = await pickupCheckout(container, api, custA.headers, {
    regionId: seed.regionId,
    variant: variantId,
    pointId: leaderA.pickupPoint.id,
    at: CUIYUAN,
  })
  const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
  const batch = await pickup.addToDeliveryBatch({
    pickup_point_id: leaderA.pickupPoint.id,
    delivery_date: "2030-01-15",
    order_ids: [order.id],
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [placed],
  } = await query.graph({ entity: "order", fields: ["id", "items.id"], filters: { id: order.id } })

  const cartOf = async (headers: { headers: H }) => {
    const cart = await api.post("/store/carts", { region_id: seed.regionId }, headers)
    await api.post(`/store/carts/${cart.data.cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, headers)
    return cart.data.cart.id as string
  }
  const cartA = await cartOf(custA.headers)
  const cartB = await cartOf(custB.headers)
  const guestCart = await cartOf(storeHeaders(pk))

  const claimed = await api.post(`/store/coupons/templates/${seed.couponTemplateIds["spend-99"]}/claim`, {}, custA.headers)
  const claimA = claimed.data.coupon.id as string

  const question = await api.post("/store/questions", { product_id: productId, text: "能放几天？" }, custA.headers)
  const questionId = question.data.question.id as string
  const answer = await api.post(`/admin/questions/${questionId}/answers`, { text: "冷藏三天" }, admin)
  const answerId = answer.data.answer.id as string

  const application = await api.post("/store/leader-applications", applicationBody({ name: "李四" }), custB.headers)

  const faqs = await api.get("/admin/faqs", admin)
  const rules = await api.get("/admin/commissions/rules", admin)
  const campaigns = await api.get("/store/group-buy/campaigns", storeHeaders(pk))

  return {
    seed,
    pk,
    custA,
    custB,
    leaderA,
    leaderB,
    staff,
    ids: {
      cartA,
      cartB,
      guestCart,
      orderA: order.id,
      lineA: placed.items?.[0]?.id as string,
      productId,
      variantId,
      claimA,
      questionId,
      answerId,
      applicationB: application.data.leader_application.id,
      batchA: batch.batch_id,
      faqId: faqs.data.faqs[0].id,
      ruleId: rules.data.rules[0].id,
      campaignId: campaigns.data.campaigns[0].id,
      pointId: seed.pickupPointIds["HZ-XH-01"],
    },
  }
}

/** Real values of the path parameters, seen from the caller the operation's `x-auth` stands for. */
export function ownPathValues(w: World): Record<string, Record<string, string>> {
  const i = w.ids
  return {
    "/admin/commissions/orders/{id}": { id: i.orderA },
    "/admin/commissions/rules/{id}": { id: i.ruleId },
    "/admin/coupons/customers/{id}": { id: w.custA.customer.id },
    "/admin/coupons/templates/{id}": { id: w.seed.couponTemplateIds["spend-99"] },
    "/admin/coupons/templates/{id}/issue": { id: w.seed.couponTemplateIds["spend-99"] },
    "/admin/customers/{id}/leader": { id: w.custA.customer.id },
    "/admin/customers/{id}/security": { id: w.custA.customer.id },
    "/admin/delivery-batches/{id}": { id: i.batchA },
    "/admin/faqs/{id}": { id: i.faqId },
    "/admin/group-buy/campaigns/{id}": { id: i.campaignId },
    "/admin/group-buy/orders/{id}": { id: i.orderA },
    "/admin/group-buy/products/{id}/campaigns": { id: i.productId },
    "/admin/leader-applications/{id}": { id: i.applicationB },
    "/admin/leader-applications/{id}/approve": { id: i.applicationB },
    "/admin/leader-applications/{id}/reject": { id: i.applicationB },
    "/admin/leader/delivery-batches/{id}": { id: i.batchA },
    "/admin/leader/questions/{id}/answers": { id: i.questionId },
    "/admin/leaders/{id}": { id: w.leaderB.leader.id },
    "/admin/leaders/{id}/suspend": { id: w.leaderB.leader.id },
    "/admin/loyalty/customers/{id}": { id: w.custA.customer.id },
    "/admin/loyalty/customers/{id}/adjust": { id: w.custA.customer.id },
    "/admin/loyalty/customers/{id}/entries": { id: w.custA.customer.id },
    "/admin/loyalty/orders/{id}": { id: i.orderA },
    "/admin/orders/{id}/pickup": { id: i.orderA },
    "/admin/pickup-points/{id}": { id: i.pointId },
    "/admin/questions/{id}": { id: i.questionId },
    "/admin/questions/{id}/answers": { id: i.questionId },
    "/admin/questions/{id}/answers/{answer_id}": { id: i.questionId, answer_id: i.answerId },
    "/store/carts/{id}/coupons": { id: i.cartA },
    "/store/carts/{id}/coupons/{claim_id}": { id: i.cartA, claim_id: i.claimA },
    "/store/carts/{id}/loyalty-points": { id: i.cartA },
    "/store/carts/{id}/pickup": { id: i.guestCart },
    "/store/catalog/products/{id}": { id: i.productId },
    "/store/coupons/templates/{id}/claim": { id: w.seed.couponTemplateIds["spend-99"] },
    "/store/group-buy/campaigns/{id}": { id: i.campaignId },
    "/store/group-buy/campaigns/{id}/open": { id: i.campaignId },
    "/store/me/favorites/{product_id}": { product_id: i.productId },
    "/store/me/history/{product_id}": { product_id: i.productId },
    "/store/orders/{id}/pickup": { id: i.orderA },
    "/store/pickup-points/{id}": { id: i.pointId },
    "/store/questions/{id}/answers": { id: i.questionId },
    "/store/share/products/{id}": { id: i.productId },
  }
}

/** Real ids by body/query field name, for the base of every generated request. */
export function hints(w: World): Hints {
  return {
    cart_id: w.ids.cartA,
    variant_id: w.ids.variantId,
    product_id: w.ids.productId,
    claim_id: w.ids.claimA,
    customer_id: w.custA.customer.id,
    pickup_point_id: w.leaderA.pickupPoint.id,
    order_id: w.ids.orderA,
    line_item_id: w.ids.lineA,
    region_id: w.seed.regionId,
  }
}

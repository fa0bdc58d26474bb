import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getOrdersListWorkflow } from "@medusajs/medusa/core-flows"
import { PICKUP_MODULE } from "../../../../modules/pickup"
import type PickupModuleService from "../../../../modules/pickup/service"
import type { PickupOrderDTO } from "../../../../modules/pickup/types"
import { orderStage } from "../../../../workflows/account/utils/order-stage"
import { getOrderGroups, groupSucceeded } from "../../../../workflows/pickup/utils/order-group"
import { toCustomerPickupViews } from "../../pickup-orders/helpers"
import type { StoreListMyOrdersType } from "../validators"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "currency_code",
  "total",
  "created_at",
  "items.id",
  "items.title",
  "items.product_title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.product_id",
  "items.variant_id",
]

type OrderRow = {
  id: string
  display_id: number | null
  status: string
  payment_status?: string | null
  fulfillment_status?: string | null
  currency_code: string
  total: unknown
  created_at: Date
  items?: Record<string, unknown>[] | null
}

/** getOrdersListWorkflow answers { rows, metadata } when paged. */
function listPage(result: unknown): { rows: OrderRow[]; count: number } {
  const page = result as { rows?: OrderRow[]; metadata?: { count?: number } }
  return { rows: page.rows ?? [], count: page.metadata?.count ?? 0 }
}

function withoutOrderId<T extends { order_id: string }>({ order_id: _omit, ...rest }: T) {
  return rest
}

/**
 * GET /store/me/orders?status&offset&limit: my orders, newest first, each with its group (拼团/社区团购), its pickup
 * (point, status, code) and the stage the shopper waits for.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListMyOrdersType>, res: MedusaResponse) => {
  const { offset, limit, status } = req.validatedQuery as StoreListMyOrdersType
  const customerId = req.auth_context.actor_id
  const { result } = await getOrdersListWorkflow(req.scope).run({
    input: {
      fields: ORDER_FIELDS,
      variables: {
        filters: { customer_id: customerId, is_draft_order: false, ...(status ? { status } : {}) },
        skip: offset,
        take: limit,
        order: { created_at: "DESC" },
      },
    },
  })
  const { rows, count } = listPage(result)
  const ids = rows.map((o) => o.id)
  const pickupService: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const [groups, pickupRows] = await Promise.all([
    getOrderGroups(req.scope, ids),
    ids.length ? (pickupService.listPickupOrders({ order_id: ids, customer_id: customerId }) as Promise<PickupOrderDTO[]>) : [],
  ])
  const views = await toCustomerPickupViews(req.scope, pickupRows)
  const pickupByOrder = new Map(views.map((v) => [v.order_id, v]))
  const orders = rows.map((o) => {
    const g = groups.get(o.id)
    const group = g ? { id: g.id, kind: g.kind, status: g.status, expires_at: g.expires_at, succeeded: groupSucceeded(g) } : null
    const p = pickupByOrder.get(o.id)
    const pickup = p ? withoutOrderId(p) : null
    return {
      id: o.id,
      display_id: o.display_id ?? null,
      status: o.status,
      payment_status: o.payment_status ?? null,
      fulfillment_status: o.fulfillment_status ?? null,
      stage: orderStage({ ...o, group, pickup: p ?? null }),
      currency_code: o.currency_code,
      total: Number(o.total),
      created_at: o.created_at,
      items: (o.items ?? []).map((it) => ({
        id: it.id,
        title: it.title,
        product_title: it.product_title ?? null,
        thumbnail: it.thumbnail ?? null,
        quantity: Number(it.quantity),
        unit_price: Number(it.unit_price),
        product_id: it.product_id ?? null,
        variant_id: it.variant_id ?? null,
      })),
      group,
      pickup,
    }
  })
  res.json({ orders, count, offset, limit })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clearHistoryWorkflow, recordProductViewWorkflow } from "../../../../workflows/account"
import { accountService } from "../../../../workflows/account/utils/account-service"
import { productCards } from "../helpers"
import type { StoreListHistoryType, StoreRecordViewType } from "../validators"

/** GET /store/me/history?offset&limit: the products I viewed, newest first (the latest 100). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListHistoryType>, res: MedusaResponse) => {
  const { offset, limit } = req.validatedQuery as StoreListHistoryType
  const { rows, count } = await accountService(req.scope).listCustomerHistory(req.auth_context.actor_id, { offset, limit })
  const cards = await productCards(req.scope, rows.map((r) => r.product_id), req.locale)
  res.json({ history: rows.map((r) => ({ ...r, product: cards.get(r.product_id) ?? null })), count, offset, limit })
}

/** POST /store/me/history { product_id }: the storefront reports a product page view. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreRecordViewType>, res: MedusaResponse) => {
  await recordProductViewWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, product_id: req.validatedBody.product_id },
  })
  res.status(201).json({ product_id: req.validatedBody.product_id, recorded: true })
}

/** DELETE /store/me/history: clears my browsing history. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await clearHistoryWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, product_id: null },
  })
  res.json({ object: "history", deleted: true, removed: result.removed })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addFavoriteWorkflow } from "../../../../workflows/account"
import { accountService } from "../../../../workflows/account/utils/account-service"
import { productCards } from "../helpers"
import type { StoreAddFavoriteType, StoreListFavoritesType } from "../validators"

/** GET /store/me/favorites?product_id=a,b&offset&limit: my favourite products, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListFavoritesType>, res: MedusaResponse) => {
  const { offset, limit, product_id } = req.validatedQuery as StoreListFavoritesType
  const { rows, count } = await accountService(req.scope).listCustomerFavorites(req.auth_context.actor_id, {
    offset,
    limit,
    productIds: product_id,
  })
  const cards = await productCards(req.scope, rows.map((r) => r.product_id), req.locale)
  res.json({
    favorites: rows.map((r) => ({ ...r, product: cards.get(r.product_id) ?? null })),
    count,
    offset,
    limit,
  })
}

/** POST /store/me/favorites { product_id }: 201 when added, 200 when it already was a favourite. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreAddFavoriteType>, res: MedusaResponse) => {
  const { product_id } = req.validatedBody
  const { result } = await addFavoriteWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, product_id },
  })
  const cards = await productCards(req.scope, [product_id], req.locale)
  res.status(result.created ? 201 : 200).json({
    favorite: { product_id, created_at: result.created_at, product: cards.get(product_id) ?? null },
  })
}

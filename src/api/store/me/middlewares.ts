import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { customerAuth } from "./auth"
import { StoreAddFavorite, StoreListFavorites, StoreListHistory, StoreListMyOrders, StoreRecordView } from "./validators"

export const storeMeMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/me/summary", middlewares: [...customerAuth] },
  { methods: ["GET"], matcher: "/store/me/security", middlewares: [...customerAuth] },
  { methods: ["GET"], matcher: "/store/me/orders", middlewares: [...customerAuth, validateAndTransformQuery(StoreListMyOrders, {})] },
  { methods: ["GET"], matcher: "/store/me/favorites", middlewares: [...customerAuth, validateAndTransformQuery(StoreListFavorites, {})] },
  { methods: ["POST"], matcher: "/store/me/favorites", middlewares: [...customerAuth, validateAndTransformBody(StoreAddFavorite)] },
  { methods: ["DELETE"], matcher: "/store/me/favorites/:product_id", middlewares: [...customerAuth] },
  { methods: ["GET"], matcher: "/store/me/history", middlewares: [...customerAuth, validateAndTransformQuery(StoreListHistory, {})] },
  { methods: ["POST"], matcher: "/store/me/history", middlewares: [...customerAuth, validateAndTransformBody(StoreRecordView)] },
  { methods: ["DELETE"], matcher: "/store/me/history", middlewares: [...customerAuth] },
  { methods: ["DELETE"], matcher: "/store/me/history/:product_id", middlewares: [...customerAuth] },
]

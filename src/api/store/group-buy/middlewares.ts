import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  StoreGetGroupBuyCampaign,
  StoreJoinGroup,
  StoreListGroupBuyCampaigns,
  StoreListMyGroups,
  StoreOpenGroup,
} from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeGroupBuyMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/group-buy/campaigns",
    middlewares: [validateAndTransformQuery(StoreListGroupBuyCampaigns, {})],
  },
  {
    methods: ["GET"],
    matcher: "/store/group-buy/campaigns/:id",
    middlewares: [validateAndTransformQuery(StoreGetGroupBuyCampaign, {})],
  },
  {
    methods: ["POST"],
    matcher: "/store/group-buy/campaigns/:id/open",
    middlewares: [customer, validateAndTransformBody(StoreOpenGroup)],
  },
  {
    methods: ["POST"],
    matcher: "/store/group-buy/groups/:id/join",
    middlewares: [customer, validateAndTransformBody(StoreJoinGroup)],
  },
  {
    methods: ["GET"],
    matcher: "/store/group-buy/my-groups",
    middlewares: [customer, validateAndTransformQuery(StoreListMyGroups, {})],
  },
]

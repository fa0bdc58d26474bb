import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateCampaign, AdminEndGroup, AdminListCampaigns, AdminListGroups, AdminUpdateCampaign } from "./validators"

const can = (operation: "read" | "create" | "update") => [{ resource: "group_buy", operation }]

export const adminGroupBuyMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/group-buy/campaigns",
    middlewares: [validateAndTransformQuery(AdminListCampaigns, {})],
    policies: can("read"),
  },
  {
    methods: ["POST"],
    matcher: "/admin/group-buy/campaigns",
    middlewares: [validateAndTransformBody(AdminCreateCampaign)],
    policies: can("create"),
  },
  { methods: ["GET"], matcher: "/admin/group-buy/campaigns/:id", policies: can("read") },
  {
    methods: ["POST"],
    matcher: "/admin/group-buy/campaigns/:id",
    middlewares: [validateAndTransformBody(AdminUpdateCampaign)],
    policies: can("update"),
  },
  { methods: ["POST"], matcher: "/admin/group-buy/campaigns/:id/activate", policies: can("update") },
  { methods: ["POST"], matcher: "/admin/group-buy/campaigns/:id/end", policies: can("update") },
  {
    methods: ["GET"],
    matcher: "/admin/group-buy/groups",
    middlewares: [validateAndTransformQuery(AdminListGroups, {})],
    policies: can("read"),
  },
  { methods: ["GET"], matcher: "/admin/group-buy/groups/:id", policies: can("read") },
  {
    methods: ["POST"],
    matcher: "/admin/group-buy/groups/:id/close-now",
    middlewares: [validateAndTransformBody(AdminEndGroup)],
    policies: can("update"),
  },
  {
    methods: ["POST"],
    matcher: "/admin/group-buy/groups/:id/fail-now",
    middlewares: [validateAndTransformBody(AdminEndGroup)],
    policies: can("update"),
  },
  { methods: ["GET"], matcher: "/admin/group-buy/products/:id/campaigns", policies: can("read") },
  { methods: ["GET"], matcher: "/admin/group-buy/orders/:id", policies: can("read") },
]

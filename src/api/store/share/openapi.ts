import { defineOperations } from "../../../lib/openapi"
import { StoreGroupShareSchema, StoreProductShareSchema, StoreShareParams } from "./validators"

const tags = ["Sharing"]

export default defineOperations([
  {
    method: "get",
    path: "/store/share/products/{id}",
    auth: "publishable",
    summary: "A product share card (poster / QR code data)",
    description:
      "Title in the request's locale, image, lowest price in the shopper's context, rating, a ready line of text and the deep link. " +
      "With a customer's token the link carries their referral code (?ref=), so sharing also invites.",
    tags,
    query: StoreShareParams,
    response: StoreProductShareSchema,
    errors: [{ status: 404, code: "product_not_found", description: "Not published in this storefront" }],
  },
  {
    method: "get",
    path: "/store/share/groups/{id}",
    auth: "publishable",
    summary: "A group share card: price, tiers, progress and the deep link",
    description: "The link opens the group's share page (GET /store/group-buy/share/{token}); with a customer's token it carries their referral code.",
    tags,
    query: StoreShareParams,
    response: StoreGroupShareSchema,
    errors: [{ status: 404, code: "group_not_found", description: "No such group" }],
  },
])

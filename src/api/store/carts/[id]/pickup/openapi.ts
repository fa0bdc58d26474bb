import { defineOperations } from "../../../../../lib/openapi"
import { StoreChoosePickupPoint } from "./validators"

export default defineOperations([
  {
    method: "post",
    path: "/store/carts/{id}/pickup",
    summary: "Collect the order at a pickup point",
    description:
      "Sets the cart's shipping to the community-pickup option with `data: { pickup_point_id, latitude, " +
      "longitude }`. Equivalent to Medusa's `POST /store/carts/{id}/shipping-methods` with " +
      "`{ option_id: <community-pickup option>, data: { pickup_point_id, latitude, longitude } }`, which is " +
      "checked the same way, as is `POST /store/carts/{id}/complete`. Without coordinates in `data`, " +
      "`shipping_address.metadata.latitude/longitude` are used. The order keeps the method's data.",
    tags: ["Pickup points"],
    auth: "publishable",
    body: StoreChoosePickupPoint,
    responseDescription: "The cart ({ cart: { id, total, shipping_total, shipping_methods } })",
    errors: [
      { status: 404, code: "cart_not_found", description: "No such cart" },
      { status: 403, code: "cart_not_yours", description: "The cart belongs to another customer" },
      { status: 404, code: "pickup_option_not_found", description: "The cart has no community-pickup option" },
      { status: 404, code: "pickup_point_not_found", description: "No such pickup point" },
      { status: 400, code: "pickup_point_unavailable", description: "The point is paused or closed" },
      { status: 400, code: "pickup_point_out_of_range", description: "The point does not serve these coordinates" },
      { status: 400, code: "no_pickup_point_in_range", description: "No point serves these coordinates" },
      { status: 400, code: "coordinates_required", description: "No coordinates (data or address metadata)" },
      { status: 400, code: "pickup_point_required", description: "A community-pickup method without a point" },
    ],
  },
])

import { defineOperations } from "../../../lib/openapi"
import {
  StoreGetPickupPoint,
  StoreNearbyPickupPoints,
  StoreNearbyPickupPointsResponse,
  StorePickupPointResponse,
} from "./validators"

export default defineOperations([
  {
    method: "get",
    path: "/store/pickup-points/nearby",
    summary: "Pickup points serving a location",
    description:
      "The active pickup points whose service radius covers the given coordinates, nearest first, with the " +
      "distance in meters and whether each is open now in the store time zone. The response carries a " +
      "`Server-Timing: nearby;dur=<ms>` header.",
    tags: ["Pickup points"],
    auth: "publishable",
    query: StoreNearbyPickupPoints,
    response: StoreNearbyPickupPointsResponse,
  },
  {
    method: "get",
    path: "/store/pickup-points/{id}",
    summary: "A pickup point",
    description: "With `latitude` and `longitude`, also the distance and whether the point serves that location.",
    tags: ["Pickup points"],
    auth: "publishable",
    query: StoreGetPickupPoint,
    response: StorePickupPointResponse,
    errors: [{ status: 404, code: "pickup_point_not_found", description: "No such point, or it is closed" }],
  },
])

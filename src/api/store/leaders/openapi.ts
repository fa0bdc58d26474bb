import { defineOperations } from "../../../lib/openapi"
import { StoreLeaderCardResponse } from "../leader-binding/validators"

export default defineOperations([
  {
    method: "get",
    path: "/store/leaders/share/{code}",
    summary: "The leader behind a share link",
    description: "Public card (name, community, pickup point) for a share-link landing page.",
    tags: ["Leaders"],
    auth: "publishable",
    response: StoreLeaderCardResponse,
    errors: [{ status: 404, code: "leader_not_found", description: "No active leader has this code" }],
  },
])

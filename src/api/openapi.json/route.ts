import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildOpenApiDocument } from "../../lib/openapi"

let cached: ReturnType<typeof buildOpenApiDocument> | undefined

/** GET /openapi.json: the OpenAPI 3.1 description of every custom route. */
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  cached ??= buildOpenApiDocument()
  res.json(cached)
}

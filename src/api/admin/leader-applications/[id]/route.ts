import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getAdminApplication } from "../helpers"

/** GET /admin/leader-applications/:id (the identity number masked). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ leader_application: await getAdminApplication(req.scope, req.params.id) })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getAdminLeader } from "../helpers"

/** GET /admin/leaders/:id with the number of customers bound to them now. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ leader: await getAdminLeader(req.scope, req.params.id) })
}

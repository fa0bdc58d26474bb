import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { routeSheet } from "../helpers"
import type { AdminDeliveryDateType } from "../validators"

/** GET /admin/delivery-batches/route-sheet?delivery_date=: the driver's order of pickup points. */
export const GET = async (req: MedusaRequest<unknown, AdminDeliveryDateType>, res: MedusaResponse) => {
  const { delivery_date } = req.validatedQuery as AdminDeliveryDateType
  res.json({ route_sheet: await routeSheet(req.scope, delivery_date) })
}

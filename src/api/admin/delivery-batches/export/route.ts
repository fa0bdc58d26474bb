import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toCsv } from "../../../../lib/csv"
import { batchDetail, routeSheet } from "../helpers"
import type { AdminDeliveryDateType } from "../validators"

/**
 * GET /admin/delivery-batches/export?delivery_date=: one CSV for the warehouse and the driver: every stop
 * in route order with its pick list (one row per SKU).
 */
export const GET = async (req: MedusaRequest<unknown, AdminDeliveryDateType>, res: MedusaResponse) => {
  const { delivery_date } = req.validatedQuery as AdminDeliveryDateType
  const sheet = await routeSheet(req.scope, delivery_date)
  const rows: (string | number | null)[][] = [
    ["delivery_date", "stop", "point_code", "point_name", "address", "contact_phone", "batch_id", "orders", "sku", "title", "variant", "quantity"],
  ]
  for (const stop of sheet.stops) {
    const detail = await batchDetail(req.scope, stop.batch_id)
    for (const line of detail.pick_list) {
      rows.push([
        delivery_date, stop.position, stop.code, stop.name, stop.address, stop.contact_phone, stop.batch_id,
        stop.order_count, line.sku, line.title, line.variant_title, line.quantity,
      ])
    }
  }
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="delivery-${delivery_date}.csv"`)
  res.send(toCsv(rows))
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toMoneyNumber } from "../../../../lib/money"
import { toCsv, type CsvCell } from "../../../../lib/csv"
import { commissionService } from "../../../../workflows/commission/utils/commission-service"
import { beneficiaryNames, leadersByIds, storeDayRange } from "../helpers"
import type { AdminExportCommissionsType } from "../validators"

/**
 * GET /admin/commissions/export?from=&to=: CSV of the commission settled (became available) in those store
 * days, one row per beneficiary and currency: settled accruals, reversals of settled money, net.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminExportCommissionsType>, res: MedusaResponse) => {
  const { from, to } = req.validatedQuery as AdminExportCommissionsType
  const range = storeDayRange(from, to)
  const rows = await commissionService(req.scope).settledInPeriod(range.from!, range.to!)
  const names = await beneficiaryNames(req.scope, rows.map((r) => r.beneficiary_id))
  const { byCustomer } = await leadersByIds(req.scope, { customer_ids: rows.map((r) => r.beneficiary_id) })
  const csv: CsvCell[][] = [
    ["period_from", "period_to", "leader_id", "leader_name", "leader_phone", "beneficiary_customer_id", "beneficiary_name", "currency", "orders", "entries", "settled", "reversed", "net"],
  ]
  for (const r of rows) {
    const leader = byCustomer.get(r.beneficiary_id)
    csv.push([
      from,
      to,
      leader?.id ?? r.leader_id ?? "",
      leader?.name,
      leader?.phone,
      r.beneficiary_id,
      names.get(r.beneficiary_id),
      r.currency_code.toUpperCase(),
      r.orders,
      r.entries,
      toMoneyNumber(r.settled, r.currency_code).toFixed(2),
      toMoneyNumber(r.reversed, r.currency_code).toFixed(2),
      toMoneyNumber(r.net, r.currency_code).toFixed(2),
    ])
  }
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="commissions-${from}-${to}.csv"`)
  res.send(toCsv(csv))
}

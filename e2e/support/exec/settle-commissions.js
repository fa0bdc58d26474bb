"use strict"
/**
 * `medusa exec` script (run by `medusaExec` from e2e/support/server.ts in .medusa/server): the daily
 * commission settlement, i.e. the `settle-commissions` job's own function, at the clock given as first
 * argument (an ISO date), so that a scenario can make a leader's collected commission available without
 * waiting a week. Prints `E2E_RESULT {"orders":N}`.
 */
const path = require("path")

exports.default = async function settleCommissions({ container, args }) {
  const at = new Date(args[0])
  if (Number.isNaN(at.getTime())) {
    throw new Error(`settle-commissions needs an ISO date, got ${args[0]}`)
  }
  const { settleDueCommissions } = require(path.join(process.cwd(), "src", "workflows", "commission", "jobs.js"))
  const res = await settleDueCommissions(container, at)
  process.stdout.write(`E2E_RESULT ${JSON.stringify(res)}\n`)
}

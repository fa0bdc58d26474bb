/**
 * Loyalty balance benchmark (issue 6), in process against a migrated database (see ./README.md):
 * "balance and expiring soon for a customer with 100,000 ledger entries: p95 at most 10 ms, and at most
 * 2x the same request for a customer with 100 entries, measured in one run".
 *
 * Two customers get a realistic history written in bulk SQL (credits opening FIFO lots, debits that
 * consumed the older lots, a few hundred lots still open with expiries spread over the next year). Then
 * the work of GET /store/loyalty/balance and GET /store/loyalty/expiring (both are one call of
 * getPointsSummary: balance + expiring soon + tier in one query) runs ITERATIONS times per customer,
 * interleaved, after a warm-up. For comparison, the same figures through the separate getBalance +
 * getExpiringSoon + getCustomerTier calls (three queries in parallel plus the settings read).
 */
import fs from "fs"
import path from "path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loyaltyService } from "../../src/workflows/loyalty/utils/loyalty-service"

const BIG = Number(process.env.BENCH_BIG_ENTRIES || 100_000)
const SMALL = Number(process.env.BENCH_SMALL_ENTRIES || 100)
const ITERATIONS = Number(process.env.BENCH_ITERATIONS || 1000)
const WARMUP = 100

type Pg = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[] }> }

/**
 * `entries` ledger rows for one customer: C credits of 10 points (each with its lot), the last `open` of
 * them still holding their points; C − open debits of 10 that consumed the older lots. 2C − open = entries.
 */
async function history(pg: Pg, customerId: string, entries: number, open: number) {
  const credits = Math.ceil((entries + open) / 2)
  const debits = entries - credits
  const days = 730
  const step = Math.floor((days * 86400) / credits)
  const debitStep = Math.floor((days * 86400) / Math.max(debits, 1))
  await pg.raw(`INSERT INTO loyalty_account (id, customer_id, balance) VALUES (?, ?, 0)`, [`lacct_${customerId}`, customerId])
  await pg.raw(
    `INSERT INTO loyalty_entry (id, customer_id, delta, kind, reference, expires_at, created_at, updated_at)
     SELECT 'lent_' || ? || '_c' || i, ?, 10, 'checkin', ? || ':c' || i,
            now() - make_interval(secs => (? - i) * ?) + interval '12 months',
            now() - make_interval(secs => (? - i) * ?), now()
     FROM generate_series(1, ?) AS i`,
    [customerId, customerId, customerId, credits, step, credits, step, credits]
  )
  // Lots: consumed ones empty; open ones expire from tomorrow to a year from now.
  await pg.raw(
    `INSERT INTO loyalty_lot (id, customer_id, entry_id, points, remaining, expires_at)
     SELECT 'llot_' || ? || '_' || i, ?, 'lent_' || ? || '_c' || i, 10,
            CASE WHEN i > ? THEN 10 ELSE 0 END,
            CASE WHEN i > ? THEN now() + make_interval(days => 1 + ((i - ?) * 364) / ?)
                 ELSE now() - make_interval(secs => (? - i) * ?) + interval '12 months' END
     FROM generate_series(1, ?) AS i`,
    [customerId, customerId, customerId, credits - open, credits - open, credits - open, open, credits, step, credits]
  )
  await pg.raw(
    `INSERT INTO loyalty_entry (id, customer_id, delta, kind, reference, created_at, updated_at)
     SELECT 'lent_' || ? || '_d' || i, ?, -10, 'adjust', ? || ':d' || i,
            now() - make_interval(secs => (? - i) * ?), now()
     FROM generate_series(1, ?) AS i`,
    [customerId, customerId, customerId, debits, debitStep, debits]
  )
  await pg.raw(`UPDATE loyalty_account SET balance = ? WHERE customer_id = ?`, [open * 10, customerId])
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint()
  await fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]
  const round = (n: number) => Math.round(n * 1000) / 1000
  return { n: s.length, p50_ms: round(at(0.5)), p95_ms: round(at(0.95)), p99_ms: round(at(0.99)), max_ms: round(s[s.length - 1]) }
}

export default async function bench({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Pg
  const service = loyaltyService(container)
  const run = Date.now().toString(36)
  const big = `cus_bench_big_${run}`
  const small = `cus_bench_small_${run}`

  const seedMs = await timed(async () => {
    await history(pg, big, BIG, 500)
    await history(pg, small, SMALL, 20)
  })
  await pg.raw("ANALYZE loyalty_entry; ANALYZE loyalty_lot; ANALYZE loyalty_account")
  const counts = (await pg.raw(
    `SELECT customer_id, COUNT(*)::int AS entries, SUM(delta)::int AS sum FROM loyalty_entry WHERE customer_id IN (?, ?) GROUP BY customer_id`,
    [big, small]
  )).rows
  const balances = { big: await service.getBalance(big), small: await service.getBalance(small) }
  const summaries = { big: await service.getPointsSummary(big), small: await service.getPointsSummary(small) }
  if (summaries.big.balance !== balances.big || summaries.small.balance !== balances.small) {
    throw new Error("summary and balance disagree")
  }

  // What GET /store/loyalty/balance does, and what GET /store/loyalty/expiring does.
  const balanceRequest = (customerId: string) => service.getPointsSummary(customerId, new Date())
  const separateCalls = (customerId: string) => {
    const now = new Date()
    return Promise.all([service.getBalance(customerId, now), service.getExpiringSoon(customerId, { now }), service.getCustomerTier(customerId)])
  }

  for (let i = 0; i < WARMUP; i++) {
    await balanceRequest(big)
    await balanceRequest(small)
  }
  const samples = { balance: { big: [] as number[], small: [] as number[] }, separate: { big: [] as number[], small: [] as number[] } }
  for (let i = 0; i < ITERATIONS; i++) {
    // Interleaved (and alternating which goes first) so both customers see the same machine conditions.
    const order = i % 2 ? [big, small] : [small, big]
    for (const c of order) {
      const key = c === big ? "big" : "small"
      samples.balance[key].push(await timed(() => balanceRequest(c)))
      samples.separate[key].push(await timed(() => separateCalls(c)))
    }
  }
  const plan = (await pg.raw(
    `EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) SELECT SUM(l.remaining) FROM loyalty_lot l
     WHERE l.customer_id = ? AND l.remaining > 0 AND l.expires_at <= now()`,
    [big]
  )).rows.map((r: Record<string, string>) => r["QUERY PLAN"])

  const result = {
    run,
    entries: counts,
    balances,
    seed_ms: Math.round(seedMs),
    iterations: ITERATIONS,
    balance_request: {
      big: stats(samples.balance.big),
      small: stats(samples.balance.small),
      p95_ratio: 0,
    },
    separate_calls: {
      big: stats(samples.separate.big),
      small: stats(samples.separate.small),
      p95_ratio: 0,
    },
    due_lots_plan_big: plan,
  }
  result.balance_request.p95_ratio = Math.round((result.balance_request.big.p95_ms / result.balance_request.small.p95_ms) * 100) / 100
  result.separate_calls.p95_ratio = Math.round((result.separate_calls.big.p95_ms / result.separate_calls.small.p95_ms) * 100) / 100
  const out = path.join(process.cwd(), ".data", "bench-loyalty-balance.json")
  fs.mkdirSync(path.dirname(out), { recursive: true })
  fs.writeFileSync(out, JSON.stringify(result, null, 2))
  logger.info(`loyalty balance bench: ${JSON.stringify({ ...result, due_lots_plan_big: undefined })}`)
  logger.info(`written to ${out}`)
}

/**
 * The group-buy expiry job on 100 and on 1,000 due groups (see README.md next to this file):
 *
 *   DATABASE_URL=postgres://…/gb_bench npx medusa exec ./bench/group-checkout/expiry.ts
 *
 * For each size it makes that many expired team groups of 3 confirmed members below their first tier (so
 * every group fails), each member with a real order and a captured payment of ¥9.90 (order module +
 * payment module + their link, the state a checkout and a capture leave), then runs the job's work
 * (processDueGroups) as TWO overlapping ticks at once, each claiming pages of 50. Every member is
 * refunded through Medusa's cancelOrderWorkflow. It reports groups/s and refunds/s, the per-group cost at
 * 1,000 against 100, and checks that no group was handled twice: each tick's count adds up to the total,
 * every payment has exactly one refund of ¥9.90, and a third run finds nothing to do.
 * Writes .data/bench-group-expiry.json.
 */
import fs from "fs"
import path from "path"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId, Modules } from "@medusajs/framework/utils"
import { processDueGroups } from "../../src/workflows/group-buy/jobs"
import { createGroupBuyCampaignWorkflow } from "../../src/workflows/group-buy"

const SIZES = (process.env.BENCH_SIZES || "100,1000").split(",").map(Number)
const MEMBERS = 3
const PRICE = 9.9

async function pool<T>(items: T[], n: number, fn: (item: T, i: number) => Promise<unknown>) {
  let next = 0
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++
        await fn(items[i], i)
      }
    })
  )
}

/** `groups` expired groups × 3 members, each with an order and a captured payment. */
async function makeDueGroups(container: MedusaContainer, campaignId: string, regionId: string, variantId: string, groups: number, past: Date) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const orderModule = container.resolve(Modules.ORDER)
  const paymentModule = container.resolve(Modules.PAYMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const n = groups * MEMBERS
  const orders = await orderModule.createOrders(
    Array.from({ length: n }, (_, i) => ({
      region_id: regionId,
      currency_code: "cny",
      email: `expiry-bench-${i}@bench.local`,
      items: [{ title: "三亚麒麟西瓜", variant_id: variantId, quantity: 1, unit_price: PRICE }],
    }))
  )
  const collections = await paymentModule.createPaymentCollections(orders.map(() => ({ currency_code: "cny", amount: PRICE })))
  await link.create(
    orders.map((o, i) => ({ [Modules.ORDER]: { order_id: o.id }, [Modules.PAYMENT]: { payment_collection_id: collections[i].id } }))
  )
  await pool(collections, 8, async (pc, i) => {
    const session = await paymentModule.createPaymentSession(pc.id, { provider_id: "pp_system_default", amount: PRICE, currency_code: "cny", data: {} })
    const payment = await paymentModule.authorizePaymentSession(session.id, {})
    await paymentModule.capturePayment({ payment_id: payment.id })
    await orderModule.addOrderTransactions({ order_id: orders[i].id, amount: PRICE, currency_code: "cny", reference: "capture", reference_id: payment.id })
  })
  const groupRows: Record<string, unknown>[] = []
  const memberRows: Record<string, unknown>[] = []
  for (let g = 0; g < groups; g++) {
    const id = generateEntityId(undefined, "gbgrp")
    groupRows.push({
      id,
      campaign_id: campaignId,
      kind: "team",
      status: "open",
      currency_code: "cny",
      share_token: `bench${id.slice(-12)}`,
      capacity: 10,
      success_threshold: 5,
      member_count: MEMBERS,
      quantity: MEMBERS,
      confirmed_count: MEMBERS,
      confirmed_quantity: MEMBERS,
      expires_at: past,
    })
    for (let m = 0; m < MEMBERS; m++) {
      const order = orders[g * MEMBERS + m]
      memberRows.push({
        id: generateEntityId(undefined, "gbmem"),
        group_id: id,
        campaign_id: campaignId,
        customer_id: `cus_bench_${g}_${m}`,
        cart_id: `cart_bench_${order.id}`,
        order_id: order.id,
        variant_id: variantId,
        quantity: 1,
        unit_price: PRICE,
        raw_unit_price: JSON.stringify({ value: String(PRICE), precision: 20 }),
        currency_code: "cny",
        status: "confirmed",
        confirmed_at: past,
        captured_at: past,
        refunded_amount: 0,
        raw_refunded_amount: JSON.stringify({ value: "0", precision: 20 }),
      })
    }
  }
  await pg.batchInsert("group_buy_group", groupRows, 500)
  await pg.batchInsert("group_buy_member", memberRows, 500)
  await pg.raw(`UPDATE group_buy_campaign SET sold_quantity = sold_quantity + ? WHERE id = ?`, [n, campaignId])
  return orders.map((o) => o.id)
}

export default async function bench({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "variants.id", "variants.sku"],
    filters: { handle: "sanya-mini-watermelon" },
  })
  const variantId = products[0].variants!.find((v) => v?.sku === "FP-WMELON-1")!.id
  const { data: regions } = await query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "cny" } })
  const runs: Record<string, unknown>[] = []
  for (const size of SIZES) {
    const now = Date.now()
    const { result: campaign } = await createGroupBuyCampaignWorkflow(container).run({
      input: {
        campaign: {
          title: `到期压测 ${size} ${new Date(now).toISOString()}`,
          kind: "team",
          product_id: products[0].id,
          variant_ids: [variantId],
          max_per_group: 10,
          group_lifetime_hours: 1,
          starts_at: new Date(now - 2 * 86400_000),
          ends_at: new Date(now + 86400_000),
          tiers: [{ currency_code: "cny", threshold: 5, price: PRICE }],
          status: "active",
        },
      },
    })
    const past = new Date(now - 3600_000)
    logger.info(`bench: creating ${size} due groups × ${MEMBERS} members with captured payments…`)
    const orderIds = await makeDueGroups(container, campaign.id, regions[0].id, variantId, size, past)

    const started = process.hrtime.bigint()
    const cpu0 = process.cpuUsage()
    const [a, b] = await Promise.all([
      processDueGroups(container, { now: new Date(now), batch_size: 50, concurrency: 2, owner: `bench-a-${size}` }),
      processDueGroups(container, { now: new Date(now), batch_size: 50, concurrency: 2, owner: `bench-b-${size}` }),
    ])
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    const cpu = process.cpuUsage(cpu0)
    const again = await processDueGroups(container, { now: new Date(now + 60_000) })

    const [refunds] = (
      await pg.raw(
        `SELECT count(*)::int AS refunds, count(DISTINCT p.id)::int AS payments, coalesce(sum(r.amount), 0)::text AS amount,
                max(per.n)::int AS max_per_payment
           FROM order_payment_collection opc
           JOIN payment p ON p.payment_collection_id = opc.payment_collection_id
           JOIN refund r ON r.payment_id = p.id AND r.deleted_at IS NULL
           JOIN LATERAL (SELECT count(*) AS n FROM refund r2 WHERE r2.payment_id = p.id AND r2.deleted_at IS NULL) per ON true
          WHERE opc.order_id = ANY(?)`,
        [orderIds]
      )
    ).rows
    const [groups] = (
      await pg.raw(
        `SELECT count(*) FILTER (WHERE status = 'failed' AND settled_at IS NOT NULL)::int AS failed_settled,
                (SELECT count(*)::int FROM group_buy_member WHERE campaign_id = ? AND status = 'refunded') AS members_refunded
           FROM group_buy_group WHERE campaign_id = ?`,
        [campaign.id, campaign.id]
      )
    ).rows
    const run = {
      groups: size,
      members: size * MEMBERS,
      seconds: Math.round(seconds * 100) / 100,
      groups_per_s: Math.round((size / seconds) * 100) / 100,
      refunds_per_s: Math.round(((a.refunds + b.refunds) / seconds) * 100) / 100,
      ms_per_group: Math.round((seconds * 1000) / size),
      node_cpu_s_per_group: Math.round(((cpu.user + cpu.system) / 1e6 / size) * 1000) / 1000,
      ticks: [
        { groups: a.groups, failed: a.failed, refunds: a.refunds, errors: a.member_errors },
        { groups: b.groups, failed: b.failed, refunds: b.refunds, errors: b.member_errors },
      ],
      no_group_twice: a.failed + b.failed === size && a.groups + b.groups === size,
      refunds_checked: refunds,
      groups_checked: groups,
      third_run: { groups: again.groups, refunds: again.refunds },
    }
    logger.info(`bench: ${JSON.stringify(run)}`)
    runs.push(run)
  }
  const small = runs.find((r) => r.groups === SIZES[0]) as { ms_per_group: number }
  const big = runs.find((r) => r.groups === SIZES[SIZES.length - 1]) as { ms_per_group: number }
  const out = {
    at: new Date().toISOString(),
    load_average: fs.readFileSync("/proc/loadavg", "utf8").trim(),
    runs,
    per_group_cost_ratio: Math.round((big.ms_per_group / small.ms_per_group) * 100) / 100,
  }
  const file = path.join(process.cwd(), ".data", "bench-group-expiry.json")
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, JSON.stringify(out, null, 2))
  logger.info(`bench: per-group cost ratio ${SIZES[SIZES.length - 1]} / ${SIZES[0]} = ${out.per_group_cost_ratio}; written to ${file}`)
}

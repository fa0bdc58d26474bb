/**
 * Coupon benchmarks, in process against a seeded database (see README "Coupons: benchmark"):
 *
 *   A. Claims: the same number of claims on one hot template vs spread over 16 templates, 16 at a time.
 *      Every claim of a template serializes on its row lock (the stock / limit invariant), so the ratio
 *      hot / spread is the price of that invariant under contention.
 *   B. Cart refresh: the setPromotionContext handler runs on every cart change. Its cost for a cart without
 *      coupons, and with one coupon, as a share of a whole updateCartPromotionsWorkflow run measured in the
 *      same process.
 *
 * Figures are ratios against a baseline measured in the same run; absolute numbers depend on the machine.
 */
import fs from "fs"
import path from "path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PromotionActions } from "@medusajs/framework/utils"
import { createCartWorkflow, updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { claimCouponWorkflow, createCouponTemplateWorkflow } from "../src/workflows/coupon"
import { couponPromotionContextHandler } from "../src/workflows/coupon/hooks/promotion-context"
import { couponService } from "../src/workflows/coupon/utils/coupon-service"

const CLAIMS = Number(process.env.BENCH_CLAIMS || 320)
const CONCURRENCY = 16
const REFRESHES = Number(process.env.BENCH_REFRESHES || 60)

async function pool<T>(items: T[], n: number, fn: (item: T) => Promise<unknown>) {
  let next = 0
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        await fn(items[next++])
      }
    })
  )
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint()
  await fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export default async function bench({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const run = Date.now().toString(36)
  const template = async (i: number) =>
    (
      await createCouponTemplateWorkflow(container).run({
        input: {
          template: {
            name_zh: `压测券 ${run}-${i}`,
            name_en: `Bench ${run}-${i}`,
            type: "fixed",
            value: 5,
            validity_type: "relative",
            valid_days: 1,
          },
        },
      })
    ).result.id
  const claims = (templates: string[], tag: string) =>
    Array.from({ length: CLAIMS }, (_, i) => ({ template_id: templates[i % templates.length], customer_id: `cus_bench_${run}_${tag}_${i}` }))
  const claimAll = async (items: { template_id: string; customer_id: string }[]) =>
    timed(() => pool(items, CONCURRENCY, (input) => claimCouponWorkflow(container).run({ input })))

  // A. Claims: warm up, then spread (baseline) and hot.
  const spreadTemplates = await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => template(i)))
  const hotTemplate = await template(99)
  await claimAll(claims(spreadTemplates, "warm").slice(0, 32))
  const spreadMs = await claimAll(claims(spreadTemplates, "spread"))
  const hotMs = await claimAll(claims([hotTemplate], "hot"))
  const [, hotCount] = await couponService(container).listAndCountCouponClaims({ template_id: hotTemplate })

  // B. Cart refresh with and without a coupon, and the handler alone.
  const { data: regions } = await query.graph({ entity: "region", fields: ["id"], pagination: { take: 1 } })
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id"], pagination: { take: 3 } })
  const customerId = (await container.resolve(Modules.CUSTOMER).createCustomers({ email: `bench-${run}@bench.local` })).id
  const newCart = async () =>
    (
      await createCartWorkflow(container).run({
        input: {
          region_id: regions[0].id,
          customer_id: customerId,
          items: variants.map((v) => ({ variant_id: v.id, quantity: 2 })),
        },
      })
    ).result.id
  const refresh = (cartId: string) =>
    updateCartPromotionsWorkflow(container).run({ input: { cart_id: cartId, promo_codes: [], action: PromotionActions.ADD } })
  const plainCart = await newCart()
  const couponCart = await newCart()
  const { result: claim } = await claimCouponWorkflow(container).run({ input: { template_id: hotTemplate, customer_id: customerId } })
  await couponService(container).createCouponApplications([{ claim_id: claim.id, cart_id: couponCart, customer_id: customerId }])
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "currency_code", "customer.id", "items.*", "items.product.categories.id", "subtotal"],
    filters: { id: [plainCart, couponCart] },
  })
  const measure = async (fn: () => Promise<unknown>) => {
    const xs: number[] = []
    for (let i = 0; i < REFRESHES; i++) xs.push(await timed(fn))
    return median(xs)
  }
  await measure(() => refresh(plainCart))
  const refreshPlain = await measure(() => refresh(plainCart))
  const refreshCoupon = await measure(() => refresh(couponCart))
  const input = (id: string) => ({ cart: carts.find((c) => c.id === id)!, action: "add", promo_codes: [] })
  const hookPlain = await measure(() => couponPromotionContextHandler.run(input(plainCart), container))
  const hookCoupon = await measure(() => couponPromotionContextHandler.run(input(couponCart), container))

  const result = {
    claims: {
      count: CLAIMS,
      concurrency: CONCURRENCY,
      spread_per_second: Math.round((CLAIMS / spreadMs) * 1000 * 10) / 10,
      hot_per_second: Math.round((CLAIMS / hotMs) * 1000 * 10) / 10,
      hot_vs_spread: Math.round((hotMs / spreadMs) * 100) / 100,
      hot_claims_stored: hotCount,
    },
    cart_refresh: {
      runs: REFRESHES,
      refresh_ms_median_without_coupon: Math.round(refreshPlain * 10) / 10,
      refresh_ms_median_with_coupon: Math.round(refreshCoupon * 10) / 10,
      with_vs_without: Math.round((refreshCoupon / refreshPlain) * 100) / 100,
      hook_share_without_coupon: Math.round((hookPlain / refreshPlain) * 1000) / 1000,
      hook_share_with_coupon: Math.round((hookCoupon / refreshCoupon) * 1000) / 1000,
    },
  }
  const out = path.join(process.cwd(), ".data", "bench-coupons.json")
  fs.mkdirSync(path.dirname(out), { recursive: true })
  fs.writeFileSync(out, JSON.stringify(result, null, 2))
  logger.info(`coupon bench: ${JSON.stringify(result)}`)
}

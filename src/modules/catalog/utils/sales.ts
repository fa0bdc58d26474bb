import type { SaleLine } from "../types"

/** An order's lines summed per product (positive quantities only), sorted by product id. */
export function salesPerProduct(lines: { product_id?: string | null; quantity?: number | string | null }[]): SaleLine[] {
  const totals = new Map<string, number>()
  for (const l of lines) {
    const q = Number(l.quantity ?? 0)
    if (!l.product_id || !Number.isFinite(q) || q <= 0) continue
    totals.set(l.product_id, (totals.get(l.product_id) ?? 0) + q)
  }
  return [...totals.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([product_id, quantity]) => ({ product_id, quantity }))
}

/** Every ordered pair of distinct products of one order, sorted (a consistent lock order for the upserts). */
export function productPairs(productIds: string[]): [string, string][] {
  const ids = [...new Set(productIds)].sort()
  return ids.flatMap((a) => ids.filter((b) => b !== a).map((b): [string, string] => [a, b]))
}

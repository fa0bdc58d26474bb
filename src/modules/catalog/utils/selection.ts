import { BigNumber, MathBN } from "@medusajs/framework/utils"

export const CATALOG_SORTS = ["relevance", "newest", "price_asc", "price_desc", "best_selling"] as const
export type CatalogSort = (typeof CATALOG_SORTS)[number]

export type CandidateVariant = {
  variant_id: string
  /** The variant's calculated price in the shopper's context (exact), or null when it has none there. */
  price: BigNumber | null
  in_stock: boolean
}

export type Candidate = {
  product_id: string
  created_at: Date
  /** Keyword relevance (0 without a keyword). */
  score: number
  units_sold: number
  variants: CandidateVariant[]
}

export type Selection = {
  price_min?: number
  price_max?: number
  in_stock?: boolean
  sort: CatalogSort
}

export type Selected = Candidate & {
  /** Lowest price among the variants that match the filters (null when none has a price). */
  min_price: BigNumber | null
}

const cmpBig = (a: BigNumber | null, b: BigNumber | null, dir: 1 | -1) => {
  if (a === null && b === null) return 0
  if (a === null) return 1 // unpriced last, whatever the direction
  if (b === null) return -1
  return dir * (MathBN.lt(a, b) ? -1 : MathBN.gt(a, b) ? 1 : 0)
}
const newest = (a: Candidate, b: Candidate) =>
  b.created_at.getTime() - a.created_at.getTime() || (a.product_id < b.product_id ? -1 : a.product_id > b.product_id ? 1 : 0)

/**
 * The catalog's filters and sorts over candidate products. Filters apply per variant: a product matches
 * when one of its variants is in stock (if asked) AND priced within [price_min, price_max] (bounds
 * included, compared exactly). Price sorts use the lowest matching price; unpriced products go last.
 */
export function selectProducts(candidates: Candidate[], s: Selection): Selected[] {
  const priced = s.price_min !== undefined || s.price_max !== undefined
  const min = s.price_min !== undefined ? MathBN.convert(s.price_min) : null
  const max = s.price_max !== undefined ? MathBN.convert(s.price_max) : null
  const selected: Selected[] = []
  for (const c of candidates) {
    const variants = c.variants.filter((v) => {
      if (s.in_stock && !v.in_stock) return false
      if (!priced) return true
      if (v.price === null) return false
      return (min === null || MathBN.gte(v.price, min)) && (max === null || MathBN.lte(v.price, max))
    })
    if (!variants.length) continue
    const prices = variants.map((v) => v.price).filter((p): p is BigNumber => p !== null)
    const min_price = prices.length ? prices.reduce((a, b) => (MathBN.lt(b, a) ? b : a)) : null
    selected.push({ ...c, min_price })
  }
  const sorts: Record<CatalogSort, (a: Selected, b: Selected) => number> = {
    newest,
    price_asc: (a, b) => cmpBig(a.min_price, b.min_price, 1) || newest(a, b),
    price_desc: (a, b) => cmpBig(a.min_price, b.min_price, -1) || newest(a, b),
    best_selling: (a, b) => b.units_sold - a.units_sold || newest(a, b),
    relevance: (a, b) => b.score - a.score || b.units_sold - a.units_sold || newest(a, b),
  }
  return selected.sort(sorts[s.sort])
}

/** Escapes LIKE wildcards so a keyword matches literally. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

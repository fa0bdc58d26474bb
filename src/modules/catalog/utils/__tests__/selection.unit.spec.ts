import { BigNumber } from "@medusajs/framework/utils"
import { type Candidate, likePattern, selectProducts } from "../selection"

const p = (v: string) => new BigNumber(v)
const candidate = (id: string, created: string, variants: [string | null, boolean][], extra: Partial<Candidate> = {}): Candidate => ({
  product_id: id,
  created_at: new Date(created),
  score: 0,
  units_sold: 0,
  variants: variants.map(([price, in_stock], i) => ({ variant_id: `${id}_v${i}`, price: price === null ? null : p(price), in_stock })),
  ...extra,
})

const melon = candidate("melon", "2026-01-01", [["19.90", true], ["36.80", true]])
const apple = candidate("apple", "2026-01-03", [["29.90", false], ["55.00", true]])
const choy = candidate("choy", "2026-01-02", [["3.98", true]])
const unpriced = candidate("rare", "2026-01-04", [[null, true]])
const all = [melon, apple, choy, unpriced]
const ids = (xs: { product_id: string }[]) => xs.map((x) => x.product_id)

describe("selectProducts", () => {
  it("includes a product whose variant is priced exactly at either bound", () => {
    expect(ids(selectProducts(all, { price_min: 19.9, price_max: 29.9, sort: "price_asc" }))).toEqual(["melon", "apple"])
    expect(ids(selectProducts(all, { price_min: 19.91, price_max: 29.89, sort: "price_asc" }))).toEqual([])
    expect(ids(selectProducts(all, { price_min: 55, sort: "price_asc" }))).toEqual(["apple"])
    expect(ids(selectProducts(all, { price_max: 3.98, sort: "price_asc" }))).toEqual(["choy"])
  })

  it("applies stock and price to the same variant", () => {
    // The apple's ¥29.90 variant is out of stock; its ¥55 one is in stock but out of range.
    expect(ids(selectProducts(all, { price_min: 20, price_max: 30, in_stock: true, sort: "newest" }))).toEqual([])
    expect(ids(selectProducts(all, { in_stock: true, sort: "newest" }))).toEqual(["rare", "apple", "choy", "melon"])
  })

  it("sorts by the lowest matching price, unpriced last in both directions", () => {
    expect(ids(selectProducts(all, { sort: "price_asc" }))).toEqual(["choy", "melon", "apple", "rare"])
    expect(ids(selectProducts(all, { sort: "price_desc" }))).toEqual(["apple", "melon", "choy", "rare"])
    // With a filter, the lowest price is among the matching variants: the apple counts at ¥55.
    const sel = selectProducts(all, { price_min: 30, sort: "price_asc" })
    expect(sel.map((s) => [s.product_id, s.min_price?.numeric])).toEqual([
      ["melon", 36.8],
      ["apple", 55],
    ])
  })

  it("sorts by newest, best-selling and relevance with stable tie-breaks", () => {
    expect(ids(selectProducts(all, { sort: "newest" }))).toEqual(["rare", "apple", "choy", "melon"])
    const sold = [{ ...melon, units_sold: 5 }, { ...apple, units_sold: 5 }, { ...choy, units_sold: 9 }]
    expect(ids(selectProducts(sold, { sort: "best_selling" }))).toEqual(["choy", "apple", "melon"])
    const scored = [{ ...melon, score: 1 }, { ...apple, score: 2.5 }, { ...choy, score: 1, units_sold: 3 }]
    expect(ids(selectProducts(scored, { sort: "relevance" }))).toEqual(["apple", "choy", "melon"])
  })
})

describe("likePattern", () => {
  it("matches the keyword literally", () => {
    expect(likePattern("100%_off\\")).toBe("%100\\%\\_off\\\\%")
    expect(likePattern("西瓜")).toBe("%西瓜%")
  })
})

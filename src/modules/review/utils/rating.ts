import type { RatingSummary } from "../types"

type RatingRow = { product_id: string; count: number; sum: number; stars_1: number; stars_2: number; stars_3: number; stars_4: number; stars_5: number }

/** The rating as the APIs give it: count, mean to one decimal (half up), stars per level. */
export function ratingSummary(productId: string, row?: RatingRow): RatingSummary {
  const count = row?.count ?? 0
  const average = count ? Math.round((row!.sum * 10) / count) / 10 : null
  return {
    product_id: productId,
    count,
    average,
    stars: {
      "1": row?.stars_1 ?? 0,
      "2": row?.stars_2 ?? 0,
      "3": row?.stars_3 ?? 0,
      "4": row?.stars_4 ?? 0,
      "5": row?.stars_5 ?? 0,
    },
  }
}

/** How a review's move between statuses changes its product's rating: +1 into approved, −1 out of it. */
export function ratingDelta(from: string, to: string): 1 | -1 | 0 {
  if (from === to) return 0
  if (to === "approved") return 1
  if (from === "approved") return -1
  return 0
}

/** A name as reviews show it: the first character and two stars ("王**", "L**"); null without a name. */
export function maskName(...parts: (string | null | undefined)[]): string | null {
  const name = parts.map((p) => (p ?? "").trim()).filter(Boolean).join(" ")
  if (!name) return null
  return `${Array.from(name)[0]}**`
}

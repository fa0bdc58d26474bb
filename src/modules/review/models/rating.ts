import { model } from "@medusajs/framework/utils"

/**
 * A product's rating over its approved reviews: count, sum and the count per star. Moved only by atomic
 * increments in the same transaction as a review's status change (the review row locked), so it always
 * equals a recount of the approved reviews, under any concurrency.
 */
export const ProductRating = model
  .define("product_rating", {
    id: model.id({ prefix: "prat" }).primaryKey(),
    product_id: model.text(),
    count: model.number().default(0),
    sum: model.number().default(0),
    stars_1: model.number().default(0),
    stars_2: model.number().default(0),
    stars_3: model.number().default(0),
    stars_4: model.number().default(0),
    stars_5: model.number().default(0),
  })
  .indexes([{ on: ["product_id"], unique: true, where: null }])
  .checks([
    {
      name: "product_rating_consistent",
      expression: (c) =>
        `${c.count} = ${c.stars_1} + ${c.stars_2} + ${c.stars_3} + ${c.stars_4} + ${c.stars_5} AND ` +
        `${c.sum} = ${c.stars_1} + 2 * ${c.stars_2} + 3 * ${c.stars_3} + 4 * ${c.stars_4} + 5 * ${c.stars_5} AND ` +
        `LEAST(${c.stars_1}, ${c.stars_2}, ${c.stars_3}, ${c.stars_4}, ${c.stars_5}) >= 0`,
    },
  ])

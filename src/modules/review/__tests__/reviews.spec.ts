import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { uniqueModuleDb } from "../../../../integration-tests/helpers/module-db"
import { REVIEW_MODULE } from ".."
import type ReviewModuleService from "../service"
import type { ReviewRecord } from "../types"

jest.setTimeout(60 * 1000)

const review = (line: string, rating: number, product = "prod_1") => ({
  product_id: product,
  variant_id: null,
  customer_id: `cus_${line}`,
  order_id: `order_${line}`,
  line_item_id: line,
  rating,
  text: null,
  images: [],
  author_name: null,
})
const settle = (ps: Promise<unknown>[]) => Promise.allSettled(ps)

moduleIntegrationTestRunner<ReviewModuleService>({
  moduleName: REVIEW_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  dbName: uniqueModuleDb("review_module"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = async <T>(query: string, bindings: unknown[] = []): Promise<T[]> =>
      (await MikroOrmWrapper.forkManager().getConnection().execute(query, bindings)) as T[]

    /** The aggregate must equal a recount of the approved reviews. */
    async function expectRatingMatchesReviews(productId: string) {
      const [recount] = await sql<{ count: string; sum: string | null }>(
        "SELECT count(*) AS count, sum(rating) AS sum FROM product_review WHERE product_id = ? AND status = 'approved'",
        [productId]
      )
      const summary = (await service.getRatingSummaries([productId])).get(productId)!
      expect(summary.count).toBe(Number(recount.count))
      const [row] = await sql<{ sum: number }>("SELECT sum FROM product_rating WHERE product_id = ?", [productId])
      expect(row?.sum ?? 0).toBe(Number(recount.sum ?? 0))
      return summary
    }

    it("accepts one review per order line, also when eight arrive at once", async () => {
      const results = await Promise.allSettled(Array.from({ length: 8 }, () => service.createReview(review("ordli_race", 5))))
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
      const refusals = results.filter((r): r is PromiseRejectedResult => r.status === "rejected")
      expect(refusals).toHaveLength(7)
      expect(new Set(refusals.map((r) => r.reason.code))).toEqual(new Set(["review_exists"]))
      const [{ n }] = await sql<{ n: string }>("SELECT count(*) AS n FROM product_review WHERE line_item_id = 'ordli_race'")
      expect(Number(n)).toBe(1)
    })

    it("refuses ratings outside 1–5 and more than nine images in the database itself", async () => {
      await expect(service.createReview(review("ordli_zero", 0))).rejects.toThrow(/product_review_rating_range/)
      await expect(service.createReview({ ...review("ordli_imgs", 4), images: Array.from({ length: 10 }, (_, i) => `https://x/${i}.jpg`) })).rejects.toThrow(
        /product_review_images_max/
      )
    })

    it("keeps the product's rating equal to its approved reviews while moderators race", async () => {
      const ratings = [5, 4, 4, 3, 5, 1, 2, 5, 4, 3, 5, 5]
      const created: ReviewRecord[] = []
      for (const [i, r] of ratings.entries()) created.push(await service.createReview(review(`ordli_m${i}`, r, "prod_race")))
      // Everything approved twice at once, then every third review hidden while the others are approved again.
      await settle(created.flatMap((c) => [service.moderateReview(c.id, { status: "approved", actor_id: "user_a" }), service.moderateReview(c.id, { status: "approved", actor_id: "user_b" })]))
      let summary = await expectRatingMatchesReviews("prod_race")
      expect(summary.count).toBe(12)
      await settle(
        created.map((c, i) =>
          i % 3 === 0
            ? service.moderateReview(c.id, { status: "hidden", actor_id: "user_a" })
            : service.moderateReview(c.id, { status: "approved", actor_id: "user_b" })
        )
      )
      summary = await expectRatingMatchesReviews("prod_race")
      // All: sum 46. Hidden: indexes 0, 3, 6, 9 → ratings 5, 3, 2, 3 (sum 13); 46 − 13 = 33 over 8 reviews = 4.125 → 4.1
      expect(summary).toMatchObject({ count: 8, average: 4.1 })
      expect(summary.stars).toEqual({ "1": 1, "2": 0, "3": 0, "4": 3, "5": 4 })
    })

    it("replies without touching the rating, and removes a reply", async () => {
      const r = await service.createReview(review("ordli_reply", 4, "prod_reply"))
      const replied = await service.moderateReview(r.id, { reply: "谢谢支持", actor_id: "user_op" })
      expect(replied).toMatchObject({ previous_status: "pending", replied: true, review: { reply: "谢谢支持", replied_by: "user_op", status: "pending" } })
      expect((await service.getRatingSummaries(["prod_reply"])).get("prod_reply")!.count).toBe(0)
      const removed = await service.moderateReview(r.id, { reply: null, actor_id: "user_op" })
      expect(removed.review).toMatchObject({ reply: null, replied_by: null, replied_at: null })
      await expect(service.moderateReview("prev_missing", { status: "approved", actor_id: "x" })).rejects.toMatchObject({ code: "review_not_found" })
    })

    it("counts visible answers exactly while answers are added and hidden concurrently", async () => {
      const q = await service.createProductQuestions({ product_id: "prod_q", customer_id: "cus_q", text: "甜吗？", author_name: null })
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          service.answerQuestion({ question_id: q.id, text: `答${i}`, author_type: "buyer", author_id: `cus_${i}`, author_name: null })
        )
      )
      await settle([
        ...answers.slice(0, 4).flatMap((a) => [service.setAnswerStatus(a.answer.id, "hidden"), service.setAnswerStatus(a.answer.id, "hidden")]),
        ...answers.map((a) => service.answerQuestion({ question_id: q.id, text: "再答", author_type: "operator", author_id: "user_op", author_name: null })),
      ])
      const [row] = await sql<{ answer_count: number }>("SELECT answer_count FROM product_question WHERE id = ?", [q.id])
      const [visible] = await sql<{ n: string }>("SELECT count(*) AS n FROM product_answer WHERE question_id = ? AND status = 'visible'", [q.id])
      expect(row.answer_count).toBe(Number(visible.n))
      expect(row.answer_count).toBe(16) // 10 + 10 − 4

      await service.updateProductQuestions({ id: q.id, status: "hidden" })
      await expect(
        service.answerQuestion({ question_id: q.id, text: "x", author_type: "buyer", author_id: "cus_x", author_name: null })
      ).rejects.toMatchObject({ code: "question_not_found" })
    })
  },
})

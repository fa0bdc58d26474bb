import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { conflict, notFound } from "../../lib/errors"
import { FaqEntry, ProductAnswer, ProductQuestion, ProductRating, ProductReview } from "./models"
import { knexOf, rows } from "./sql/db"
import type { AnswerAuthor, AnswerRecord, CreateReviewInput, QaStatus, RatingSummary, ReviewRecord, ReviewStatus } from "./types"
import { ratingDelta, ratingSummary } from "./utils/rating"

/** The aggregate's column for a rating (1–5, also held by the review's check constraint). */
function starColumn(rating: number): 1 | 2 | 3 | 4 | 5 {
  if (![1, 2, 3, 4, 5].includes(rating)) {
    throw new Error(`review: rating ${rating} out of range`)
  }
  return rating as 1 | 2 | 3 | 4 | 5
}

const REVIEW_COLUMNS = `id, product_id, variant_id, customer_id, order_id, line_item_id, rating, text, images, author_name, status,
  moderated_by, moderated_at, reply, replied_by, replied_at, created_at, updated_at`

/**
 * Reviews (once per order line, rating aggregate kept exact), questions and answers (answer counts kept
 * exact) and the FAQ. Invariants are held by the database: the unique line_item_id, check constraints on
 * ratings and on the aggregate, conditional updates under the review's or question's row lock.
 */
export default class ReviewModuleService extends MedusaService({ ProductReview, ProductRating, ProductQuestion, ProductAnswer, FaqEntry }) {
  /** Creates a pending review; a second review of the same order line answers 409 `review_exists`. */
  @InjectTransactionManager()
  async createReview(input: CreateReviewInput, @MedusaContext() ctx: Context = {}): Promise<ReviewRecord> {
    const [row] = await rows<ReviewRecord>(
      knexOf(ctx),
      `INSERT INTO product_review (id, product_id, variant_id, customer_id, order_id, line_item_id, rating, text, images, author_name)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?)
       ON CONFLICT (line_item_id) DO NOTHING
       RETURNING ${REVIEW_COLUMNS}`,
      [
        generateEntityId(undefined, "prev"),
        input.product_id,
        input.variant_id,
        input.customer_id,
        input.order_id,
        input.line_item_id,
        input.rating,
        input.text,
        input.images,
        input.author_name,
      ]
    )
    if (!row) {
      throw conflict("review_exists", `Order line ${input.line_item_id} has already been reviewed`)
    }
    return row
  }

  /** Deletes a review that was never moderated (undo of a failed creation). */
  @InjectTransactionManager()
  async deletePendingReview(id: string, @MedusaContext() ctx: Context = {}): Promise<void> {
    await knexOf(ctx).raw(`DELETE FROM product_review WHERE id = ? AND status = 'pending'`, [id])
  }

  /**
   * Approves or hides a review and/or sets the store's reply (null removes it); "pending" only to undo a
   * failed moderation. Under the review's row
   * lock; the product's rating moves by one review in the same transaction when the review enters or
   * leaves "approved".
   */
  @InjectTransactionManager()
  async moderateReview(
    id: string,
    input: { status?: ReviewStatus; reply?: string | null; actor_id: string },
    @MedusaContext() ctx: Context = {}
  ): Promise<{ review: ReviewRecord; previous_status: ReviewStatus; replied: boolean }> {
    const knex = knexOf(ctx)
    const [current] = await rows<ReviewRecord>(knex, `SELECT ${REVIEW_COLUMNS} FROM product_review WHERE id = ? AND deleted_at IS NULL FOR UPDATE`, [id])
    if (!current) {
      throw notFound("review_not_found", `Review ${id} not found`)
    }
    const status = input.status ?? current.status
    const replyChanged = input.reply !== undefined && input.reply !== current.reply
    const [review] = await rows<ReviewRecord>(
      knex,
      `UPDATE product_review SET
         status = ?,
         moderated_by = CASE WHEN ? THEN ? ELSE moderated_by END,
         moderated_at = CASE WHEN ? THEN now() ELSE moderated_at END,
         reply = CASE WHEN ? THEN ? ELSE reply END,
         replied_by = CASE WHEN ? THEN ? ELSE replied_by END,
         replied_at = CASE WHEN ? THEN ?::timestamptz ELSE replied_at END,
         updated_at = now()
       WHERE id = ? RETURNING ${REVIEW_COLUMNS}`,
      [
        status,
        status !== current.status,
        input.actor_id,
        status !== current.status,
        replyChanged,
        input.reply ?? null,
        replyChanged,
        input.reply ? input.actor_id : null,
        replyChanged,
        input.reply ? new Date() : null,
        id,
      ]
    )
    const delta = ratingDelta(current.status, status)
    const stars = `stars_${starColumn(current.rating)}`
    if (delta === 1) {
      await knex.raw(
        `INSERT INTO product_rating (id, product_id, count, sum, ${stars}) VALUES (?, ?, 1, ?, 1)
         ON CONFLICT (product_id) DO UPDATE SET count = product_rating.count + 1, sum = product_rating.sum + EXCLUDED.sum,
           ${stars} = product_rating.${stars} + 1, updated_at = now()`,
        [generateEntityId(undefined, "prat"), current.product_id, current.rating]
      )
    } else if (delta === -1) {
      await knex.raw(
        `UPDATE product_rating SET count = count - 1, sum = sum - ?, ${stars} = ${stars} - 1, updated_at = now()
         WHERE product_id = ?`,
        [current.rating, current.product_id]
      )
    }
    return { review, previous_status: current.status, replied: replyChanged && !!input.reply }
  }

  @InjectManager()
  async getRatingSummaries(productIds: string[], @MedusaContext() ctx: Context = {}): Promise<Map<string, RatingSummary>> {
    if (!productIds.length) {
      return new Map()
    }
    const found = await rows<Parameters<typeof ratingSummary>[1] & { product_id: string }>(
      knexOf(ctx),
      `SELECT product_id, count, sum, stars_1, stars_2, stars_3, stars_4, stars_5 FROM product_rating WHERE product_id = ANY(?)`,
      [productIds]
    )
    const byId = new Map(found.map((r) => [r.product_id, r]))
    return new Map(productIds.map((id) => [id, ratingSummary(id, byId.get(id))]))
  }

  /** A product's approved reviews, newest first, optionally of one rating or only those with images. */
  @InjectManager()
  async listApprovedReviews(
    productId: string,
    { rating, with_images, offset, limit }: { rating?: number; with_images?: boolean; offset: number; limit: number },
    @MedusaContext() ctx: Context = {}
  ): Promise<{ reviews: ReviewRecord[]; count: number }> {
    const where = ["product_id = ?", "status = 'approved'", "deleted_at IS NULL"]
    const bindings: unknown[] = [productId]
    if (rating) {
      where.push("rating = ?")
      bindings.push(rating)
    }
    if (with_images) {
      where.push("cardinality(images) > 0")
    }
    const found = await rows<ReviewRecord & { total: string }>(
      knexOf(ctx),
      `SELECT ${REVIEW_COLUMNS}, count(*) OVER () AS total FROM product_review WHERE ${where.join(" AND ")}
       ORDER BY created_at DESC, id DESC OFFSET ? LIMIT ?`,
      [...bindings, offset, limit]
    )
    const count = found.length
      ? Number(found[0].total)
      : Number(
          (await rows<{ n: string }>(knexOf(ctx), `SELECT count(*) AS n FROM product_review WHERE ${where.join(" AND ")}`, bindings))[0].n
        )
    return { reviews: found.map(({ total: _total, ...r }) => r), count }
  }

  /** Order lines of these that already have a review. */
  @InjectManager()
  async reviewedLineItems(lineItemIds: string[], @MedusaContext() ctx: Context = {}): Promise<Set<string>> {
    if (!lineItemIds.length) {
      return new Set()
    }
    const found = await rows<{ line_item_id: string }>(
      knexOf(ctx),
      `SELECT line_item_id FROM product_review WHERE line_item_id = ANY(?)`,
      [lineItemIds]
    )
    return new Set(found.map((r) => r.line_item_id))
  }

  /** Adds a visible answer to a visible question and counts it (atomic increment; 404 for a hidden question). */
  @InjectTransactionManager()
  async answerQuestion(
    input: { question_id: string; text: string; author_type: AnswerAuthor; author_id: string; author_name: string | null },
    @MedusaContext() ctx: Context = {}
  ): Promise<{ answer: AnswerRecord; question: { id: string; product_id: string; customer_id: string } }> {
    const knex = knexOf(ctx)
    const [question] = await rows<{ id: string; product_id: string; customer_id: string }>(
      knex,
      `UPDATE product_question SET answer_count = answer_count + 1, last_answered_at = now(), updated_at = now()
       WHERE id = ? AND status = 'visible' AND deleted_at IS NULL RETURNING id, product_id, customer_id`,
      [input.question_id]
    )
    if (!question) {
      throw notFound("question_not_found", `Question ${input.question_id} not found`)
    }
    const [answer] = await rows<AnswerRecord>(
      knex,
      `INSERT INTO product_answer (id, question_id, text, author_type, author_id, author_name) VALUES (?, ?, ?, ?, ?, ?)
       RETURNING id, question_id, text, author_type, author_id, author_name, status, created_at`,
      [generateEntityId(undefined, "pans"), input.question_id, input.text, input.author_type, input.author_id, input.author_name]
    )
    return { answer, question }
  }

  /** Removes an answer (undo of a failed answering), taking it out of the question's count if visible. */
  @InjectTransactionManager()
  async removeAnswer(answerId: string, @MedusaContext() ctx: Context = {}): Promise<void> {
    const knex = knexOf(ctx)
    const [gone] = await rows<{ question_id: string; status: QaStatus }>(
      knex,
      `DELETE FROM product_answer WHERE id = ? RETURNING question_id, status`,
      [answerId]
    )
    if (gone?.status === "visible") {
      await knex.raw(`UPDATE product_question SET answer_count = answer_count - 1, updated_at = now() WHERE id = ?`, [gone.question_id])
    }
  }

  /** Shows or hides an answer; the question's visible-answer count follows under the answer's row lock. */
  @InjectTransactionManager()
  async setAnswerStatus(
    answerId: string,
    status: QaStatus,
    scope: { question_id?: string; author_type?: AnswerAuthor; author_id?: string } = {},
    @MedusaContext() ctx: Context = {}
  ): Promise<AnswerRecord> {
    const knex = knexOf(ctx)
    const [current] = await rows<AnswerRecord>(
      knex,
      `SELECT id, question_id, text, author_type, author_id, author_name, status, created_at FROM product_answer
       WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [answerId]
    )
    if (
      !current ||
      (scope.question_id && current.question_id !== scope.question_id) ||
      (scope.author_id && (current.author_id !== scope.author_id || current.author_type !== scope.author_type))
    ) {
      throw notFound("answer_not_found", `Answer ${answerId} not found`)
    }
    if (current.status === status) {
      return current
    }
    const [answer] = await rows<AnswerRecord>(
      knex,
      `UPDATE product_answer SET status = ?, updated_at = now() WHERE id = ?
       RETURNING id, question_id, text, author_type, author_id, author_name, status, created_at`,
      [status, answerId]
    )
    await knex.raw(`UPDATE product_question SET answer_count = answer_count + ?, updated_at = now() WHERE id = ?`, [
      status === "visible" ? 1 : -1,
      current.question_id,
    ])
    return answer
  }

  /** Refuses when the FAQ entry does not exist (for updates and deletes). */
  @InjectManager()
  async requireFaq(id: string, @MedusaContext() ctx: Context = {}) {
    const [found] = await rows<{ id: string }>(knexOf(ctx), `SELECT id FROM faq_entry WHERE id = ? AND deleted_at IS NULL`, [id])
    if (!found) {
      throw notFound("faq_not_found", `FAQ entry ${id} not found`)
    }
  }

  /** The question, if visible (customers may only answer or read visible questions). */
  @InjectManager()
  async requireVisibleQuestion(id: string, @MedusaContext() ctx: Context = {}) {
    const [found] = await rows<{ id: string; product_id: string; customer_id: string }>(
      knexOf(ctx),
      `SELECT id, product_id, customer_id FROM product_question WHERE id = ? AND status = 'visible' AND deleted_at IS NULL`,
      [id]
    )
    if (!found) {
      throw notFound("question_not_found", `Question ${id} not found`)
    }
    return found
  }
}


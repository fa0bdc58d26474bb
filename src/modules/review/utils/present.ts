import { encodeHtml, encodeHtmlOrNull } from "../../../lib/html"
import type { ReviewRecord } from "../types"

/**
 * Reviews, questions and answers as every API gives them: text people typed is HTML-encoded (stored as
 * typed), so no page can be made to run a script by rendering it. Image URLs are validated on the way in
 * (http/https, no quotes, spaces or angle brackets) and returned as stored.
 */
export function presentPublicReview(r: ReviewRecord) {
  return {
    id: r.id,
    product_id: r.product_id,
    variant_id: r.variant_id,
    rating: r.rating,
    text: encodeHtmlOrNull(r.text),
    images: r.images ?? [],
    author_name: encodeHtmlOrNull(r.author_name),
    reply: encodeHtmlOrNull(r.reply),
    replied_at: r.replied_at ? new Date(r.replied_at) : null,
    created_at: new Date(r.created_at),
  }
}

/** The author's own view: also the status and the order line. */
export function presentOwnReview(r: ReviewRecord) {
  return { ...presentPublicReview(r), status: r.status, order_id: r.order_id, line_item_id: r.line_item_id }
}

/** The operators' view: everything, encoded the same way. */
export function presentAdminReview(r: ReviewRecord) {
  return {
    ...presentOwnReview(r),
    customer_id: r.customer_id,
    moderated_by: r.moderated_by,
    moderated_at: r.moderated_at ? new Date(r.moderated_at) : null,
    replied_by: r.replied_by,
    updated_at: new Date(r.updated_at),
  }
}

type QuestionLike = {
  id: string
  product_id: string
  text: string
  author_name: string | null
  status: string
  answer_count: number
  last_answered_at: Date | string | null
  created_at: Date | string
  customer_id?: string
}
type AnswerLike = {
  id: string
  text: string
  author_type: string
  author_name: string | null
  status: string
  created_at: Date | string
  author_id?: string
}

export function presentAnswer(a: AnswerLike, { admin = false } = {}) {
  return {
    id: a.id,
    text: encodeHtml(a.text),
    author_type: a.author_type,
    author_name: encodeHtmlOrNull(a.author_name),
    created_at: new Date(a.created_at),
    ...(admin ? { status: a.status, author_id: a.author_id ?? null } : {}),
  }
}

export function presentQuestion(q: QuestionLike, answers: AnswerLike[], { admin = false } = {}) {
  return {
    id: q.id,
    product_id: q.product_id,
    text: encodeHtml(q.text),
    author_name: encodeHtmlOrNull(q.author_name),
    answer_count: q.answer_count,
    last_answered_at: q.last_answered_at ? new Date(q.last_answered_at) : null,
    created_at: new Date(q.created_at),
    answers: answers.map((a) => presentAnswer(a, { admin })),
    ...(admin ? { status: q.status, customer_id: q.customer_id ?? null } : {}),
  }
}

import type { ANSWER_AUTHORS, QA_STATUSES, REVIEW_STATUSES } from "./models/constants"

export type ReviewStatus = (typeof REVIEW_STATUSES)[number]
export type QaStatus = (typeof QA_STATUSES)[number]
export type AnswerAuthor = (typeof ANSWER_AUTHORS)[number]

export type ReviewRecord = {
  id: string
  product_id: string
  variant_id: string | null
  customer_id: string
  order_id: string
  line_item_id: string
  rating: number
  text: string | null
  images: string[]
  author_name: string | null
  status: ReviewStatus
  moderated_by: string | null
  moderated_at: Date | null
  reply: string | null
  replied_by: string | null
  replied_at: Date | null
  created_at: Date
  updated_at: Date
}

export type CreateReviewInput = {
  product_id: string
  variant_id: string | null
  customer_id: string
  order_id: string
  line_item_id: string
  rating: number
  text: string | null
  images: string[]
  author_name: string | null
}

export type RatingSummary = {
  product_id: string
  count: number
  /** Mean of the approved ratings, to one decimal (null without reviews). */
  average: number | null
  stars: Record<"1" | "2" | "3" | "4" | "5", number>
}

export type AnswerRecord = {
  id: string
  question_id: string
  text: string
  author_type: AnswerAuthor
  author_id: string
  author_name: string | null
  status: QaStatus
  created_at: Date
}

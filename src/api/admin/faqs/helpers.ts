import { encodeHtml, encodeHtmlOrNull } from "../../../lib/html"

type Faq = {
  id: string
  category: string | null
  question_zh: string
  answer_zh: string
  question_en: string | null
  answer_en: string | null
  rank: number
  is_published: boolean
  created_at: Date | string
  updated_at: Date | string
}

/** An FAQ entry for the admin, its texts HTML-encoded like every other text of this domain. */
export function presentAdminFaq(f: Faq) {
  return {
    id: f.id,
    category: encodeHtmlOrNull(f.category),
    question_zh: encodeHtml(f.question_zh),
    answer_zh: encodeHtml(f.answer_zh),
    question_en: encodeHtmlOrNull(f.question_en),
    answer_en: encodeHtmlOrNull(f.answer_en),
    rank: f.rank,
    is_published: f.is_published,
    created_at: new Date(f.created_at),
    updated_at: new Date(f.updated_at),
  }
}

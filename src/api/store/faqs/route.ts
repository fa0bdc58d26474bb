import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { encodeHtml } from "../../../lib/html"
import { templateLanguage } from "../../../modules/messaging/utils/render"
import { reviewService } from "../../../workflows/review/utils/review-service"
import type { StoreListFaqsType } from "./validators"

/** GET /store/faqs?category=…: the published FAQ in the request's language (English where written). */
export const GET = async (req: MedusaRequest<unknown, StoreListFaqsType>, res: MedusaResponse) => {
  const { category } = req.validatedQuery as StoreListFaqsType
  const english = templateLanguage(req.locale) === "en"
  const faqs = await reviewService(req.scope).listFaqEntries(
    { is_published: true, ...(category ? { category } : {}) },
    { order: { rank: "ASC", created_at: "ASC" }, take: null }
  )
  res.json({
    faqs: faqs.map((f) => {
      const en = english && !!f.question_en && !!f.answer_en
      return {
        id: f.id,
        category: f.category ? encodeHtml(f.category) : null,
        question: encodeHtml(en ? f.question_en! : f.question_zh),
        answer: encodeHtml(en ? f.answer_en! : f.answer_zh),
        language: en ? "en" : "zh-CN",
      }
    }),
  })
}

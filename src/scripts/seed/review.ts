import faqData from "../../../data/faq.json"
import { reviewService } from "../../workflows/review/utils/review-service"
import type { SeedContext } from "./types"

/** The demo FAQ (data/faq.json), found by its Chinese question before being created. */
export async function seedFaq({ container, log }: SeedContext) {
  const service = reviewService(container)
  const existing = await service.listFaqEntries({ question_zh: faqData.faqs.map((f) => f.question_zh) }, { select: ["id", "question_zh"], take: null })
  const have = new Set(existing.map((f) => f.question_zh))
  const missing = faqData.faqs.filter((f) => !have.has(f.question_zh))
  if (missing.length) {
    await service.createFaqEntries(missing.map((f) => ({ ...f, is_published: true })))
    log(`created ${missing.length} FAQ entries`)
  }
}

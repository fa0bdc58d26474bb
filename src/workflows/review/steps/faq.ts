import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewService } from "../utils/review-service"

export type FaqFields = {
  category?: string | null
  question_zh?: string
  answer_zh?: string
  question_en?: string | null
  answer_en?: string | null
  rank?: number
  is_published?: boolean
}

type FaqRow = Required<FaqFields> & { id: string }

const snapshot = (f: FaqRow): FaqRow => ({
  id: f.id,
  category: f.category,
  question_zh: f.question_zh,
  answer_zh: f.answer_zh,
  question_en: f.question_en,
  answer_en: f.answer_en,
  rank: f.rank,
  is_published: f.is_published,
})

export const saveFaqStepId = "save-faq"

/** Creates an FAQ entry (no id) or updates one (404 `faq_not_found`); undone by deleting it or restoring it. */
export const saveFaqStep = createStep(
  saveFaqStepId,
  async (input: { id?: string; fields: FaqFields }, { container }) => {
    const service = reviewService(container)
    if (!input.id) {
      const created = await service.createFaqEntries({
        ...input.fields,
        question_zh: input.fields.question_zh!,
        answer_zh: input.fields.answer_zh!,
      })
      return new StepResponse(created, { created: created.id as string | null, restore: null as FaqRow | null })
    }
    await service.requireFaq(input.id)
    const [before] = await service.listFaqEntries({ id: input.id }, { take: 1 })
    const updated = await service.updateFaqEntries({ id: input.id, ...input.fields })
    return new StepResponse(updated, { created: null as string | null, restore: snapshot(before as FaqRow) as FaqRow | null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = reviewService(container)
    if (undo.created) await service.deleteFaqEntries(undo.created)
    if (undo.restore) await service.updateFaqEntries(undo.restore)
  }
)

export const deleteFaqStepId = "delete-faq"

/** Soft-deletes an FAQ entry (404 `faq_not_found`); undone by restoring it. */
export const deleteFaqStep = createStep(
  deleteFaqStepId,
  async (input: { id: string }, { container }) => {
    const service = reviewService(container)
    await service.requireFaq(input.id)
    await service.softDeleteFaqEntries(input.id)
    return new StepResponse({ id: input.id }, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    await reviewService(container).restoreFaqEntries(id)
  }
)

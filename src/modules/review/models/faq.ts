import { model } from "@medusajs/framework/utils"

/** A store FAQ entry (常见问题) in zh-CN and en, managed by operators. */
export const FaqEntry = model
  .define("faq_entry", {
    id: model.id({ prefix: "faq" }).primaryKey(),
    category: model.text().nullable(),
    question_zh: model.text(),
    answer_zh: model.text(),
    question_en: model.text().nullable(),
    answer_en: model.text().nullable(),
    rank: model.number().default(0),
    is_published: model.boolean().default(true),
  })
  .indexes([{ on: ["is_published", "rank"] }])

import { model } from "@medusajs/framework/utils"
import { ProductAnswer } from "./answer"
import { QA_STATUSES } from "./constants"

/** A customer's question about a product (问大家). Visible at once; operators may hide it. */
export const ProductQuestion = model
  .define("product_question", {
    id: model.id({ prefix: "pqst" }).primaryKey(),
    product_id: model.text(),
    customer_id: model.text(),
    author_name: model.text().nullable(),
    text: model.text(),
    status: model.enum([...QA_STATUSES]).default("visible"),
    /** Visible answers (moved atomically with each answer's visibility). */
    answer_count: model.number().default(0),
    last_answered_at: model.dateTime().nullable(),
    answers: model.hasMany(() => ProductAnswer, { mappedBy: "question" }),
  })
  .indexes([
    { on: ["product_id", "status", "created_at"], where: null },
    { on: ["customer_id"], where: null },
    { on: ["status", "answer_count", "created_at"], where: null },
  ])
  .checks([{ name: "product_question_answer_count", expression: (c) => `${c.answer_count} >= 0` }])

import { model } from "@medusajs/framework/utils"
import { ANSWER_AUTHORS, QA_STATUSES } from "./constants"
import { ProductQuestion } from "./question"

/** An answer by an operator (admin user), a leader, or a customer who received the product. */
export const ProductAnswer = model
  .define("product_answer", {
    id: model.id({ prefix: "pans" }).primaryKey(),
    question: model.belongsTo(() => ProductQuestion, { mappedBy: "answers" }),
    text: model.text(),
    author_type: model.enum([...ANSWER_AUTHORS]),
    /** The admin user, the leader, or the customer. */
    author_id: model.text(),
    author_name: model.text().nullable(),
    status: model.enum([...QA_STATUSES]).default("visible"),
  })
  .indexes([{ on: ["question_id", "status", "created_at"], where: null }])

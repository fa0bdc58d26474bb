import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyCustomer } from "../lib/notify"
import { reviewService } from "../workflows/review/utils/review-service"

type Answered = { id: string; question_id: string; product_id: string; asker_id: string; author_type: string; author_id: string }

/** A question got an answer: the asker is told (template question.answered), unless they answered themselves. */
export default async function questionAnsweredNotify({ event, container }: SubscriberArgs<Answered>) {
  const { id, question_id, product_id, asker_id, author_type, author_id } = event.data
  if (author_type === "buyer" && author_id === asker_id) return
  const [answer] = await reviewService(container).listProductAnswers({ id }, { take: 1 })
  if (!answer) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: customers }, { data: products }] = await Promise.all([
    query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: asker_id } }),
    query.graph({ entity: "product", fields: ["id", "title"], filters: { id: product_id } }),
  ])
  const email = customers[0]?.email
  if (!email) return
  await notifyCustomer(container, {
    to: email,
    template: "question.answered",
    data: { question_id, answer_id: id, product_id, product_title: products[0]?.title ?? null, answer: answer.text, author_type },
    idempotencyKey: `question.answered:${id}`,
    resourceType: "product_question",
    resourceId: question_id,
    customerId: asker_id,
  })
}

export const config: SubscriberConfig = { event: "question.answered", context: { subscriberId: "question-answered-notify" } }

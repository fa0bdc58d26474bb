import { definePolicies } from "@medusajs/framework/utils"

/** Reviews, questions and answers, and the FAQ (operators: review:*). */
export default definePolicies([
  { name: "ReadReview", resource: "review", operation: "read", description: "See reviews, questions and the FAQ" },
  { name: "UpdateReview", resource: "review", operation: "update", description: "Approve or hide reviews, reply, answer and hide questions, edit the FAQ" },
  { name: "CreateReview", resource: "review", operation: "create", description: "Add FAQ entries" },
  { name: "DeleteReview", resource: "review", operation: "delete", description: "Delete FAQ entries" },
])

export const REVIEW_STATUSES = ["pending", "approved", "hidden"] as const
export const QA_STATUSES = ["visible", "hidden"] as const
export const ANSWER_AUTHORS = ["operator", "leader", "buyer"] as const

import type { MedusaContainer } from "@medusajs/framework/types"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"

export function reviewService(container: MedusaContainer | { resolve: MedusaContainer["resolve"] }): ReviewModuleService {
  return container.resolve<ReviewModuleService>(REVIEW_MODULE)
}

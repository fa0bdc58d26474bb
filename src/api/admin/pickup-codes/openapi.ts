import { defineOperations } from "../../../lib/openapi"
import { AdminVerifyPickupCode, VERIFY_ERRORS, VerifyPickupCodeResponse } from "./validators"

export default defineOperations([
  {
    method: "post",
    path: "/admin/pickup-codes/verify",
    summary: "Verify a pickup code (operator)",
    description:
      "Single use: of concurrent verifications of one code exactly one succeeds. Completes the Medusa order " +
      "(`order.completed`) and emits `pickup.order_picked_up`. Every attempt is logged. Wrong codes are rate " +
      "limited per point (or per operator when no point is given).",
    tags: ["Pickup points"],
    auth: "admin",
    policy: "pickup_point:update",
    body: AdminVerifyPickupCode,
    response: VerifyPickupCodeResponse,
    errors: VERIFY_ERRORS,
  },
])

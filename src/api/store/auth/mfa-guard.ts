import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { accountService } from "../../../workflows/account/utils/account-service"
import { beforeJson, mfaErrorCode } from "./response-codes"

/**
 * Runs before Medusa's `POST /auth/mfa/challenges/:id/verify` (the second login step, for customers and admin
 * users). Medusa counts a challenge's failed attempts in its cache with a read-then-write and deletes a used
 * recovery code after a read: concurrent requests overrun both. Here, in the database:
 * - every attempt is reserved first (5 per challenge, 10 per auth identity in 15 minutes, whatever the
 *   concurrency): `429 mfa_attempts_exceeded` / `429 mfa_throttled` otherwise;
 * - a recovery code is claimed for its identity first (unique key): a second concurrent use answers
 *   `409 recovery_code_used`; the claim is released when Medusa refuses the attempt.
 * Medusa's own error messages get stable codes (`mfa_code_invalid`, `mfa_challenge_expired`, …).
 */
export async function mfaChallengeGuard(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const identityId = req.auth_context?.auth_identity_id
  if (!identityId) {
    return next()
  }
  const service = accountService(req.scope)
  const reserved = await service.reserveMfaAttempt({ challenge_id: req.params.id, auth_identity_id: identityId })
  if (!reserved.ok) {
    if (reserved.retry_after_seconds) {
      res.setHeader("Retry-After", String(reserved.retry_after_seconds))
    }
    res.status(429).json({
      type: MedusaError.Types.NOT_ALLOWED,
      code: reserved.code,
      message:
        reserved.code === "mfa_throttled"
          ? `Too many second-factor attempts: try again in ${reserved.retry_after_seconds} s`
          : "Too many attempts on this challenge: log in again",
      ...(reserved.retry_after_seconds ? { retry_after_seconds: reserved.retry_after_seconds } : {}),
    })
    return
  }
  const body = (req.body ?? {}) as { method?: unknown; code?: unknown }
  const recoveryCode = body.method === "recovery_code" && typeof body.code === "string" ? body.code : null
  if (recoveryCode && !(await service.claimRecoveryCode(identityId, recoveryCode))) {
    res.status(409).json({
      type: MedusaError.Types.CONFLICT,
      code: "recovery_code_used",
      message: "This recovery code has been used",
    })
    return
  }
  beforeJson(res, async (status, out) => {
    if (status < 400) {
      return out
    }
    if (recoveryCode) {
      await service.releaseRecoveryCode(identityId, recoveryCode)
    }
    const code = mfaErrorCode(out?.message)
    return code ? { ...out, code } : out
  })
  next()
}

import { MedusaError } from "@medusajs/framework/utils"
import { conflict } from "../../../lib/errors"

/**
 * Whether an error is a unique-index violation as it reaches a step: Medusa's repositories turn PostgreSQL's
 * 23505 into INVALID_DATA "<Entity> with <key>: <value>, already exists." (dbErrorMapper); raw queries keep
 * DUPLICATE_ERROR.
 */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { type?: string; message?: string; code?: string } | undefined
  return (
    err?.type === MedusaError.Types.DUPLICATE_ERROR ||
    err?.code === "23505" ||
    (err?.type === MedusaError.Types.INVALID_DATA && /, already exists\.$/.test(err.message ?? ""))
  )
}

/** Runs a create/update of points, turning the unique-code violation into 409 `pickup_point_code_taken`. */
export async function codeTaken<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw conflict("pickup_point_code_taken", "Another pickup point already has this code")
    }
    throw e
  }
}

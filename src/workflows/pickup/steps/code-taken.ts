import { conflict } from "../../../lib/errors"

/** Runs a create/update of points, turning the unique-code violation into 409 `pickup_point_code_taken`. */
export async function codeTaken<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (e) {
    if ((e as { type?: string })?.type === "duplicate_error") {
      throw conflict("pickup_point_code_taken", "Another pickup point already has this code")
    }
    throw e
  }
}

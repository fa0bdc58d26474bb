import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { invalid } from "../lib/errors"

/**
 * PostgreSQL cannot store U+0000 in text or jsonb: a NUL character that reaches a query fails there with
 * "invalid byte sequence for encoding UTF8: 0x00", which Medusa answers with a 500, possibly after earlier
 * steps of a workflow have written. No field of ours (or Medusa's) means anything with a NUL in it, so requests
 * carrying one, in the URL (`%00`, path or query) or anywhere in a JSON or form body (values and keys), are
 * refused before any route runs: 400 `invalid_data`, nothing written.
 */
const MAX_DEPTH = 32

function nulPath(value: unknown, path: string, depth: number): string | undefined {
  if (typeof value === "string") {
    return value.includes("\u0000") ? path || "the body" : undefined
  }
  if (!value || typeof value !== "object" || depth > MAX_DEPTH) {
    return undefined
  }
  for (const [key, child] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key
    if (key.includes("\u0000")) {
      return `a field name in ${path || "the body"}`
    }
    const found = nulPath(child, at, depth + 1)
    if (found) {
      return found
    }
  }
  return undefined
}

/** Where the request carries a NUL character, or undefined. */
export function findNulCharacter(req: Pick<MedusaRequest, "originalUrl" | "url" | "body">): string | undefined {
  if (/%00/i.test(req.originalUrl ?? req.url ?? "")) {
    return "the URL"
  }
  return nulPath(req.body, "", 0)
}

export function rejectNulCharacters(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const where = findNulCharacter(req)
  if (where) {
    throw invalid("invalid_data", `${where} contains a NUL character (U+0000), which is not allowed`)
  }
  next()
}

/** Before every Store, Admin and auth route (no methods: Medusa runs these before route-specific middlewares). */
export const inputGuardMiddlewares: MiddlewareRoute[] = ["/store/*", "/admin/*", "/auth/*"].map((matcher) => ({
  matcher,
  middlewares: [rejectNulCharacters],
}))

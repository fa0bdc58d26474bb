import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorHandler as coreErrorHandler } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** Codes Medusa itself puts on errors; anything else on a CONFLICT/DUPLICATE error is one of ours. */
const CORE_CODES = new Set([
  "invalid_state_error",
  "invalid_request_error",
  "api_error",
  "unknown_error",
])

type CodedError = {
  type?: string
  code?: string
  message?: string
  issues?: unknown[]
  status?: number
  statusCode?: number
  expose?: boolean
}

/** Codes of the client errors Express and body-parser raise before any route runs. */
const HTTP_CODES: Record<number, string> = {
  400: "invalid_data",
  413: "payload_too_large",
  415: "unsupported_media_type",
}

/**
 * A client error raised by Express itself: body-parser (malformed JSON, a body over the size limit, an
 * unsupported charset) or the router (a path with a broken percent-encoding such as `%E0%A4%A`, a URIError
 * with status 400 that the core handler would answer with a 500).
 */
function expressClientError(e: CodedError & object): number | undefined {
  const status = e.statusCode ?? e.status
  if (typeof status !== "number" || status < 400 || status >= 500) {
    return undefined
  }
  return typeof e.expose === "boolean" || e instanceof URIError ? status : undefined
}

/**
 * Medusa's error handler, with these additions so that every refusal carries a stable `code`:
 * - Express's own client errors (malformed JSON, a body over the limit, a broken URL encoding) keep their 4xx
 *   and get a code (`invalid_data`, `payload_too_large`, `unsupported_media_type`) instead of none or a 500;
 * - schema (zod) failures answer 400 with `code: "invalid_data"`, whoever threw them;
 * - our CONFLICT / DUPLICATE errors keep their own code and answer 409 (the core handler would
 *   overwrite the code, and answer 422 for duplicates).
 * Everything else is left to the core handler, so core routes behave exactly as in stock Medusa.
 */
export function appErrorHandler() {
  const core = coreErrorHandler()
  return function errorHandler(
    err: unknown,
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ): void {
    const e = (err ?? {}) as CodedError
    const httpStatus = expressClientError(e)
    if (httpStatus !== undefined) {
      req.scope?.resolve("logger")?.info(`${httpStatus} at ${req.path}: ${e.message}`)
      res.status(httpStatus).json({
        type: MedusaError.Types.INVALID_DATA,
        code: HTTP_CODES[httpStatus] ?? "invalid_request",
        message: e instanceof URIError ? "The URL has a broken percent-encoding" : e.message ?? "Bad request",
      })
      return
    }
    if (Array.isArray(e.issues)) {
      // A zod error thrown by our own code (route validators already turn theirs into INVALID_DATA).
      const issues = e.issues as { path?: (string | number)[]; message?: string }[]
      res.status(400).json({
        type: MedusaError.Types.INVALID_DATA,
        code: "invalid_data",
        message: issues.map((i) => `${(i.path ?? []).join(".") || "input"}: ${i.message}`).join("; "),
      })
      return
    }
    if (e.type === MedusaError.Types.INVALID_DATA && !e.code) {
      // Schema failures from validateAndTransformBody/Query carry no code: give them one.
      const json = res.json.bind(res)
      res.json = (body: Record<string, unknown>) => json({ ...body, code: "invalid_data" })
    }
    if (
      (e.type === MedusaError.Types.CONFLICT || e.type === MedusaError.Types.DUPLICATE_ERROR) &&
      e.code &&
      !CORE_CODES.has(e.code)
    ) {
      req.scope?.resolve("logger")?.info(e.message ?? e.code)
      res.status(409).json({ type: e.type, code: e.code, message: e.message })
      return
    }
    core(err, req, res, next)
  }
}

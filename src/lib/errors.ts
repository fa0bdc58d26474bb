import { MedusaError } from "@medusajs/framework/utils"

/**
 * Business errors with a stable `code` clients branch on. The type decides the HTTP status
 * (see src/api/error-handler.ts):
 *   invalid(code, msg)   400  bad input the schema could not catch
 *   notFound(code, msg)  404
 *   refused(code, msg)   400  a business rule says no (limit reached, campaign not active…)
 *   conflict(code, msg)  409  the state changed under the caller (group full, already verified…)
 *   forbidden(code, msg) 403  not yours
 */
export function invalid(code: string, message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message, code)
}

export function notFound(code: string, message: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, message, code)
}

export function refused(code: string, message: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, message, code)
}

export function conflict(code: string, message: string): MedusaError {
  return new MedusaError(MedusaError.Types.CONFLICT, message, code)
}

export function forbidden(code: string, message: string): MedusaError {
  return new MedusaError(MedusaError.Types.FORBIDDEN, message, code)
}

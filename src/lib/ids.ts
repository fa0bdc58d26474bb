import { generateEntityId } from "@medusajs/framework/utils"

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const last = new Map<string, string>()

/** The next ULID after `id` (Crockford base32, carrying into the time part when the random part overflows). */
export function nextUlid(id: string): string {
  const chars = id.split("")
  for (let i = chars.length - 1; i >= 0; i--) {
    const v = CROCKFORD.indexOf(chars[i])
    if (v < CROCKFORD.length - 1) {
      chars[i] = CROCKFORD[v + 1]
      return chars.join("")
    }
    chars[i] = CROCKFORD[0]
  }
  throw new Error(`ULID ${id} cannot be incremented`)
}

/**
 * Medusa's `generateEntityId` (a ULID), made strictly increasing per prefix within this process: rows written
 * one after the other in one transaction share `created_at`, and plain ULIDs made in the same millisecond sort
 * at random, so `ORDER BY created_at, id` would not be the order they were written in.
 */
export function monotonicEntityId(prefix: string): string {
  const id = generateEntityId(undefined, prefix)
  const body = id.slice(prefix.length + 1)
  const previous = last.get(prefix)
  const next = previous && body <= previous ? nextUlid(previous) : body
  last.set(prefix, next)
  return `${prefix}_${next}`
}

/** Dates arrive as Date objects from the ORM and as ISO strings from Query/JSON: accept both. */
export function toDate(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined) {
    return null
  }
  return value instanceof Date ? value : new Date(value)
}

const DAY_MS = 24 * 60 * 60 * 1000

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS)
}

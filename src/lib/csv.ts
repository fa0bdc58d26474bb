/**
 * CSV exports (delivery batches, commissions): RFC 4180 with a UTF-8 byte-order mark, so that spreadsheet apps
 * read Chinese text right.
 *
 * A text cell that a spreadsheet would evaluate as a formula (it starts with =, +, -, @, a tab or a carriage
 * return) gets a leading apostrophe: quoting alone does not stop Excel or LibreOffice from running it. Plain
 * numbers, also negative ones written as text ("-3.00"), stay numbers.
 */
export type CsvCell = string | number | null | undefined

const FORMULA_START = /^[=+\-@\t\r]/
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/

function cell(v: CsvCell): string {
  if (v === null || v === undefined) return ""
  let s = String(v)
  if (typeof v === "string" && FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) {
    s = `'${s}`
  }
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function toCsv(rows: CsvCell[][]): string {
  return "\uFEFF" + rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n"
}

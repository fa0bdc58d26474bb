/**
 * HTML encoding for text people typed (reviews, questions, answers, names). Stored exactly as given;
 * every API answers with it encoded, so no storefront or admin page can be made to run a script by
 * rendering it as HTML. `&`, `<`, `>`, `"`, `'` become entities; everything else is left alone.
 */
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
}

export function encodeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c])
}

export function encodeHtmlOrNull(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : encodeHtml(value)
}

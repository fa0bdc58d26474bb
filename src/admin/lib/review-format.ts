/**
 * Texts typed by customers come HTML-encoded from every API; the dashboard decodes them for display
 * (React escapes them again when rendering, so nothing typed can become markup).
 */
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" }

export function decodeHtml(value: string | null | undefined): string {
  return (value ?? "").replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m])
}

export function stars(rating: number | null | undefined): string {
  const r = Math.max(0, Math.min(5, Math.round(rating ?? 0)))
  return "★".repeat(r) + "☆".repeat(5 - r)
}

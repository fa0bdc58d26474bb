/**
 * `fetch` against our own admin routes that keeps the error `code` of the answer (the JS SDK's FetchError
 * keeps only the message), so a page can show a translated reason, e.g. for a refused pickup code.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined
  ) {
    super(message)
  }
}

const base = () => String(import.meta.env.VITE_BACKEND_URL || "/").replace(/\/+$/, "")

/** An absolute-path URL of a backend route, e.g. for a download link (the session cookie goes along). */
export const backendUrl = (path: string) => `${base()}${path}`

export async function fetchWithCode<T>(path: string, init: { method?: "GET" | "POST"; body?: unknown } = {}): Promise<T> {
  const res = await fetch(`${base()}${path}`, {
    method: init.method ?? "GET",
    credentials: "include",
    headers: { Accept: "application/json", ...(init.body !== undefined ? { "Content-Type": "application/json" } : {}) },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  })
  const json = (await res.json().catch(() => ({}))) as { code?: string; message?: string }
  if (!res.ok) {
    throw new ApiError(json.message ?? res.statusText, res.status, json.code)
  }
  return json as T
}

/** The error's stable code when the server sent one. */
export const errorCode = (e: unknown): string | undefined => (e instanceof ApiError ? e.code : undefined)

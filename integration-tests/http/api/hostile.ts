/**
 * Hostile requests generated from an operation of the OpenAPI document (GET /openapi.json), for
 * robustness.spec.ts. Pure: no HTTP, no database.
 *
 * Each case says what the server must do with it:
 *   "refuse"   the input is bad for sure (wrong type, missing field, unknown field, malformed JSON, unknown
 *              id…): a 4xx with `{ code, message }`;
 *   "survive"  the input may be acceptable (a negative number without a minimum, a long string without a
 *              maximum, a NUL byte inside a string…): anything but a 5xx, and a 4xx carries `{ code, message }`.
 */

export type JsonSchema = {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  propertyNames?: JsonSchema
  items?: JsonSchema
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  enum?: unknown[]
  const?: unknown
  default?: unknown
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  minLength?: number
  maxLength?: number
  pattern?: string
  format?: string
  minItems?: number
  maxItems?: number
}

export type Parameter = { name: string; in: "path" | "query"; required?: boolean; schema: JsonSchema }

export type ServedOperation = {
  operationId: string
  tags: string[]
  "x-auth": "publishable" | "customer" | "admin" | "leader" | "none"
  "x-policy"?: string
  parameters: Parameter[]
  requestBody?: { content: { "application/json": { schema: JsonSchema } } }
  responses: Record<string, unknown>
}

export type Op = { method: string; path: string; spec: ServedOperation }

/** A body sent as JSON (`json`), or as these exact bytes with this content type (`raw`). */
export type Body = { json: unknown } | { raw: string; contentType: string }

export type Case = {
  label: string
  method: string
  url: string
  body?: Body
  must: "refuse" | "survive"
}

export const MB = 1024 * 1024

/** Every operation of the served document, in a stable order. */
export function operationsOf(doc: { paths: Record<string, Record<string, ServedOperation>> }): Op[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, spec]) => ({ method: method.toUpperCase(), path, spec }))
  )
}

export const opKey = (op: { method: string; path: string }) => `${op.method.toUpperCase()} ${op.path}`

export function pathParams(op: Op): string[] {
  return op.spec.parameters.filter((p) => p.in === "path").map((p) => p.name)
}

export function queryParams(op: Op): Parameter[] {
  return op.spec.parameters.filter((p) => p.in === "query")
}

export function bodySchema(op: Op): JsonSchema | undefined {
  return op.spec.requestBody?.content["application/json"].schema
}

/** The path with its parameters filled in (values are URL-encoded unless `raw`). */
export function fillPath(path: string, values: Record<string, string>, raw: Record<string, string> = {}): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    name in raw ? raw[name] : encodeURIComponent(values[name] ?? `does_not_exist_${name}`)
  )
}

export function queryString(pairs: [string, string][]): string {
  return pairs.length ? "?" + pairs.map(([k, v]) => `${k}=${v}`).join("&") : ""
}

// ---------------------------------------------------------------------------------------------------------
// Schemas

function nonNull(s: JsonSchema): JsonSchema[] {
  const branches = s.anyOf ?? s.oneOf
  if (branches) {
    return branches.flatMap(nonNull)
  }
  if (Array.isArray(s.type)) {
    return s.type.filter((t) => t !== "null").map((type) => ({ ...s, type }))
  }
  return s.type === "null" ? [] : [s]
}

/** The main shape of a (possibly nullable) schema. */
export function primary(s: JsonSchema): JsonSchema {
  return nonNull(s)[0] ?? s
}

export function isNullable(s: JsonSchema): boolean {
  const branches = s.anyOf ?? s.oneOf
  if (branches) {
    return branches.some(isNullable)
  }
  return s.type === "null" || (Array.isArray(s.type) && s.type.includes("null"))
}

function allowsArray(s: JsonSchema): boolean {
  return nonNull(s).some((b) => b.type === "array")
}

function kind(s: JsonSchema): "string" | "number" | "integer" | "boolean" | "array" | "object" | "unknown" {
  const p = primary(s)
  if (p.enum) {
    return typeof p.enum[0] === "number" ? "number" : "string"
  }
  if (p.const !== undefined) {
    return typeof p.const === "number" ? "number" : "string"
  }
  const t = p.type as string | undefined
  if (t === "string" || t === "number" || t === "integer" || t === "boolean" || t === "array" || t === "object") {
    return t
  }
  return p.properties ? "object" : "unknown"
}

/** Candidate strings for a pattern the generator cannot invert. */
const PATTERN_SAMPLES = [
  "2026-01-31",
  "2026-01",
  "01-31",
  "12:00",
  "13800138000",
  "cny",
  "/",
  "robust_1",
  "ROBUST1",
  "robust",
]

/** Real ids (or values) by field name, so that a base body reaches past "not found" into the route. */
export type Hints = Record<string, string>

/** A valid value for a schema (the smallest one that fits), or undefined when none is known. */
export function sample(s: JsonSchema, name: string, hints: Hints): unknown {
  if (s.const !== undefined) {
    return s.const
  }
  const p = primary(s)
  if (p.const !== undefined) {
    return p.const
  }
  if (p.enum) {
    return p.enum[0]
  }
  switch (kind(p)) {
    case "string": {
      if (hints[name] !== undefined) {
        return hints[name]
      }
      if (p.format === "date-time") {
        return new Date(Date.UTC(2030, 0, 1)).toISOString()
      }
      if (p.format === "email") {
        return "robust@test.local"
      }
      if (p.format === "uri") {
        return "https://example.com/robust.png"
      }
      const fits = (v: string) =>
        v.length >= (p.minLength ?? 0) && v.length <= (p.maxLength ?? Infinity) && (!p.pattern || new RegExp(p.pattern).test(v))
      const found = (p.pattern ? PATTERN_SAMPLES : ["robust"]).find(fits)
      return found ?? "robust".repeat(Math.ceil((p.minLength ?? 1) / 6)).slice(0, Math.max(p.minLength ?? 1, 1))
    }
    case "number":
    case "integer": {
      const int = kind(p) === "integer"
      const lo = p.minimum ?? (p.exclusiveMinimum !== undefined ? p.exclusiveMinimum + (int ? 1 : 0.5) : undefined)
      const hi = p.maximum ?? (p.exclusiveMaximum !== undefined ? p.exclusiveMaximum - (int ? 1 : 0.5) : undefined)
      let v = 1
      if (lo !== undefined && v < lo) v = lo
      if (hi !== undefined && v > hi) v = hi
      return v
    }
    case "boolean":
      return true
    case "array": {
      const item = sample(p.items ?? {}, name, hints)
      return Array.from({ length: Math.max(1, p.minItems ?? 0) }, () => item)
    }
    case "object": {
      const out: Record<string, unknown> = {}
      for (const key of p.required ?? []) {
        out[key] = sample(p.properties?.[key] ?? {}, key, hints)
      }
      return out
    }
    default:
      return "robust"
  }
}

/** A value of the wrong type for the schema. */
function wrongType(s: JsonSchema): { value: unknown; what: string } {
  switch (kind(s)) {
    case "string":
      return { value: 12345, what: "a number where a string goes" }
    case "number":
    case "integer":
      return { value: "NaN", what: "the string NaN where a number goes" }
    case "boolean":
      return { value: "yes", what: "a string where a boolean goes" }
    case "array":
      return { value: { item: 1 }, what: "an object where an array goes" }
    case "object":
      return { value: [1, 2], what: "an array where an object goes" }
    default:
      return { value: Symbol.for("none"), what: "" }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Cases

/** JSON of `body` with one property replaced by raw JSON text (for numbers JSON.stringify cannot write). */
function withRaw(body: Record<string, unknown>, path: string[], rawJson: string): string {
  const marker = "__ROBUST_RAW__"
  const copy = structuredClone(body)
  let at: Record<string, unknown> = copy
  for (const k of path.slice(0, -1)) at = at[k] as Record<string, unknown>
  at[path[path.length - 1]] = marker
  return JSON.stringify(copy).replace(JSON.stringify(marker), rawJson)
}

function setAt(body: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(body)
  let at: Record<string, unknown> = copy
  for (const k of path.slice(0, -1)) {
    if (typeof at[k] !== "object" || at[k] === null || Array.isArray(at[k])) at[k] = {}
    at = at[k] as Record<string, unknown>
  }
  at[path[path.length - 1]] = value
  return copy
}

function withoutKey(body: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...body }
  delete copy[key]
  return copy
}

/** Mutations of one property (recursing into nested objects). */
function propertyCases(
  base: Record<string, unknown>,
  path: string[],
  s: JsonSchema,
  hints: Hints
): { label: string; body: Body; must: Case["must"] }[] {
  const name = path.join(".")
  const p = primary(s)
  const k = kind(s)
  const out: { label: string; body: Body; must: Case["must"] }[] = []
  const json = (label: string, value: unknown, must: Case["must"]) =>
    out.push({ label: `${name}: ${label}`, body: { json: setAt(base, path, value) }, must })
  const raw = (label: string, rawJson: string, must: Case["must"]) =>
    out.push({ label: `${name}: ${label}`, body: { raw: withRaw(setAt(base, path, 0), path, rawJson), contentType: "application/json" }, must })

  const wrong = wrongType(s)
  if (wrong.what) {
    json(wrong.what, wrong.value, "refuse")
  }
  if (!isNullable(s) && s.default === undefined && p.default === undefined) {
    json("null", null, "refuse")
  }
  if (p.enum && typeof p.enum[0] === "string") {
    json("a value outside the enum", "not_in_enum", "refuse")
  }
  if (k === "number" || k === "integer") {
    raw("Infinity (1e999)", "1e999", "refuse")
    const lo = p.minimum ?? p.exclusiveMinimum
    json("-1", -1, lo !== undefined && lo >= 0 ? "refuse" : "survive")
    const hi = p.maximum ?? p.exclusiveMaximum
    json("1e20", 1e20, hi !== undefined && hi < 1e20 ? "refuse" : "survive")
    if (k === "integer") {
      json("a fraction where an integer goes", 1.5, "refuse")
      if (hi === undefined || hi > 2 ** 31) {
        json("2^53 − 1 (beyond a 32-bit column)", Number.MAX_SAFE_INTEGER, "survive")
      }
    }
  }
  if (k === "string" && !p.enum) {
    const valid = String(sample(s, path[path.length - 1], hints))
    if (p.maxLength !== undefined) {
      json(`${p.maxLength + 1} characters (max ${p.maxLength})`, "x".repeat(p.maxLength + 1), "refuse")
    } else {
      json("20,000 characters", "x".repeat(20000), "survive")
    }
    json("a NUL byte", `${valid}\u0000`, "survive")
    json("unicode and quotes", `团长😀'"<>${valid}`.slice(0, p.maxLength ?? 100), "survive")
  }
  if (k === "array") {
    const item = sample(p.items ?? {}, path[path.length - 1], hints)
    const wrongItem = wrongType(p.items ?? {})
    if (wrongItem.what) {
      json(`items: ${wrongItem.what}`, [wrongItem.value], "refuse")
    }
    if (p.maxItems !== undefined && p.maxItems <= 1000) {
      json(`${p.maxItems + 1} items (max ${p.maxItems})`, Array.from({ length: p.maxItems + 1 }, () => item), "refuse")
    }
  }
  if (k === "object" && p.properties) {
    for (const [key, sub] of Object.entries(p.properties)) {
      out.push(...propertyCases(base, [...path, key], sub, hints))
    }
    if (p.additionalProperties === false) {
      json("an unknown nested field", { ...(sample(p, path[path.length - 1], hints) as object), __unexpected: true }, "refuse")
    }
  }
  return out
}

/** Hostile bodies for an operation with a JSON body schema, around a valid `base`. */
export function bodyCases(schema: JsonSchema, base: Record<string, unknown>, hints: Hints) {
  const out: { label: string; body: Body; must: Case["must"] }[] = []
  const required = schema.required ?? []
  if (required.length) {
    out.push({ label: "empty object", body: { json: {} }, must: "refuse" })
    for (const key of required) {
      out.push({ label: `without required ${key}`, body: { json: withoutKey(base, key) }, must: "refuse" })
    }
  }
  for (const [key, s] of Object.entries(schema.properties ?? {})) {
    out.push(...propertyCases(base, [key], s, hints))
  }
  if (schema.additionalProperties === false) {
    out.push({ label: "an unknown field", body: { json: { ...base, __unexpected: true } }, must: "refuse" })
  }
  out.push(
    { label: "an array where the object goes", body: { json: [base] }, must: "refuse" },
    { label: "a JSON string where the object goes", body: { raw: '"robust"', contentType: "application/json" }, must: "refuse" },
    { label: "JSON null", body: { raw: "null", contentType: "application/json" }, must: "refuse" },
    ...commonBodyCases()
  )
  const firstString = Object.entries(schema.properties ?? {}).find(([, s]) => kind(s) === "string" && !primary(s).enum)
  out.push({
    label: `1 MB string in ${firstString?.[0] ?? "an extra field"}`,
    body: { json: { ...base, [firstString?.[0] ?? "__padding"]: "x".repeat(MB) } },
    must: "refuse",
  })
  return out
}

/** Bodies every POST must refuse, with or without a body schema. */
export function commonBodyCases(): { label: string; body: Body; must: Case["must"] }[] {
  return [
    { label: "malformed JSON", body: { raw: '{"robust": ', contentType: "application/json" }, must: "refuse" },
    { label: "JSON with a trailing comma", body: { raw: '{"a": 1,}', contentType: "application/json" }, must: "refuse" },
  ]
}

/** Hostile values for a path parameter (raw URL segments: some are deliberately broken encodings). */
export const HOSTILE_PATH_VALUES: { label: string; raw: string }[] = [
  { label: "an unknown id", raw: "does_not_exist" },
  { label: "a 2,000-character id", raw: "x".repeat(2000) },
  { label: "a NUL byte (%00)", raw: "%00" },
  { label: "a NUL byte inside an id", raw: "abc%00def" },
  { label: "unicode", raw: encodeURIComponent("团长😀") },
  { label: "SQL", raw: encodeURIComponent("' OR 1=1; --") },
  { label: "a broken percent-encoding", raw: "%E0%A4%A" },
]

/** Hostile query strings for an operation with query parameters, around `base` (its required params). */
export function queryCases(params: Parameter[], base: [string, string][]) {
  const out: { label: string; pairs: [string, string][]; must: Case["must"] }[] = []
  const baseWithout = (name: string) => base.filter(([k]) => k !== name)
  const add = (label: string, name: string, values: string[], must: Case["must"]) =>
    out.push({ label: `${name}: ${label}`, pairs: [...baseWithout(name), ...values.map((v): [string, string] => [name, v])], must })

  for (const param of params) {
    const s = param.schema
    const p = primary(s)
    const k = kind(s)
    const name = param.name
    if (param.required) {
      out.push({ label: `without required ${name}`, pairs: baseWithout(name), must: "refuse" })
    }
    if (p.enum) {
      add("a value outside the enum", name, ["not_in_enum"], "refuse")
    }
    if (k === "number" || k === "integer") {
      add("not a number", name, ["abc"], "refuse")
      add("NaN", name, ["NaN"], "refuse")
      add("Infinity", name, ["Infinity"], "refuse")
      const lo = p.minimum ?? p.exclusiveMinimum
      add("-1", name, ["-1"], lo !== undefined && lo >= 0 ? "refuse" : "survive")
      const hi = p.maximum ?? p.exclusiveMaximum
      add("1e20", name, ["100000000000000000000"], hi !== undefined && hi < 1e20 ? "refuse" : "survive")
      if (k === "integer") {
        add("a fraction", name, ["1.5"], "refuse")
      }
    }
    if (k === "string" && !p.enum) {
      if (p.pattern) {
        add("not matching its pattern", name, [encodeURIComponent("!robust!")], "refuse")
        if (/\\d\{4\}/.test(p.pattern)) {
          add("a date that does not exist", name, ["2026-13-45"], "survive")
        }
      }
      add("a NUL byte", name, ["abc%00"], "survive")
      add("unicode", name, [encodeURIComponent("团长😀'\"")], "survive")
      add("5,000 characters", name, ["x".repeat(5000)], p.maxLength !== undefined && p.maxLength < 5000 ? "refuse" : "survive")
    }
    if (!allowsArray(s)) {
      const v = base.find(([n]) => n === name)?.[1] ?? (k === "number" || k === "integer" ? "1" : "a")
      add("given twice (an array)", name, [v, v], "refuse")
    }
    out.push({ label: `${name}: an object`, pairs: [...baseWithout(name), [`${name}[a]`, "1"]], must: "refuse" })
  }
  return out
}

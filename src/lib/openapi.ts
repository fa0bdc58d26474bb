import fs from "fs"
import path from "path"
import { z } from "@medusajs/framework/zod"

/**
 * OpenAPI 3.1 for every custom route, generated from the same zod schemas the routes validate with.
 *
 * Each resource folder under src/api keeps an `openapi.ts` next to its routes:
 *
 *   export default defineOperations([
 *     { method: "post", path: "/store/group-buy/groups/{id}/join", auth: "customer",
 *       summary: "Join a group", tags: ["Group buy"], body: StoreJoinGroup,
 *       errors: [{ status: 409, code: "group_full", description: "The group has no slot left" }] },
 *   ])
 *
 * buildOpenApiDocument() collects them all; a test fails when a route.ts handler has no operation here.
 */

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete"

/** Who may call: publishable key only, a logged-in customer, an admin user, a leader, or anyone. */
export type OperationAuth = "publishable" | "customer" | "admin" | "leader" | "none"

// Any zod schema; kept loose so that preprocess/transform schemas from validators fit.
type Schema = z.ZodType

export type OperationError = { status: number; code: string; description: string }

export type Operation = {
  method: HttpMethod
  /** OpenAPI path with {param} placeholders, e.g. /store/group-buy/groups/{id} */
  path: string
  summary: string
  description?: string
  tags: string[]
  auth: OperationAuth
  /** RBAC policy the route requires, e.g. "group_buy:create" (admin/leader routes). */
  policy?: string
  query?: Schema
  body?: Schema
  /** Schema of the 2xx response body, or a short description when it is a core Medusa shape. */
  response?: Schema
  responseDescription?: string
  /** Status of a successful answer; 200 by default. */
  successStatus?: number
  errors?: OperationError[]
}

export function defineOperations(operations: Operation[]): Operation[] {
  return operations
}

const SECURITY: Record<OperationAuth, Record<string, string[]>[]> = {
  none: [],
  publishable: [{ publishableKey: [] }],
  customer: [{ publishableKey: [], customerBearer: [] }, { publishableKey: [], customerSession: [] }],
  admin: [{ adminBearer: [] }, { adminSession: [] }],
  leader: [{ adminBearer: [] }, { adminSession: [] }],
}

function jsonSchema(schema: Schema, io: "input" | "output") {
  const out = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as Record<
    string,
    unknown
  >
  delete out.$schema
  return out
}

function queryParameters(schema: Schema) {
  const js = jsonSchema(schema, "input") as {
    properties?: Record<string, Record<string, unknown>>
    required?: string[]
  }
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name,
    in: "query",
    required: (js.required ?? []).includes(name),
    schema: s,
    ...(s.description ? { description: s.description } : {}),
  }))
}

function pathParameters(p: string) {
  return [...p.matchAll(/\{([^}]+)\}/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    schema: { type: "string" },
  }))
}

const ERROR_SCHEMA = {
  type: "object",
  properties: {
    type: { type: "string" },
    code: { type: "string", description: "Stable code to branch on" },
    message: { type: "string" },
  },
  required: ["message"],
}

export function toOpenApiOperation(op: Operation) {
  const responses: Record<string, unknown> = {
    [String(op.successStatus ?? 200)]: {
      description: op.responseDescription ?? "OK",
      ...(op.response
        ? { content: { "application/json": { schema: jsonSchema(op.response, "output") } } }
        : {}),
    },
  }
  const byStatus = new Map<number, OperationError[]>()
  const defaults: OperationError[] = []
  if (op.body || op.query) {
    defaults.push({ status: 400, code: "invalid_data", description: "The input does not match the schema" })
  }
  if (op.body) {
    defaults.push({ status: 413, code: "payload_too_large", description: "The JSON body is over 100 kB" })
  }
  if (op.auth !== "none" && op.auth !== "publishable") {
    defaults.push({ status: 401, code: "unauthorized", description: "Not logged in" })
  }
  if (op.policy || op.auth === "leader") {
    defaults.push({ status: 403, code: "forbidden", description: "The user's role does not allow this" })
  }
  for (const e of [...defaults, ...(op.errors ?? [])]) {
    byStatus.set(e.status, [...(byStatus.get(e.status) ?? []), e])
  }
  for (const [status, errs] of [...byStatus.entries()].sort((a, b) => a[0] - b[0])) {
    responses[String(status)] = {
      description: errs.map((e) => `\`${e.code}\`: ${e.description}`).join("; "),
      content: {
        "application/json": {
          schema: {
            ...ERROR_SCHEMA,
            properties: {
              ...ERROR_SCHEMA.properties,
              code: { type: "string", enum: [...new Set(errs.map((e) => e.code))] },
            },
          },
        },
      },
    }
  }
  return {
    operationId: `${op.method}${op.path
      .replace(/\{([^}]+)\}/g, "By-$1")
      .split(/[/_-]/)
      .filter(Boolean)
      .map((s) => s[0].toUpperCase() + s.slice(1))
      .join("")}`,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: op.tags,
    security: SECURITY[op.auth],
    ...(op.policy ? { "x-policy": op.policy } : {}),
    "x-auth": op.auth,
    parameters: [...pathParameters(op.path), ...(op.query ? queryParameters(op.query) : [])],
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: jsonSchema(op.body, "input") } },
          },
        }
      : {}),
    responses,
  }
}

/** Finds every `openapi.ts` (or compiled `openapi.js`) under the api folder. */
export function collectOperations(apiDir = path.join(__dirname, "..", "api")): Operation[] {
  const ops: Operation[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(full)
      } else if (/^openapi\.(ts|js)$/.test(entry.name)) {
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        const mod = require(full)
        ops.push(...((mod.default ?? mod.operations ?? []) as Operation[]))
      }
    }
  }
  walk(apiDir)
  return ops
}

export function buildOpenApiDocument(operations: Operation[] = collectOperations()) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const op of [...operations].sort((a, b) => a.path.localeCompare(b.path))) {
    paths[op.path] ??= {}
    if (paths[op.path][op.method]) {
      throw new Error(`OpenAPI: ${op.method.toUpperCase()} ${op.path} is described twice`)
    }
    paths[op.path][op.method] = toOpenApiOperation(op)
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Community group-buy API",
      version: "1.0.0",
      description:
        "Custom Store and Admin routes of the community group-buy suite (社区团购 · 拼团 · 分销商城). " +
        "Medusa's own routes are documented at https://docs.medusajs.com/api/store and /api/admin. " +
        "Errors answer { type, code, message }; branch on `code`.",
    },
    servers: [{ url: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000" }],
    components: {
      securitySchemes: {
        publishableKey: { type: "apiKey", in: "header", name: "x-publishable-api-key" },
        customerBearer: { type: "http", scheme: "bearer", description: "Token from POST /auth/customer/{provider}" },
        customerSession: { type: "apiKey", in: "cookie", name: "connect.sid" },
        adminBearer: { type: "http", scheme: "bearer", description: "Token from POST /auth/user/emailpass" },
        adminSession: { type: "apiKey", in: "cookie", name: "connect.sid" },
      },
    },
    paths,
  }
}

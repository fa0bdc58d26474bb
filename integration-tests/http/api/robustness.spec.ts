import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import roleData from "../../../data/roles.json"
import { buildOpenApiDocument, collectOperations, type Operation } from "../../../src/lib/openapi"
import { storeHeaders } from "../../helpers/auth"
import { applicationBody } from "../leaders/helpers"
import {
  type Body,
  bodyCases,
  bodySchema,
  type Case,
  commonBodyCases,
  fillPath,
  HOSTILE_PATH_VALUES,
  type Op,
  opKey,
  operationsOf,
  pathParams,
  queryCases,
  queryParams,
  queryString,
  sample,
  type ServedOperation,
} from "./hostile"
import { hints, ownPathValues, setUpWorld, type World } from "./world"

/**
 * The project's cross-cutting guarantees, proven over every operation of the OpenAPI document the app serves:
 * - bad input gets a 4xx with `{ code, message }`, never a 5xx, and a refused request writes no row;
 * - every admin route is refused to leaders and to anonymous callers, every personal Store route to anonymous
 *   callers, every operator route to a role without its policy, every leader route to admins who are not leaders;
 * - nobody reaches another customer's or another leader's data through an id.
 * Failures are collected per operation group (the operation's first tag) and asserted once, each line naming the
 * method, URL, input and answer, so one run lists them all.
 */

jest.setTimeout(30 * 60 * 1000)

type Doc = { paths: Record<string, Record<string, ServedOperation>> }
type Res = { status: number; data: any }
type H = Record<string, string>

// The document as built from the source: groups the tests below (the served one is compared with it first) and
// gives the zod schemas that check each generated base body is valid, so that every mutation tests one thing.
const STATIC_OPERATIONS = collectOperations()
const STATIC_DOC = buildOpenApiDocument(STATIC_OPERATIONS) as Doc
const ZOD = new Map<string, Operation>(STATIC_OPERATIONS.map((o) => [opKey(o), o]))
/** Operation groups: the domains of the project, by the operations' first tag (a new tag is a group of its own). */
const DOMAIN_OF_TAG: Record<string, string> = {
  "Group buy": "group-buy",
  "Group buy (admin)": "group-buy",
  "Pickup points": "pickup",
  "Delivery batches": "pickup",
  Leaders: "leader",
  "Leader pages": "leader",
  "Leader portal": "leader",
  Commissions: "commission",
  Loyalty: "loyalty",
  Coupons: "coupon",
  "Coupons (admin)": "coupon",
  Referrals: "coupon",
  "Account and security": "account",
  "Personal centre": "account",
  Catalog: "catalog",
  Sharing: "share",
  Reviews: "review",
  "Reviews (admin)": "review",
  Questions: "review",
  "Questions (admin)": "review",
  FAQ: "review",
  "FAQ (admin)": "review",
  Notifications: "messaging",
  Meta: "meta",
}
const GROUPS = new Map<string, string[]>()
for (const op of operationsOf(STATIC_DOC)) {
  const group = DOMAIN_OF_TAG[op.spec.tags[0]] ?? op.spec.tags[0]
  GROUPS.set(group, [...(GROUPS.get(group) ?? []), opKey(op)])
}

/** Valid bodies the generator cannot find alone (cross-field rules, check digits). */
const BASES: Record<string, (w: World) => Record<string, unknown>> = {
  "POST /admin/commissions/rules": () => ({ scope: "default", pickup_rate: 5 }),
  "POST /admin/commissions/rules/{id}": () => ({ pickup_rate: 5 }),
  "POST /admin/commissions/settings": () => ({ settlement_delay_days: 7 }),
  "POST /admin/leader/pickup-point": () => ({ opening_hours: { mon: [{ open: "08:00", close: "20:00" }] } }),
  "POST /admin/reviews/{id}": () => ({ status: "approved" }),
  "POST /store/leader-applications": () => applicationBody(),
}

/**
 * Operations that answer 2xx to an unknown id in their path, by design (each with its reason). Everything else
 * must refuse one.
 */
const UNKNOWN_ID_ANSWERS_2XX: Record<string, string> = {
  "DELETE /store/me/favorites/{product_id}": "idempotent delete of the caller's own row: { deleted: false }",
  "DELETE /store/me/history/{product_id}": "idempotent delete of the caller's own row: { deleted: false }",
  "GET /admin/group-buy/orders/{id}":
    "group-buy's design: an order without a group answers nulls and 'fulfillment allowed', an unknown id too " +
    "(asserted by integration-tests/http/group-buy/admin.spec.ts; reported to the group-buy owner)",
}

/** Roles of data/roles.json that are not leader roles, plus a role with no policy at all. */
const OPERATOR_ROLES: Record<string, string[]> = {
  ...Object.fromEntries(roleData.roles.filter((r) => r.name !== "community_leader").map((r) => [r.name, r.policies])),
  nobody: [],
}
const holds = (policies: string[], policy: string) =>
  policies.includes(policy) || policies.includes(`${policy.split(":")[0]}:*`)

/**
 * Path parameters of customer and leader routes: whose are they? "owned" ids belong to one customer or leader and
 * are tried by another one below; "public" ones (products, campaigns, codes…) are anyone's to read.
 */
const PARAM_OWNERSHIP: Record<string, "owned" | "public"> = {
  "/store/carts/{id}": "owned",
  "/store/orders/{id}": "owned",
  "/store/leader-applications/{id}": "owned",
  "/admin/leader/delivery-batches/{id}": "owned",
  "/store/catalog/products/{id}": "public",
  "/store/coupons/templates/{id}": "public",
  "/store/group-buy/campaigns/{id}": "public",
  "/store/group-buy/groups/{id}": "public",
  "/store/group-buy/share/{token}": "public",
  "/store/leaders/share/{code}": "public",
  "/store/me/favorites/{product_id}": "public",
  "/store/me/history/{product_id}": "public",
  "/store/pickup-points/{id}": "public",
  "/store/questions/{id}": "public",
  "/store/referrals/codes/{code}": "public",
  "/store/share/groups/{id}": "public",
  "/store/share/products/{id}": "public",
  "/admin/leader/questions/{id}": "public",
}
/** The path up to and including its first parameter ("/store/carts/{id}/coupons/{claim_id}" → "/store/carts/{id}"). */
const paramRoot = (path: string) => path.slice(0, path.indexOf("}") + 1)

// ---------------------------------------------------------------------------------------------------------
// Rendering of failures

function short(text: string): string {
  return text.replace(/(.)\1{39,}/g, (run, ch: string) => `${ch}…×${run.length}`).slice(0, 400)
}

function preview(body?: Body): string {
  if (!body) return ""
  const text = "raw" in body ? `raw(${body.contentType}) ${body.raw}` : JSON.stringify(body.json)
  return ` body ${short(text).slice(0, 200)}`
}

const coded = (data: any) =>
  !!data && typeof data === "object" && typeof data.code === "string" && data.code.length > 0 && typeof data.message === "string"

/** Codes (and the message) of refusals by authentication or authorization rather than by the route. */
const ACCESS_CODES = new Set(["leader_confined", "not_a_leader", "leader_suspended", "unauthorized"])
const isAccessRefusal = (res: Res) =>
  res.status === 401 ||
  (res.status === 403 && (ACCESS_CODES.has(res.data?.code) || /Insufficient permissions|^Forbidden$/.test(res.data?.message ?? "")))

// ---------------------------------------------------------------------------------------------------------

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let w: World
    let served: Doc
    let servedOps: Map<string, Op>
    let auth: Record<ServedOperation["x-auth"], H>

    beforeAll(async () => {
      w = await setUpWorld(getContainer(), api)
      served = (await api.get("/openapi.json")).data
      servedOps = new Map(operationsOf(served).map((op) => [opKey(op), op]))
      auth = {
        none: {},
        publishable: storeHeaders(w.pk).headers,
        customer: w.custA.headers.headers,
        admin: w.staff.super_admin,
        leader: w.leaderA.adminHeaders.headers,
      }
    })

    async function send(method: string, url: string, headers: H, body?: Body): Promise<Res> {
      const raw = body && "raw" in body
      const res = await api.request({
        method,
        url,
        headers: { ...headers, ...(raw ? { "content-type": body.contentType } : {}) },
        data: body ? (raw ? body.raw : body.json) : undefined,
        ...(raw ? { transformRequest: [(d: unknown) => d] } : {}),
        validateStatus: () => true,
        timeout: 60_000,
        maxBodyLength: Infinity,
        maxContentLength: Infinity,
      })
      return { status: res.status, data: res.data }
    }

    /** Runs `work` over `items`, `width` at a time. */
    async function pool<T>(items: T[], width: number, work: (item: T) => Promise<void>) {
      let next = 0
      await Promise.all(
        Array.from({ length: width }, async () => {
          while (next < items.length) {
            await work(items[next++])
          }
        })
      )
    }

    /**
     * Every table's row count and a digest of its rows (order-independent, `updated_at` left out): a refused
     * request may neither insert, delete nor change anything (a compensation may touch `updated_at`).
     */
    async function tableStates(container: MedusaContainer): Promise<Map<string, string>> {
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const tables: string[] = (
        await pg.raw("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
      ).rows.map((r: { tablename: string }) => r.tablename)
      const { rows } = await pg.raw(
        tables
          .map(
            () =>
              "SELECT ?::text AS t, count(*)::int AS n, " +
              "md5(coalesce(string_agg(md5((to_jsonb(x) - 'updated_at')::text), '' ORDER BY md5((to_jsonb(x) - 'updated_at')::text)), '')) AS d FROM ?? x"
          )
          .join(" UNION ALL "),
        tables.flatMap((t) => [t, t])
      )
      return new Map(rows.map((r: { t: string; n: number; d: string }) => [r.t, `${r.n} rows, digest ${r.d.slice(0, 8)}`]))
    }

    function changes(before: Map<string, string>, after: Map<string, string>): string[] {
      return [...after.entries()]
        .filter(([t, state]) => before.get(t) !== state)
        .map(([t, state]) => `${t}: ${before.get(t) ?? "absent"} → ${state}`)
    }

    function baseBody(op: Op): { body?: Record<string, unknown>; problem?: string } {
      const schema = bodySchema(op)
      if (!schema) return {}
      const key = opKey(op)
      const body = (BASES[key]?.(w) ?? sample(schema, "", hints(w))) as Record<string, unknown>
      const zod = ZOD.get(key)?.body
      const parsed = zod?.safeParse(body)
      if (!parsed || !parsed.success) {
        return { body, problem: `${key}: no valid base body (${JSON.stringify(body)}): ${parsed?.error?.message ?? "no schema"}` }
      }
      return { body }
    }

    /** Every hostile request for one operation, with the auth its `x-auth` asks for. */
    function casesFor(op: Op): { cases: Case[]; problems: string[] } {
      const own = ownPathValues(w)[op.path] ?? {}
      const query = queryParams(op)
      const baseQuery = query
        .filter((p) => p.required)
        .map((p): [string, string] => [p.name, encodeURIComponent(String(sample(p.schema, p.name, hints(w))))])
      const qs = queryString(baseQuery)
      const { body, problem } = baseBody(op)
      const schema = bodySchema(op)
      const cases: Case[] = []
      const at = (label: string, url: string, must: Case["must"], b?: Body) => cases.push({ label, method: op.method, url, body: b, must })

      for (const param of pathParams(op)) {
        for (const v of HOSTILE_PATH_VALUES) {
          at(`path ${param}: ${v.label}`, fillPath(op.path, own, { [param]: v.raw }) + qs, "refuse", body ? { json: body } : undefined)
        }
      }
      if (schema && body) {
        for (const c of bodyCases(schema, body, hints(w))) {
          at(`body ${c.label}`, fillPath(op.path, own) + qs, c.must, c.body)
        }
      } else if (op.method === "POST") {
        for (const c of commonBodyCases()) {
          at(`body ${c.label}`, fillPath(op.path, own) + qs, c.must, c.body)
        }
      }
      for (const c of queryCases(query, baseQuery)) {
        at(`query ${c.label}`, fillPath(op.path, own) + queryString(c.pairs), c.must, body ? { json: body } : undefined)
      }
      return { cases, problems: problem ? [problem] : [] }
    }

    function judge(op: Op, c: Case, res: Res): string | undefined {
      if (res.status >= 500) return "a 5xx"
      if (isAccessRefusal(res)) return "refused access with the right credentials"
      const tolerated = c.label.startsWith("path ") && !c.label.includes("NUL") && !c.label.includes("percent") && UNKNOWN_ID_ANSWERS_2XX[opKey(op)]
      if (c.must === "refuse" && res.status < 400 && !tolerated) return `accepted (${res.status})`
      if (res.status >= 400 && !coded(res.data)) return "a 4xx without { code, message }"
      return undefined
    }

    const line = (c: Case, res: Res, why: string) =>
      `${c.method} ${short(c.url)} — ${c.label}${preview(c.body)} → ${res.status} ${short(JSON.stringify(res.data) ?? "")} [${why}]`

    it("serves the OpenAPI document of every custom route; every operation has a valid base input", async () => {
      expect([...servedOps.keys()].sort()).toEqual(operationsOf(STATIC_DOC).map(opKey).sort())
      expect(served.paths).toEqual(JSON.parse(JSON.stringify(STATIC_DOC.paths)))
      const problems = [...servedOps.values()].flatMap((op) => casesFor(op).problems)
      expect(problems).toEqual([])
      // The table states below see a write: a customer's favourite changes a table.
      const before = await tableStates(getContainer())
      expect(before.size).toBeGreaterThan(100)
      await api.post("/store/me/favorites", { product_id: w.ids.productId }, w.custA.headers)
      expect(changes(before, await tableStates(getContainer()))).toEqual([expect.stringMatching(/favorite/)])
      // Every operator route is guarded by a policy, every leader route by the leader portal's.
      const unguarded = [...servedOps.values()]
        .filter((op) => (op.spec["x-auth"] === "admin" || op.spec["x-auth"] === "leader") && !op.spec["x-policy"])
        .map(opKey)
      expect(unguarded).toEqual([])
    })

    describe("hostile input: a coded 4xx, never a 5xx, and no row written by a refusal", () => {
      for (const [tag, keys] of GROUPS) {
        it(`${tag} (${keys.length} operations)`, async () => {
          const failures: string[] = []
          const refuse: [Op, Case][] = []
          const survive: [Op, Case][] = []
          for (const key of keys) {
            const op = servedOps.get(key)
            if (!op) {
              failures.push(`${key}: not in the served document`)
              continue
            }
            const { cases, problems } = casesFor(op)
            failures.push(...problems)
            for (const c of cases) (c.must === "refuse" ? refuse : survive).push([op, c])
          }
          const run = async ([op, c]: [Op, Case]) => {
            const res = await send(c.method, c.url, auth[op.spec["x-auth"]], c.body)
            const why = judge(op, c, res)
            if (why) failures.push(line(c, res, why))
          }
          const before = await tableStates(getContainer())
          await pool(refuse, 4, run)
          const changed = changes(before, await tableStates(getContainer()))
          if (changed.length) {
            failures.push(`written while every request was to be refused: ${changed.join("; ")}`)
          }
          await pool(survive, 4, run)
          expect(failures.sort()).toEqual([])
        })
      }
    })

    describe("authorization matrix", () => {
      const ops = (x: ServedOperation["x-auth"]) => [...servedOps.values()].filter((op) => op.spec["x-auth"] === x)
      /** Unknown ids and an empty body: the answer depends on who calls, never on the data. */
      const probe = (op: Op, headers: H) => send(op.method, fillPath(op.path, {}), headers, op.method === "POST" ? { json: {} } : undefined)
      const expectEvery = async (list: Op[], who: string, headers: H, ok: (res: Res) => boolean, wanted: string) => {
        const wrong: string[] = []
        await pool(list, 4, async (op) => {
          const res = await probe(op, headers)
          if (!ok(res)) wrong.push(`${opKey(op)} as ${who}: expected ${wanted}, got ${res.status} ${short(JSON.stringify(res.data))}`)
        })
        return wrong
      }

      it("every admin route: 401 without a token or with a customer's, 403 to a leader-only user", async () => {
        const admin = ops("admin")
        expect(admin.length).toBeGreaterThan(50)
        const wrong = [
          ...(await expectEvery(admin, "anonymous", {}, (r) => r.status === 401, "401")),
          ...(await expectEvery(admin, "a customer", w.custA.headers.headers, (r) => r.status === 401, "401")),
          ...(await expectEvery(admin, "a leader", w.leaderA.adminHeaders.headers, (r) => r.status === 403 && coded(r.data), "a coded 403")),
        ]
        expect(wrong.sort()).toEqual([])
      })

      it("every leader route: 401 without a token, 403 to admins who are not leaders and to operators' roles", async () => {
        const leader = ops("leader")
        expect(leader.length).toBeGreaterThan(10)
        const wrong = [
          ...(await expectEvery(leader, "anonymous", {}, (r) => r.status === 401, "401")),
          ...(await expectEvery(leader, "a customer", w.custA.headers.headers, (r) => r.status === 401, "401")),
          ...(await expectEvery(
            leader,
            "a super admin who is not a leader",
            w.staff.super_admin,
            (r) => r.status === 403 && r.data?.code === "not_a_leader",
            "403 not_a_leader"
          )),
        ]
        for (const role of Object.keys(OPERATOR_ROLES)) {
          wrong.push(...(await expectEvery(leader, role, w.staff[role], (r) => r.status === 403, "403")))
        }
        expect(wrong.sort()).toEqual([])
      })

      it("every personal Store route: 401 with only the publishable key or with an admin's token", async () => {
        const customer = ops("customer")
        expect(customer.length).toBeGreaterThan(40)
        const wrong = [
          ...(await expectEvery(customer, "anonymous", storeHeaders(w.pk).headers, (r) => r.status === 401, "401")),
          ...(await expectEvery(customer, "an admin", { ...storeHeaders(w.pk).headers, ...w.staff.super_admin }, (r) => r.status === 401, "401")),
        ]
        expect(wrong.sort()).toEqual([])
      })

      it("every operator route: 403 to each role without its policy, served to each role with it", async () => {
        const wrong: string[] = []
        const checked = new Set<string>()
        for (const [role, policies] of Object.entries(OPERATOR_ROLES)) {
          const guarded = ops("admin").filter((op) => op.spec["x-policy"])
          const lacking = guarded.filter((op) => !holds(policies, op.spec["x-policy"]!))
          const holding = guarded.filter((op) => holds(policies, op.spec["x-policy"]!))
          lacking.forEach((op) => checked.add(opKey(op)))
          wrong.push(
            ...(await expectEvery(lacking, role, w.staff[role], (r) => r.status === 403, "403")),
            ...(await expectEvery(holding, role, w.staff[role], (r) => r.status !== 401 && r.status !== 403 && r.status < 500, "not 401/403/5xx"))
          )
        }
        // The role without any policy lacks every policy: every operator route was refused to someone.
        expect(ops("admin").filter((op) => !checked.has(opKey(op))).map(opKey)).toEqual([])
        // The examples the standards name.
        expect(holds(OPERATOR_ROLES.finance, "group_buy:read")).toBe(false)
        expect(holds(OPERATOR_ROLES.operations, "withdrawal:update")).toBe(false)
        expect(wrong.sort()).toEqual([])
      })

      it("another customer's cart, order, coupon or application and another leader's batch: refused, nothing changed", async () => {
        const i = w.ids
        const B = w.custB.headers.headers
        const A = w.custA.headers.headers
        // Every id-taking customer or leader route is classified; the owned ones are all tried below.
        const unclassified = [...servedOps.values()]
          .filter((op) => ["customer", "publishable", "leader"].includes(op.spec["x-auth"]) && op.path.includes("{"))
          .map((op) => paramRoot(op.path))
          .filter((root) => !PARAM_OWNERSHIP[root])
        expect([...new Set(unclassified)]).toEqual([])

        const attempts: [string, string, H, Body | undefined][] = [
          ["GET", `/store/carts/${i.cartA}/coupons`, B, undefined],
          ["POST", `/store/carts/${i.cartA}/coupons`, B, { json: { claim_id: i.claimA } }],
          ["DELETE", `/store/carts/${i.cartA}/coupons/${i.claimA}`, B, undefined],
          ["POST", `/store/carts/${i.cartB}/coupons`, B, { json: { claim_id: i.claimA } }],
          ["GET", `/store/carts/${i.cartA}/loyalty-points`, B, undefined],
          ["POST", `/store/carts/${i.cartA}/loyalty-points`, B, { json: { points: 1 } }],
          ["DELETE", `/store/carts/${i.cartA}/loyalty-points`, B, undefined],
          [
            "POST",
            `/store/carts/${i.cartA}/pickup`,
            B,
            { json: { pickup_point_id: w.leaderA.pickupPoint.id, latitude: 30.2895, longitude: 120.1235 } },
          ],
          ["GET", `/store/orders/${i.orderA}/pickup`, B, undefined],
          ["POST", `/store/leader-applications/${i.applicationB}/withdraw`, A, undefined],
          ["POST", `/store/group-buy/campaigns/${i.campaignId}/open`, B, { json: { cart_id: i.cartA, variant_id: i.variantId } }],
          ["POST", `/store/reviews`, B, { json: { order_id: i.orderA, line_item_id: i.lineA, rating: 5 } }],
          ["GET", `/admin/leader/delivery-batches/${i.batchA}`, w.leaderB.adminHeaders.headers, undefined],
          ["POST", `/admin/leader/delivery-batches/${i.batchA}/arrive`, w.leaderB.adminHeaders.headers, undefined],
        ]
        const covered = new Set(attempts.map(([, url]) => url.split("/").slice(0, 4).join("/")))
        const owned = Object.entries(PARAM_OWNERSHIP).filter(([, o]) => o === "owned").map(([root]) => root.replace(/\/\{[^}]+\}$/, ""))
        expect(owned.filter((prefix) => ![...covered].some((c) => c.startsWith(prefix)))).toEqual([])

        const wrong: string[] = []
        const before = await tableStates(getContainer())
        for (const [method, url, headers, body] of attempts) {
          const res = await send(method, url, headers, body)
          if (res.status < 400 || res.status >= 500 || !coded(res.data)) {
            wrong.push(`${method} ${url}${preview(body)} → ${res.status} ${short(JSON.stringify(res.data))}`)
          }
        }
        expect(wrong).toEqual([])
        expect(changes(before, await tableStates(getContainer()))).toEqual([])
        const application = await api.get(`/admin/leader-applications/${i.applicationB}`, { headers: w.staff.super_admin })
        expect(application.data.leader_application.status).toBe("applied")
        const batch = await api.get(`/admin/leader/delivery-batches/${i.batchA}`, w.leaderA.adminHeaders)
        expect(batch.data.delivery_batch.status).not.toBe("arrived")
      })
    })

    describe("a refused write leaves nothing behind", () => {
      /**
       * Business refusals of routes that write in several steps, some after a first write (approval claims the
       * application before it looks at the point; a claim counts stock before the claim row): each answers its
       * coded 4xx and leaves every table exactly as it was (rows and contents).
       */
      it("approvals, applications, claims, coupons, withdrawals, adjustments, reviews, campaigns, deletions", async () => {
        const i = w.ids
        const admin = w.staff.super_admin
        const A = w.custA.headers.headers
        const B = w.custB.headers.headers
        const leader = w.leaderA.adminHeaders.headers
        const samples: [string, string, H, Body | undefined, number, string][] = [
          // claim the application (written), then the point: taken → the claim is undone
          ["POST", `/admin/leader-applications/${i.applicationB}/approve`, admin, { json: { pickup_point_id: w.leaderA.pickupPoint.id } }, 409, "pickup_point_has_leader"],
          ["POST", `/admin/leader-applications/${i.applicationB}/approve`, admin, { json: { code: "HZ-XH-01" } }, 409, "pickup_point_code_taken"],
          ["POST", "/store/leader-applications", B, { json: applicationBody({ name: "李四" }) }, 409, "application_open"],
          ["POST", `/store/coupons/templates/${w.seed.couponTemplateIds["spend-99"]}/claim`, A, { json: {} }, 400, "coupon_daily_limit"],
          ["POST", `/admin/coupons/templates/${w.seed.couponTemplateIds["spend-99"]}/issue`, admin, { json: { customer_id: "cus_does_not_exist" } }, 404, "customer_not_found"],
          ["DELETE", `/admin/coupons/templates/${w.seed.couponTemplateIds["spend-99"]}`, admin, undefined, 409, "coupon_template_in_use"],
          ["POST", `/store/carts/${i.cartA}/coupons`, A, { json: { claim_id: i.claimA } }, 400, "coupon_threshold_not_met"],
          ["POST", "/store/commissions/withdrawals", A, { json: { amount: 100 } }, 400, "insufficient_balance"],
          ["POST", "/admin/leader/commissions/withdrawals", leader, { json: { amount: 100 } }, 400, "insufficient_balance"],
          ["POST", `/admin/loyalty/customers/${w.custA.customer.id}/adjust`, admin, { json: { points: -100000, reason: "robustness" } }, 400, "insufficient_points"],
          ["POST", "/store/reviews", A, { json: { order_id: i.orderA, line_item_id: i.lineA, rating: 5 } }, 400, "order_not_received"],
          ["POST", `/store/group-buy/campaigns/${i.campaignId}/open`, B, { json: { cart_id: i.cartB, variant_id: i.variantId } }, 400, "group_cart_not_empty"],
          ["POST", "/admin/pickup-points", admin, { json: { name: "重名", address: "某路1号", latitude: 30.29, longitude: 120.12, radius_km: 1, opening_hours: {}, daily_capacity: 10, code: "HZ-XH-01" } }, 409, "pickup_point_code_taken"],
          ["POST", `/admin/pickup-points/${i.pointId}`, admin, { json: { code: "HZ-SC-01" } }, 409, "pickup_point_code_taken"],
          ["DELETE", `/admin/pickup-points/${w.leaderA.pickupPoint.id}`, admin, undefined, 409, "pickup_point_has_leader"],
          ["POST", `/admin/leaders/${w.leaderB.leader.id}/reinstate`, admin, { json: {} }, 409, "leader_not_suspended"],
        ]
        // A wrong pickup code is refused and recorded on purpose: the verification log and the attempt window
        // that throttles guessing. Nothing else may change.
        samples.push(["POST", "/admin/leader/pickup-codes/verify", leader, { json: { code: "ZZZZZ-ZZZZZ" } }, 400, "invalid_pickup_code"])
        const recorded = new Set(["pickup_verification", "pickup_attempt_window"])
        const wrong: string[] = []
        for (const [method, url, headers, body, status, code] of samples) {
          const before = await tableStates(getContainer())
          const res = await send(method, url, headers, body)
          const changed = changes(before, await tableStates(getContainer())).filter(
            (c) => !(url.endsWith("/pickup-codes/verify") && recorded.has(c.split(":")[0]))
          )
          if (res.status !== status || res.data?.code !== code || !coded(res.data) || changed.length) {
            wrong.push(
              `${method} ${url}${preview(body)} → ${res.status} ${short(JSON.stringify(res.data))}` +
                ` (expected ${status} ${code})${changed.length ? `; written: ${changed.join("; ")}` : ""}`
            )
          }
        }
        expect(wrong).toEqual([])
      })
    })
  },
})

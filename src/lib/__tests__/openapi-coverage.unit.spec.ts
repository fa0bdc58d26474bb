import fs from "fs"
import path from "path"
import { buildOpenApiDocument, collectOperations } from "../openapi"

const API_DIR = path.join(__dirname, "..", "..", "api")

/** Every (method, path) a route.ts file under src/api exports, in OpenAPI path form. */
function routesOnDisk() {
  const routes: { method: string; path: string; file: string }[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(full)
      } else if (/^route\.(ts|js)$/.test(entry.name)) {
        const rel = path.relative(API_DIR, path.dirname(full)).split(path.sep)
        const p =
          "/" +
          rel
            .filter((s) => !/^\(.*\)$/.test(s))
            .map((s) => s.replace(/^\[(.+)\]$/, "{$1}"))
            .join("/")
        const src = fs.readFileSync(full, "utf8")
        for (const m of src.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) {
          routes.push({ method: m[1].toLowerCase(), path: p, file: path.relative(API_DIR, full) })
        }
      }
    }
  }
  walk(API_DIR)
  return routes
}

describe("OpenAPI document", () => {
  const ops = collectOperations(API_DIR)
  const doc = buildOpenApiDocument(ops)

  it("describes every custom route handler", () => {
    const missing = routesOnDisk().filter((r) => !(doc.paths[r.path] as Record<string, unknown>)?.[r.method])
    expect(missing).toEqual([])
  })

  it("describes no route that does not exist", () => {
    const onDisk = new Set(routesOnDisk().map((r) => `${r.method} ${r.path}`))
    const ghosts = ops.filter((o) => !onDisk.has(`${o.method} ${o.path}`)).map((o) => `${o.method} ${o.path}`)
    expect(ghosts).toEqual([])
  })

  it("is OpenAPI 3.1 with the security schemes storefronts need", () => {
    expect(doc.openapi).toBe("3.1.0")
    expect(Object.keys(doc.components.securitySchemes)).toEqual(
      expect.arrayContaining(["publishableKey", "customerBearer", "adminBearer"])
    )
  })
})

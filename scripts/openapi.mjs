#!/usr/bin/env node
// `npm run openapi`: writes the OpenAPI 3.1 document of every custom route to openapi/openapi.json
// (the running server serves the same document at GET /openapi.json). No database needed.
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { ROOT } from "./lib/setup.mjs"

const require = createRequire(import.meta.url)
require("ts-node").register({ transpileOnly: true, swc: true, project: path.join(ROOT, "tsconfig.json") })
const { buildOpenApiDocument } = require(path.join(ROOT, "src", "lib", "openapi.ts"))

const doc = buildOpenApiDocument()
const out = path.join(ROOT, "openapi", "openapi.json")
fs.mkdirSync(path.dirname(out), { recursive: true })
fs.writeFileSync(out, JSON.stringify(doc, null, 2) + "\n")
process.stdout.write(`wrote ${Object.keys(doc.paths).length} paths to ${path.relative(process.cwd(), out)}\n`)

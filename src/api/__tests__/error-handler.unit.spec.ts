import { z } from "@medusajs/framework/zod"
import { conflict, invalid, notFound, refused } from "../../lib/errors"
import { appErrorHandler } from "../error-handler"

function respond(err: unknown) {
  const out: { status?: number; body?: any } = {}
  const res: any = {
    status(code: number) {
      out.status = code
      return res
    },
    json(body: unknown) {
      out.body = body
      return res
    },
  }
  const req: any = { scope: { resolve: () => ({ info() {}, error() {} }) }, path: "/x" }
  appErrorHandler()(err, req, res, () => {})
  return out
}

describe("appErrorHandler", () => {
  it("answers 409 and keeps our code for a conflict", () => {
    const r = respond(conflict("group_full", "Group gbgrp_1 is full"))
    expect(r).toEqual({ status: 409, body: { type: "conflict", code: "group_full", message: "Group gbgrp_1 is full" } })
  })

  it("answers 400 with our code for a business refusal and for bad input", () => {
    expect(respond(refused("limit_reached", "no")).status).toBe(400)
    expect(respond(refused("limit_reached", "no")).body.code).toBe("limit_reached")
    expect(respond(invalid("bad_coordinates", "no")).body).toMatchObject({ code: "bad_coordinates" })
  })

  it("answers 404 with our code for a missing thing", () => {
    const r = respond(notFound("campaign_not_found", "Campaign x not found"))
    expect(r.status).toBe(404)
    expect(r.body.code).toBe("campaign_not_found")
  })

  it("answers 400 with code invalid_data for a schema failure", () => {
    const parsed = z.object({ quantity: z.number().int().min(1) }).strict().safeParse({ quantity: 0 })
    const r = respond(parsed.error)
    expect(r.status).toBe(400)
    expect(r.body.code).toBe("invalid_data")
    expect(r.body.message).toMatch(/quantity/)
  })

  it("gives Express's client errors a code: malformed JSON, a body over the limit, a broken URL encoding", () => {
    // As body-parser raises them (http-errors: status, statusCode, expose).
    const httpError = (status: number, message: string) => Object.assign(new Error(message), { status, statusCode: status, expose: true })
    expect(respond(httpError(400, "Unexpected end of JSON input"))).toEqual({
      status: 400,
      body: { type: "invalid_data", code: "invalid_data", message: "Unexpected end of JSON input" },
    })
    expect(respond(httpError(413, "request entity too large"))).toMatchObject({ status: 413, body: { code: "payload_too_large" } })
    // As Express's router raises it for /admin/faqs/%E0%A4%A (the core handler answers 500).
    const uri = Object.assign(new URIError("Failed to decode param '%E0%A4%A'"), { status: 400, statusCode: 400 })
    expect(respond(uri)).toMatchObject({ status: 400, body: { code: "invalid_data" } })
  })

  it("leaves unknown errors to the core handler: 500 without internals", () => {
    const r = respond(new Error("secret stack detail"))
    expect(r.status).toBe(500)
    expect(JSON.stringify(r.body)).not.toMatch(/secret stack detail/)
  })
})

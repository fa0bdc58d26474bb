import { findNulCharacter, rejectNulCharacters } from "../input-guard"

const req = (url: string, body?: unknown): any => ({ originalUrl: url, url, body })

describe("NUL characters in a request", () => {
  it("are found in the URL (path or query, any case of %00) and anywhere in the body, keys included", () => {
    expect(findNulCharacter(req("/admin/faqs/%00"))).toBe("the URL")
    expect(findNulCharacter(req("/store/reviews?product_id=abc%00def"))).toBe("the URL")
    expect(findNulCharacter(req("/x", { name: "a\u0000" }))).toBe("name")
    expect(findNulCharacter(req("/x", { pickup_point: { hours: [{ open: "08\u0000" }] } }))).toBe("pickup_point.hours.0.open")
    expect(findNulCharacter(req("/x", { metadata: { "k\u0000": 1 } }))).toBe("a field name in metadata")
    expect(findNulCharacter(req("/x", "raw\u0000"))).toBe("the body")
  })

  it("are not found in ordinary input, unicode and encoded characters included", () => {
    expect(findNulCharacter(req("/store/questions?q=%E5%9B%A2%20%2500", { text: "团长😀 <b>", n: 0, ok: null }))).toBeUndefined()
  })

  it("refuse the request with 400 invalid_data before any route runs", () => {
    const next = jest.fn()
    expect(() => rejectNulCharacters(req("/x", { note: "\u0000" }), {} as any, next)).toThrow(
      expect.objectContaining({ type: "invalid_data", code: "invalid_data" })
    )
    expect(next).not.toHaveBeenCalled()
    rejectNulCharacters(req("/x", { note: "fine" }), {} as any, next)
    expect(next).toHaveBeenCalledTimes(1)
  })
})

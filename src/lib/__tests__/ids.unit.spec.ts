import { monotonicEntityId, nextUlid } from "../ids"

describe("monotonic entity ids", () => {
  it("increments a ULID in Crockford base32, carrying", () => {
    expect(nextUlid("01ARZ3NDEKTSV4RRFFQ69G5FAV")).toBe("01ARZ3NDEKTSV4RRFFQ69G5FAW")
    expect(nextUlid("01ARZ3NDEKTSV4RRFFQ69G5FAZ")).toBe("01ARZ3NDEKTSV4RRFFQ69G5FB0")
  })
  it("gives ids that sort in the order they were made, also within one millisecond", () => {
    const ids = Array.from({ length: 2000 }, () => monotonicEntityId("cent"))
    expect(ids.every((id) => id.startsWith("cent_") && id.length === "cent_".length + 26)).toBe(true)
    expect([...ids].sort()).toEqual(ids)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

import { formatPickupCode, generatePickupCode, normalizePickupCode, PICKUP_CODE_BITS } from "../pickup-code"

describe("pickup codes", () => {
  it("carry at least 40 bits of randomness", () => {
    expect(PICKUP_CODE_BITS).toBeGreaterThanOrEqual(40)
  })

  it("are 10 Crockford base32 characters and practically never repeat", () => {
    const codes = Array.from({ length: 20000 }, generatePickupCode)
    for (const c of codes.slice(0, 100)) {
      expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/)
    }
    expect(new Set(codes).size).toBe(codes.length)
  })

  it("use every character about equally often", () => {
    const counts = new Map<string, number>()
    for (let i = 0; i < 6400; i++) {
      for (const c of generatePickupCode()) counts.set(c, (counts.get(c) ?? 0) + 1)
    }
    expect(counts.size).toBe(32)
    // 64,000 characters / 32 = 2,000 expected each; a biased generator lands far outside ±15%.
    for (const n of counts.values()) {
      expect(n).toBeGreaterThan(1700)
      expect(n).toBeLessThan(2300)
    }
  })

  it("read what people type: case, dashes, spaces and look-alikes", () => {
    expect(normalizePickupCode("7kq2m-9xh4d")).toBe("7KQ2M9XH4D")
    expect(normalizePickupCode(" 7KQ2M 9XH4D ")).toBe("7KQ2M9XH4D")
    expect(normalizePickupCode("OIL2M9XH4D")).toBe("0112M9XH4D")
  })

  it("reject what cannot be a code", () => {
    expect(normalizePickupCode("7KQ2M9XH4")).toBeNull()
    expect(normalizePickupCode("7KQ2M9XH4DD")).toBeNull()
    expect(normalizePickupCode("7KQ2M9XH4U")).toBeNull()
    expect(normalizePickupCode("'; drop--")).toBeNull()
  })

  it("format in two groups of five", () => {
    expect(formatPickupCode("7KQ2M9XH4D")).toBe("7KQ2M-9XH4D")
  })
})

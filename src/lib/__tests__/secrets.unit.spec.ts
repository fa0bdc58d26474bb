import { decryptSecret, encryptSecret, lookupHash, resetSecretKeys } from "../secrets"

describe("secrets", () => {
  const original = process.env.DATA_ENCRYPTION_KEY
  afterEach(() => {
    if (original === undefined) {
      delete process.env.DATA_ENCRYPTION_KEY
    } else {
      process.env.DATA_ENCRYPTION_KEY = original
    }
    resetSecretKeys()
  })

  it("round-trips, with a fresh IV each time", () => {
    const a = encryptSecret("330106199001011234")
    const b = encryptSecret("330106199001011234")
    expect(a).not.toBe(b)
    expect(a).not.toContain("330106")
    expect(decryptSecret(a)).toBe("330106199001011234")
    expect(decryptSecret(b)).toBe("330106199001011234")
  })

  it("detects tampering", () => {
    const token = encryptSecret("secret")
    const [v, iv, tag, ct] = token.split(".")
    const flipped = Buffer.from(ct, "base64url")
    flipped[0] ^= 1
    expect(() => decryptSecret([v, iv, tag, flipped.toString("base64url")].join("."))).toThrow()
    expect(() => decryptSecret("garbage")).toThrow()
  })

  it("hashes deterministically under one key and differently under another", () => {
    process.env.DATA_ENCRYPTION_KEY = "k".repeat(40)
    resetSecretKeys()
    const h1 = lookupHash("ABCDE12345")
    expect(lookupHash("ABCDE12345")).toBe(h1)
    expect(h1).toMatch(/^[0-9a-f]{64}$/)
    const encrypted = encryptSecret("x")
    process.env.DATA_ENCRYPTION_KEY = "z".repeat(40)
    resetSecretKeys()
    expect(lookupHash("ABCDE12345")).not.toBe(h1)
    expect(() => decryptSecret(encrypted)).toThrow()
  })

  it("refuses a short key", () => {
    process.env.DATA_ENCRYPTION_KEY = "short"
    resetSecretKeys()
    expect(() => encryptSecret("x")).toThrow(/DATA_ENCRYPTION_KEY/)
  })
})

import crypto from "crypto"

/**
 * Secrets at rest: leaders' identity numbers (encrypted) and pickup codes (hashed for lookup, encrypted so
 * that their customer can see them again). Keys derive from DATA_ENCRYPTION_KEY (at least 32 characters;
 * required in production). Rotating it makes stored ciphertexts and code hashes unreadable: plan a
 * re-encryption before changing it.
 */
const DEV_KEY = "development-only-data-encryption-key-change-me"

let keys: { enc: Buffer; mac: Buffer } | undefined

function deriveKeys(env: NodeJS.ProcessEnv = process.env) {
  const secret = env.DATA_ENCRYPTION_KEY || (env.NODE_ENV === "production" ? "" : DEV_KEY)
  if (secret.length < 32) {
    throw new Error("DATA_ENCRYPTION_KEY must be set to at least 32 characters in production")
  }
  const derive = (info: string) =>
    Buffer.from(crypto.hkdfSync("sha256", secret, "community-group-buy", info, 32))
  return { enc: derive("encryption"), mac: derive("lookup-hash") }
}

function getKeys() {
  keys ??= deriveKeys()
  return keys
}

/** AES-256-GCM; the output carries its version, IV and tag: "v1.<iv>.<tag>.<ciphertext>" (base64url). */
export function encryptSecret(plaintext: string): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv("aes-256-gcm", getKeys().enc, iv)
  const ct = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()])
  return ["v1", iv, cipher.getAuthTag(), ct].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".")
}

export function decryptSecret(token: string): string {
  const [version, iv, tag, ct] = token.split(".")
  if (version !== "v1" || !iv || !tag || ct === undefined) {
    throw new Error("Not an encrypted secret")
  }
  const decipher = crypto.createDecipheriv("aes-256-gcm", getKeys().enc, Buffer.from(iv, "base64url"))
  decipher.setAuthTag(Buffer.from(tag, "base64url"))
  return Buffer.concat([decipher.update(Buffer.from(ct, "base64url")), decipher.final()]).toString("utf8")
}

/** Keyed hash (HMAC-SHA256, hex) to look a secret up without storing it: useless without the key. */
export function lookupHash(value: string): string {
  return crypto.createHmac("sha256", getKeys().mac).update(value, "utf8").digest("hex")
}

/** For tests: derive the keys again from the environment. */
export function resetSecretKeys() {
  keys = undefined
}

import { model } from "@medusajs/framework/utils"

/**
 * A recovery code being (or having been) used by an auth identity: the unique (auth_identity_id, code_hash)
 * key makes two concurrent logins with the same recovery code impossible (Medusa's own check is a
 * read-then-delete). `code_hash` is a keyed hash of the normalized code. A claim whose attempt failed is removed.
 */
export const AccountRecoveryClaim = model
  .define("account_recovery_claim", {
    id: model.id({ prefix: "arcc" }).primaryKey(),
    auth_identity_id: model.text(),
    code_hash: model.text(),
  })
  .indexes([{ on: ["auth_identity_id", "code_hash"], unique: true, where: null }])

/** Module key of the account module (Query/containers). Kept free of imports: medusa-config.ts reads it. */
export const ACCOUNT_MODULE = "account"

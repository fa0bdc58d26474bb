import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import crypto from "crypto"
import { notifyCustomer } from "../lib/notify"
import { passwordResetUrl } from "../workflows/account/utils/password-reset"
import { storefrontUrl } from "../workflows/coupon/utils/referral"

type PasswordReset = { entity_id: string; actor_type: string; token: string; metadata?: Record<string, unknown> }

/**
 * Medusa's `POST /auth/customer/emailpass/reset-password { identifier }` emits `auth.password_reset` with a
 * single-use token (15 minutes); this sends the customer the link through the notification module (template
 * `auth.password_reset`, transactional). The storefront then calls `POST /auth/customer/emailpass/update`
 * with `Authorization: Bearer <token>` and `{ password }`. Admin users' resets are not handled here.
 */
export default async function sendPasswordResetLink({ event, container }: SubscriberArgs<PasswordReset>) {
  const { entity_id: email, actor_type, token } = event.data
  if (actor_type !== "customer") {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email"],
    filters: { email, has_account: true },
  })
  const customerId = data[0]?.id
  await notifyCustomer(container, {
    to: email,
    template: "auth.password_reset",
    data: { url: passwordResetUrl(storefrontUrl(), token, email), token, email },
    idempotencyKey: `auth.password_reset:${crypto.createHash("sha256").update(token).digest("hex")}`,
    resourceType: "customer",
    resourceId: customerId,
    customerId,
  })
}

export const config: SubscriberConfig = {
  event: "auth.password_reset",
  context: { subscriberId: "account-password-reset" },
}

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { conflict, invalid } from "../../../lib/errors"
import { PHONE_OTP_PROVIDER } from "../utils/account-service"

export const validatePhoneRegistrationStepId = "validate-phone-registration"

export type ValidatePhoneRegistrationInput = { auth_identity_id: string; email?: string | null }

/**
 * The registration token must belong to a phone identity (registered through `phone-otp`) that has no customer
 * yet; an e-mail, when given, must not belong to another registered customer. Returns the verified phone, which
 * becomes the customer's phone.
 */
export const validatePhoneRegistrationStep = createStep(
  validatePhoneRegistrationStepId,
  async (input: ValidatePhoneRegistrationInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id, { relations: ["provider_identities"] })
    const phoneIdentity = identity.provider_identities?.find((p) => p.provider === PHONE_OTP_PROVIDER)
    if (!phoneIdentity) {
      throw invalid("not_phone_registration", "This token was not issued by a phone registration (POST /auth/customer/phone-otp/register)")
    }
    if (identity.app_metadata?.customer_id) {
      throw conflict("customer_exists", `${phoneIdentity.entity_id} already has a customer: log in instead`)
    }
    if (input.email) {
      const customers = await container.resolve(Modules.CUSTOMER).listCustomers({ email: input.email, has_account: true }, { take: 1 })
      if (customers.length) {
        throw conflict("email_taken", `Another account uses ${input.email}`)
      }
    }
    return new StepResponse({ phone: phoneIdentity.entity_id })
  }
)

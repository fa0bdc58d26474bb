import type { MedusaContainer } from "@medusajs/framework/types"
import { ACCOUNT_MODULE } from "../../../modules/account"
import type AccountModuleService from "../../../modules/account/service"

export function accountService(container: MedusaContainer | { resolve: MedusaContainer["resolve"] }): AccountModuleService {
  return container.resolve<AccountModuleService>(ACCOUNT_MODULE)
}

/** The provider id of phone login (the auth provider's identifier). */
export const PHONE_OTP_PROVIDER = "phone-otp"

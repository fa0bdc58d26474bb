import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { PhoneOtpAuthService } from "./service"

/** The `phone-otp` auth provider (registered in medusa-config.ts under the auth module). */
export default ModuleProvider(Modules.AUTH, {
  services: [PhoneOtpAuthService],
})

export { PhoneOtpAuthService }

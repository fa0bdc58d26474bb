import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import AutocapturePaymentProvider from "./service"

/** Payment provider `pp_autocapture_autocapture` (PAYMENT_AUTOCAPTURE=true): captures at checkout. */
export default ModuleProvider(Modules.PAYMENT, {
  services: [AutocapturePaymentProvider],
})

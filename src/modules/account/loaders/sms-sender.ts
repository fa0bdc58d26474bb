import { asFunction } from "@medusajs/framework/awilix"
import { moduleProviderLoader } from "@medusajs/framework/modules-sdk"
import type { LoaderOptions } from "@medusajs/framework/types"
import { LoggingSmsSender } from "../sms/logging"
import { SMS_SENDER_REGISTRATION } from "../sms/types"
import type { AccountModuleOptions } from "../types"

/**
 * Registers the SMS sender in the module's container: the one configured in `options.sms_sender` (a module
 * provider), else the logging sender (with a warning in production, where codes would reach nobody).
 */
export default async function smsSenderLoader({ container, options }: LoaderOptions<AccountModuleOptions>) {
  const configured = options?.sms_sender
  if (!configured) {
    if (process.env.NODE_ENV === "production") {
      container
        .resolve<{ warn: (m: string) => void }>("logger")
        .warn("account: no SMS sender configured (sms_sender); phone login codes are only logged, masked")
    }
    container.register(
      SMS_SENDER_REGISTRATION,
      asFunction((cradle: { logger?: any }) => new LoggingSmsSender({ logger: cradle.logger })).singleton()
    )
    return
  }
  await moduleProviderLoader({
    container,
    providers: [{ id: "sms", ...configured }],
    registerServiceFn: async (klass, c, details) => {
      c.register(
        SMS_SENDER_REGISTRATION,
        asFunction((cradle: Record<string, unknown>) => new klass(cradle, details.options ?? {})).singleton()
      )
    },
  })
}

import { authenticate, type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { mfaChallengeGuard } from "./mfa-guard"
import { liftAuthCodes, liftMfaCodes } from "./response-codes"
import { StoreCreatePhoneCustomer, StoreRequestPhoneOtp } from "./validators"

export const storeAuthMiddlewares: MiddlewareRoute[] = [
  { methods: ["POST"], matcher: "/store/auth/phone-otp/request", middlewares: [validateAndTransformBody(StoreRequestPhoneOtp)] },
  {
    methods: ["POST"],
    matcher: "/store/auth/phone-otp/customer",
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnregistered: true }),
      validateAndTransformBody(StoreCreatePhoneCustomer),
    ],
  },
  // Medusa's own auth routes: stable codes on phone-otp failures and on logins that need the second factor.
  { methods: ["POST"], matcher: "/auth/customer/phone-otp", middlewares: [liftAuthCodes] },
  { methods: ["POST"], matcher: "/auth/customer/phone-otp/register", middlewares: [liftAuthCodes] },
  { methods: ["POST"], matcher: "/auth/customer/emailpass", middlewares: [liftAuthCodes] },
  // Medusa's MFA routes (TOTP enrolment, confirmation, recovery codes, disabling): stable codes on errors.
  { methods: ["POST"], matcher: "/auth/mfa/factors", middlewares: [liftMfaCodes] },
  { methods: ["POST"], matcher: "/auth/mfa/factors/:id/verify", middlewares: [liftMfaCodes] },
  { methods: ["DELETE"], matcher: "/auth/mfa/factors/:id", middlewares: [liftMfaCodes] },
  { methods: ["POST"], matcher: "/auth/mfa/recovery-codes", middlewares: [liftMfaCodes] },
  {
    methods: ["POST"],
    matcher: "/auth/mfa/challenges/:id/verify",
    middlewares: [
      authenticate("*", ["session", "bearer"], { allowUnregistered: true, requireMfa: false }),
      mfaChallengeGuard,
    ],
  },
]

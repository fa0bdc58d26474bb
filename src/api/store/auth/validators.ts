import { z } from "@medusajs/framework/zod"

export const StoreRequestPhoneOtp = z
  .object({
    phone: z
      .string()
      .min(1)
      .max(32)
      .describe("Mobile number: 13800138000 (China by default) or E.164 such as +8613800138000"),
  })
  .strict()
export type StoreRequestPhoneOtpType = z.infer<typeof StoreRequestPhoneOtp>

export const StoreCreatePhoneCustomer = z
  .object({
    first_name: z.string().max(100).nullish(),
    last_name: z.string().max(100).nullish(),
    email: z.string().email().max(320).nullish().describe("Optional: phone customers need no e-mail"),
    metadata: z
      .record(z.string(), z.unknown())
      .nullish()
      .describe("As for POST /store/customers, e.g. { referral_code } from an invitation link"),
  })
  .strict()
export type StoreCreatePhoneCustomerType = z.infer<typeof StoreCreatePhoneCustomer>

export const StorePhoneOtpRequestedSchema = z.object({
  phone: z.string().describe("The number the code went to, in E.164"),
  expires_at: z.date().describe("The code is valid until then (5 minutes)"),
  resend_at: z.date().describe("Earliest time for a new code"),
})

export const StoreOtpThrottledSchema = z.object({
  type: z.string(),
  code: z.literal("otp_throttled"),
  message: z.string(),
  retry_after_seconds: z.number(),
})

export const StorePhoneCustomerSchema = z.object({
  customer: z.object({
    id: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    first_name: z.string().nullable(),
    last_name: z.string().nullable(),
    has_account: z.boolean(),
  }),
})

import { defineOperations } from "../../../lib/openapi"
import {
  StoreCreatePhoneCustomer,
  StorePhoneCustomerSchema,
  StorePhoneOtpRequestedSchema,
  StoreRequestPhoneOtp,
} from "./validators"

const tags = ["Account and security"]

export default defineOperations([
  {
    method: "post",
    path: "/store/auth/phone-otp/request",
    auth: "publishable",
    summary: "Text a login code to a mobile phone (手机验证码)",
    description:
      "Sends a 6-digit code valid for 5 minutes (a new code replaces the previous one). The answer is the same " +
      "whether or not the phone has an account. Then log in with POST /auth/customer/phone-otp { phone, code } or " +
      "register with POST /auth/customer/phone-otp/register { phone, code } (Medusa's auth routes; failures answer " +
      "401 with code otp_invalid, otp_expired, otp_attempts_exceeded (5 wrong codes), phone_not_registered or " +
      "phone_already_registered, and 400 phone_invalid). At most one code per 60 s and 5 per hour per phone.",
    tags,
    body: StoreRequestPhoneOtp,
    response: StorePhoneOtpRequestedSchema,
    successStatus: 201,
    errors: [
      { status: 400, code: "phone_invalid", description: "Not a mobile number" },
      { status: 429, code: "otp_throttled", description: "A code was sent recently; retry_after_seconds says when to retry" },
    ],
  },
  {
    method: "post",
    path: "/store/auth/phone-otp/customer",
    auth: "customer",
    summary: "Create the customer of a phone registration",
    description:
      "Call with the token of POST /auth/customer/phone-otp/register. Creates the customer with the verified phone " +
      "(e-mail optional, unlike POST /store/customers); then POST /auth/token/refresh with the same token returns " +
      "the customer's token.",
    tags,
    body: StoreCreatePhoneCustomer,
    response: StorePhoneCustomerSchema,
    errors: [
      { status: 400, code: "not_phone_registration", description: "The token is not from a phone registration" },
      { status: 409, code: "customer_exists", description: "The phone already has a customer" },
      { status: 409, code: "email_taken", description: "Another account uses this e-mail" },
    ],
  },
])

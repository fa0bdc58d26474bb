import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../../../lib/openapi"

export default defineOperations([
  {
    method: "get",
    path: "/admin/customers/{id}/security",
    auth: "admin",
    policy: "customer:read",
    summary: "A customer's login methods and two-step verification",
    description: "For operators supporting a customer: e-mail/password and/or phone login, phone, whether TOTP is on.",
    tags: ["Account and security"],
    response: z.object({
      customer_id: z.string(),
      has_account: z.boolean(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      login_methods: z.array(z.string()),
      two_factor: z.object({
        enabled: z.boolean(),
        factors: z.array(z.object({ id: z.string(), provider: z.string(), status: z.string() })),
      }),
    }),
    errors: [{ status: 404, code: "customer_not_found", description: "No such customer" }],
  },
])

import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../lib/openapi"
import { AdminCreateFaq, AdminFaqSchema, AdminListFaqs, AdminUpdateFaq } from "./validators"

const tags = ["FAQ (admin)"]
const notFound = [{ status: 404, code: "faq_not_found", description: "No such FAQ entry" }]

export default defineOperations([
  {
    method: "get",
    path: "/admin/faqs",
    auth: "admin",
    policy: "review:read",
    summary: "FAQ entries by rank",
    tags,
    query: AdminListFaqs,
    response: z.object({ faqs: z.array(AdminFaqSchema), count: z.number() }),
  },
  {
    method: "post",
    path: "/admin/faqs",
    auth: "admin",
    policy: "review:create",
    summary: "Add an FAQ entry (zh-CN required, en optional)",
    tags,
    body: AdminCreateFaq,
    response: z.object({ faq: AdminFaqSchema }),
    successStatus: 201,
  },
  {
    method: "post",
    path: "/admin/faqs/{id}",
    auth: "admin",
    policy: "review:update",
    summary: "Edit an FAQ entry",
    tags,
    body: AdminUpdateFaq,
    response: z.object({ faq: AdminFaqSchema }),
    errors: notFound,
  },
  {
    method: "delete",
    path: "/admin/faqs/{id}",
    auth: "admin",
    policy: "review:delete",
    summary: "Delete an FAQ entry",
    tags,
    response: z.object({ id: z.string(), object: z.literal("faq"), deleted: z.literal(true) }),
    errors: notFound,
  },
])

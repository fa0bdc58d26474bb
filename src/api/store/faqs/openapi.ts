import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../lib/openapi"
import { StoreFaqSchema, StoreListFaqs } from "./validators"

export default defineOperations([
  {
    method: "get",
    path: "/store/faqs",
    auth: "publishable",
    summary: "The store's FAQ (常见问题)",
    description: "Published entries by rank, in the request's locale (?locale=en-US or x-medusa-locale): English where written, else zh-CN.",
    tags: ["FAQ"],
    query: StoreListFaqs,
    response: z.object({ faqs: z.array(StoreFaqSchema) }),
  },
])

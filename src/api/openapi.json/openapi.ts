import { defineOperations } from "../../lib/openapi"

export default defineOperations([
  {
    method: "get",
    path: "/openapi.json",
    summary: "This OpenAPI document",
    tags: ["Meta"],
    auth: "none",
    responseDescription: "The OpenAPI 3.1 document of every custom Store and Admin route",
  },
])

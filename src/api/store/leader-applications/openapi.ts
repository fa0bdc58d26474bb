import { defineOperations } from "../../../lib/openapi"
import {
  StoreLeaderApplicationResponse,
  StoreLeaderApplicationsResponse,
  StoreSubmitLeaderApplication,
} from "./validators"

export default defineOperations([
  {
    method: "post",
    path: "/store/leader-applications",
    summary: "Apply to become a leader (团长)",
    description:
      "The logged-in customer applies with the pickup point they propose. The identity number is stored " +
      "encrypted and only ever shown masked. One open application per customer.",
    tags: ["Leaders"],
    auth: "customer",
    body: StoreSubmitLeaderApplication,
    response: StoreLeaderApplicationResponse,
    successStatus: 201,
    errors: [
      { status: 409, code: "application_open", description: "The customer already has an open application" },
      { status: 409, code: "already_leader", description: "The customer is already a leader" },
    ],
  },
  {
    method: "get",
    path: "/store/leader-applications",
    summary: "My leader applications",
    tags: ["Leaders"],
    auth: "customer",
    response: StoreLeaderApplicationsResponse,
  },
  {
    method: "post",
    path: "/store/leader-applications/{id}/withdraw",
    summary: "Withdraw my open application",
    tags: ["Leaders"],
    auth: "customer",
    response: StoreLeaderApplicationResponse,
    errors: [
      { status: 404, code: "application_not_found", description: "No such application of this customer" },
      { status: 409, code: "application_not_open", description: "The application was already decided" },
    ],
  },
])

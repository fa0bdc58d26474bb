import { defineOperations } from "../../../lib/openapi"
import { AdminLeaderResponse, AdminLeadersResponse, AdminListLeaders, AdminSuspendLeader } from "./validators"

const notFound = { status: 404, code: "leader_not_found", description: "No such leader" }

export default defineOperations([
  {
    method: "get",
    path: "/admin/leaders",
    summary: "Leaders",
    tags: ["Leaders"],
    auth: "admin",
    policy: "leader:read",
    query: AdminListLeaders,
    response: AdminLeadersResponse,
  },
  {
    method: "get",
    path: "/admin/leaders/{id}",
    summary: "A leader",
    tags: ["Leaders"],
    auth: "admin",
    policy: "leader:read",
    response: AdminLeaderResponse,
    errors: [notFound],
  },
  {
    method: "post",
    path: "/admin/leaders/{id}/suspend",
    summary: "Suspend a leader",
    description: "The leader loses access to the leader pages at once; their point is paused. Emits `leader.suspended`.",
    tags: ["Leaders"],
    auth: "admin",
    policy: "leader:update",
    body: AdminSuspendLeader,
    response: AdminLeaderResponse,
    errors: [notFound, { status: 409, code: "leader_not_active", description: "The leader is already suspended" }],
  },
  {
    method: "post",
    path: "/admin/leaders/{id}/reinstate",
    summary: "Reinstate a suspended leader",
    description: "Emits `leader.reinstated`; a paused point takes orders again.",
    tags: ["Leaders"],
    auth: "admin",
    policy: "leader:update",
    response: AdminLeaderResponse,
    errors: [notFound, { status: 409, code: "leader_not_suspended", description: "The leader is not suspended" }],
  },
])

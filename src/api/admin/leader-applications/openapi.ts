import { defineOperations } from "../../../lib/openapi"
import {
  AdminApproveLeaderApplication,
  AdminApproveLeaderApplicationResponse,
  AdminLeaderApplicationResponse,
  AdminLeaderApplicationsResponse,
  AdminListLeaderApplications,
  AdminRejectLeaderApplication,
} from "./validators"

const notFound = { status: 404, code: "application_not_found", description: "No such application" }
const notOpen = { status: 409, code: "application_not_open", description: "The application was already decided" }

export default defineOperations([
  {
    method: "get",
    path: "/admin/leader-applications",
    summary: "Leader applications",
    tags: ["Leaders"],
    auth: "admin",
    policy: "leader:read",
    query: AdminListLeaderApplications,
    response: AdminLeaderApplicationsResponse,
  },
  {
    method: "get",
    path: "/admin/leader-applications/{id}",
    summary: "A leader application",
    tags: ["Leaders"],
    auth: "admin",
    policy: "leader:read",
    response: AdminLeaderApplicationResponse,
    errors: [notFound],
  },
  {
    method: "post",
    path: "/admin/leader-applications/{id}/approve",
    summary: "Approve: create the leader, their point and their admin login",
    description:
      "Creates the proposed pickup point (or hands over `pickup_point_id`), an admin user with the " +
      "`community_leader` role (or gives the role to the admin user with the applicant's e-mail), the leader, " +
      "and the leader's sidebar. Emits `leader.approved`.",
    tags: ["Leaders"],
    auth: "admin",
    policy: "leader:update",
    body: AdminApproveLeaderApplication,
    response: AdminApproveLeaderApplicationResponse,
    errors: [
      notFound,
      notOpen,
      { status: 409, code: "already_leader", description: "The applicant is already a leader" },
      { status: 404, code: "pickup_point_not_found", description: "No such pickup point" },
      { status: 409, code: "pickup_point_has_leader", description: "The point already has a leader" },
      { status: 409, code: "pickup_point_code_taken", description: "Another point has this code" },
      { status: 409, code: "identity_has_user", description: "The applicant's login already belongs to an admin user" },
    ],
  },
  {
    method: "post",
    path: "/admin/leader-applications/{id}/reject",
    summary: "Reject with a reason",
    tags: ["Leaders"],
    auth: "admin",
    policy: "leader:update",
    body: AdminRejectLeaderApplication,
    response: AdminLeaderApplicationResponse,
    errors: [notFound, notOpen],
  },
])

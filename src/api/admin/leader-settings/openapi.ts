import { defineOperations } from "../../../lib/openapi"
import { AdminLeaderSettings, AdminLeaderSettingsResponse } from "./validators"

export default defineOperations([
  {
    method: "get",
    path: "/admin/leader-settings",
    summary: "Leader settings (binding mode)",
    tags: ["Leaders"],
    auth: "admin",
    policy: "leader:read",
    response: AdminLeaderSettingsResponse,
  },
  {
    method: "post",
    path: "/admin/leader-settings",
    summary: "Set the binding mode",
    description: "Applies to bindings made from now on; existing bindings keep the terms they were made with.",
    tags: ["Leaders"],
    auth: "admin",
    policy: "leader:update",
    body: AdminLeaderSettings,
    response: AdminLeaderSettingsResponse,
  },
])

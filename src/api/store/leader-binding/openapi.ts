import { defineOperations } from "../../../lib/openapi"
import { StoreBindLeader, StoreBindLeaderResponse, StoreLeaderBindingResponse } from "./validators"

export default defineOperations([
  {
    method: "get",
    path: "/store/leader-binding",
    summary: "My leader (锁粉)",
    description: "The leader the logged-in customer is bound to now, or null.",
    tags: ["Leaders"],
    auth: "customer",
    response: StoreLeaderBindingResponse,
  },
  {
    method: "post",
    path: "/store/leader-binding",
    summary: "Follow a leader's share link",
    description:
      "Binds the customer to the leader by the store's binding mode: permanent (the first leader keeps the " +
      "customer), N days, or latest wins. `outcome: kept` when the rules keep the current leader.",
    tags: ["Leaders"],
    auth: "customer",
    body: StoreBindLeader,
    response: StoreBindLeaderResponse,
    errors: [
      { status: 404, code: "leader_not_found", description: "No leader has this share code" },
      { status: 400, code: "self_binding", description: "The customer is this leader" },
      { status: 400, code: "binding_loop", description: "The binding would close a loop of leaders" },
      { status: 400, code: "leader_not_active", description: "The leader is suspended" },
    ],
  },
])

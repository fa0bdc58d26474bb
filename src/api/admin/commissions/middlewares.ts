import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminApproveWithdrawal,
  AdminCreateCommissionRule,
  AdminExportCommissions,
  AdminListCommissionEntries,
  AdminListCommissionRules,
  AdminListWithdrawals,
  AdminRejectWithdrawal,
  AdminUpdateCommissionRule,
  AdminUpdateCommissionSettings,
} from "./validators"

const commission = (operation: "read" | "create" | "update" | "delete") => [{ resource: "commission", operation }]
const withdrawal = (operation: "read" | "update") => [{ resource: "withdrawal", operation }]

export const adminCommissionMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/commissions/rules",
    middlewares: [validateAndTransformQuery(AdminListCommissionRules, {})],
    policies: commission("read"),
  },
  {
    methods: ["POST"],
    matcher: "/admin/commissions/rules",
    middlewares: [validateAndTransformBody(AdminCreateCommissionRule)],
    policies: commission("create"),
  },
  { methods: ["GET"], matcher: "/admin/commissions/rules/:id", policies: commission("read") },
  {
    methods: ["POST"],
    matcher: "/admin/commissions/rules/:id",
    middlewares: [validateAndTransformBody(AdminUpdateCommissionRule)],
    policies: commission("update"),
  },
  { methods: ["DELETE"], matcher: "/admin/commissions/rules/:id", policies: commission("delete") },
  { methods: ["GET"], matcher: "/admin/commissions/settings", policies: commission("read") },
  {
    methods: ["POST"],
    matcher: "/admin/commissions/settings",
    middlewares: [validateAndTransformBody(AdminUpdateCommissionSettings)],
    policies: commission("update"),
  },
  {
    methods: ["GET"],
    matcher: "/admin/commissions/entries",
    middlewares: [validateAndTransformQuery(AdminListCommissionEntries, {})],
    policies: commission("read"),
  },
  {
    methods: ["GET"],
    matcher: "/admin/commissions/export",
    middlewares: [validateAndTransformQuery(AdminExportCommissions, {})],
    policies: commission("read"),
  },
  { methods: ["GET"], matcher: "/admin/commissions/orders/:id", policies: commission("read") },
  {
    methods: ["GET"],
    matcher: "/admin/commissions/withdrawals",
    middlewares: [validateAndTransformQuery(AdminListWithdrawals, {})],
    policies: withdrawal("read"),
  },
  {
    methods: ["POST"],
    matcher: "/admin/commissions/withdrawals/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveWithdrawal)],
    policies: withdrawal("update"),
  },
  {
    methods: ["POST"],
    matcher: "/admin/commissions/withdrawals/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectWithdrawal)],
    policies: withdrawal("update"),
  },
]

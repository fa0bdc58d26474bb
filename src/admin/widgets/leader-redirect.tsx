import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { useQuery } from "@tanstack/react-query"
import { useEffect } from "react"
import { useNavigate } from "react-router-dom"
import { PORTAL_KEY, useLeaderMe } from "../hooks/use-leader-portal"
import { errorCode } from "../lib/api-error"
import { shouldSendToLeaderHome } from "../lib/leader-nav"
import { sdk } from "../lib/sdk"

/**
 * Leaders land on the leader home. After login the 2.21 dashboard always opens the orders list, which a
 * leader may not read (403 → an error page). This widget mounts before that error and sends users with
 * only leader roles (`confined` from GET /admin/leader/me) to /leader; a suspended leader-only user too
 * (told why there). Everyone else gets a 403 from that route and stays where they are. Renders nothing.
 */
const LeaderRedirectWidget = () => {
  const navigate = useNavigate()
  const me = useLeaderMe()
  const code = errorCode(me.error)
  const permissions = useQuery({
    queryKey: [...PORTAL_KEY, "permissions"],
    queryFn: () => sdk.client.fetch<{ permissions: string[] }>("/admin/rbac/me/permissions"),
    enabled: code === "leader_suspended",
    retry: false,
  })
  const go = shouldSendToLeaderHome({
    confined: me.data?.confined,
    errorCode: code,
    permissions: permissions.data?.permissions,
  })
  useEffect(() => {
    if (go) {
      navigate("/leader", { replace: true })
    }
  }, [go, navigate])
  return null
}

export const config = defineWidgetConfig({ zone: "order.list.before" })

export default LeaderRedirectWidget

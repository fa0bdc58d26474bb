import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { useEffect } from "react"
import { useNavigate } from "react-router-dom"
import { useLeaderMe } from "../hooks/use-leader-portal"

/**
 * Leaders land on the leader home. After login the 2.21 dashboard always opens the orders list, which a
 * leader may not read (403 → an error page). This widget mounts before that error and sends users with
 * only leader roles (`confined` from GET /admin/leader/me) to /leader. Everyone else gets a 403 from that
 * route and stays where they are. Renders nothing.
 */
const LeaderRedirectWidget = () => {
  const navigate = useNavigate()
  const { data } = useLeaderMe()
  useEffect(() => {
    if (data?.confined) {
      navigate("/leader", { replace: true })
    }
  }, [data?.confined, navigate])
  return null
}

export const config = defineWidgetConfig({ zone: "order.list.before" })

export default LeaderRedirectWidget

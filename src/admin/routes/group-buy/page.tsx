import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Navigate } from "react-router-dom"

/** The sidebar entry "Group buying / 拼团": its pages are the campaigns and the groups below it. */
const GroupBuyPage = () => <Navigate to="/group-buy/campaigns" replace />

export const config = defineRouteConfig({
  label: "groupBuy.nav",
  translationNs: "translation",
  icon: Users,
})

export default GroupBuyPage

import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { useLeaderMe, type LeaderMe } from "../../hooks/use-leader-portal"
import { errorCode } from "../../lib/api-error"

/**
 * Renders its children only for a logged-in active leader. Everyone else sees why not: an operator
 * (these pages are for leaders), a suspended leader, or a leader without a pickup point.
 * The nav items of the leader pages show for every admin user (the dashboard has no per-role nav).
 */
export function LeaderGate({ children, needsPoint = true }: { children: (me: LeaderMe) => ReactNode; needsPoint?: boolean }) {
  const { t } = useTranslation()
  const { data, isLoading, error } = useLeaderMe()
  if (isLoading) {
    return <Text className="p-4">{t("common.loading")}</Text>
  }
  if (error || !data) {
    const code = errorCode(error)
    const key = code === "leader_suspended" ? "suspended" : code === "not_a_leader" || (error as { status?: number })?.status === 403 ? "notLeader" : "error"
    return (
      <Container className="flex flex-col gap-y-2 px-4 py-4">
        <Heading level="h2">{t("leaders.portal.title")}</Heading>
        <Text size="small">{t(`leaders.portal.gate.${key}`)}</Text>
      </Container>
    )
  }
  if (needsPoint && !data.pickup_point) {
    return (
      <Container className="px-4 py-4">
        <Text size="small">{t("leaders.portal.gate.noPoint")}</Text>
      </Container>
    )
  }
  return <>{children(data)}</>
}

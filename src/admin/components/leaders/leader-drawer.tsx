import { Drawer, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useLeader } from "../../hooks/use-leaders"
import { dateTime } from "../../lib/coupon-format"
import { StatusBadge } from "./status-badge"

/** One leader in a drawer: contact, share code, login, point and how many customers are bound to them now. */
export function LeaderDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const { data, isLoading } = useLeader(id)
  const l = data?.leader
  const rows: [string, string][] = l
    ? [
        [t("leaders.fields.phone"), l.phone ?? "–"],
        [t("leaders.fields.email"), l.email ?? "–"],
        [t("leaders.fields.community"), l.community ?? "–"],
        [t("leaders.detail.shareCode"), l.share_code],
        [t("leaders.detail.boundCustomers"), String(l.bound_customers ?? 0)],
        [t("leaders.fields.approvedAt"), dateTime(l.approved_at, i18n.language)],
        [t("leaders.detail.adminLogin"), l.user_id ? t("leaders.detail.hasLogin") : t("leaders.detail.noLogin")],
        ...(l.suspended_at
          ? [[t("leaders.detail.suspendedAt"), `${dateTime(l.suspended_at, i18n.language)} · ${l.suspension_reason ?? ""}`] as [string, string]]
          : []),
      ]
    : []
  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{l?.name ?? t("common.loading")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-3 overflow-y-auto">
          {isLoading || !l ? (
            <Text size="small">{t("common.loading")}</Text>
          ) : (
            <>
              <div className="flex items-center gap-x-2">
                <StatusBadge kind="leader" status={l.status} />
                {l.pickup_point && (
                  <Text size="small">
                    {l.pickup_point.code ? `${l.pickup_point.code} · ` : ""}
                    {l.pickup_point.name}
                  </Text>
                )}
              </div>
              {rows.map(([label, value]) => (
                <div key={label} className="flex justify-between gap-x-3">
                  <Text size="small" className="text-ui-fg-subtle">
                    {label}
                  </Text>
                  <Text size="small" className="text-right">
                    {value}
                  </Text>
                </div>
              ))}
              <Link to={`/customers/${l.customer_id}`}>
                <Text size="small" className="text-ui-fg-interactive">
                  {t("leaders.detail.customer")}
                </Text>
              </Link>
            </>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}

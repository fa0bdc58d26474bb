import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { NoAccess } from "../../../components/coupons/no-access"
import { StatusBadge } from "../../../components/leaders/status-badge"
import { isForbidden, useLeaderApplications } from "../../../hooks/use-leaders"
import { dateTime } from "../../../lib/coupon-format"

const PAGE = 20
const ALL = "all"
const STATUSES = ["applied", "approved", "rejected", "withdrawn"]

/** Leader applications (团长申请), the open ones first by default. */
const LeaderApplicationsPage = () => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [page, setPage] = useState(0)
  const [status, setStatus] = useState("applied")
  const { data, isLoading, error } = useLeaderApplications({
    limit: PAGE,
    offset: page * PAGE,
    status: status === ALL ? undefined : status,
  })
  if (isForbidden(error)) {
    return <NoAccess />
  }
  const count = data?.count ?? 0
  return (
    <div className="flex flex-col gap-y-3">
      <Link to="/leaders">
        <Text size="small" className="text-ui-fg-subtle">
          ← {t("leaders.list.title")}
        </Text>
      </Link>
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <div>
            <Heading>{t("leaders.applications.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("leaders.applications.subtitle")}
            </Text>
          </div>
          <div className="w-40">
            <Select
              value={status}
              onValueChange={(v) => {
                setStatus(v)
                setPage(0)
              }}
            >
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {[ALL, ...STATUSES].map((s) => (
                  <Select.Item key={s} value={s}>
                    {s === ALL ? t("leaders.all") : t(`leaders.status.application.${s}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
        {isLoading ? (
          <Text className="px-6 py-4">{t("common.loading")}</Text>
        ) : error ? (
          <Text className="px-6 py-4">{t("common.error")}</Text>
        ) : !count ? (
          <Text className="px-6 py-4 text-ui-fg-subtle">{t("leaders.applications.empty")}</Text>
        ) : (
          <>
            <div className="overflow-x-auto">
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>{t("leaders.fields.name")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("leaders.fields.phone")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("leaders.fields.community")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("leaders.applications.proposedPoint")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("leaders.applications.submittedAt")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {data!.leader_applications.map((a) => (
                    <Table.Row key={a.id} className="cursor-pointer" onClick={() => navigate(`/leaders/applications/${a.id}`)}>
                      <Table.Cell>{a.name}</Table.Cell>
                      <Table.Cell>{a.phone}</Table.Cell>
                      <Table.Cell>{a.community}</Table.Cell>
                      <Table.Cell>
                        {a.pickup_point.name} · {a.pickup_point.address}
                      </Table.Cell>
                      <Table.Cell>{dateTime(a.created_at, i18n.language)}</Table.Cell>
                      <Table.Cell>
                        <StatusBadge kind="application" status={a.status} />
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
            <Table.Pagination
              count={count}
              pageSize={PAGE}
              pageIndex={page}
              pageCount={Math.ceil(count / PAGE)}
              canPreviousPage={page > 0}
              canNextPage={(page + 1) * PAGE < count}
              previousPage={() => setPage((p) => p - 1)}
              nextPage={() => setPage((p) => p + 1)}
            />
          </>
        )}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "leaders.applications.title",
  translationNs: "translation",
})

export default LeaderApplicationsPage

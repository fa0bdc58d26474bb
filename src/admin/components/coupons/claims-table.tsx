import { Badge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useCouponClaims, type AdminCoupon } from "../../hooks/use-coupons"
import { dateTime, money } from "../../lib/coupon-format"

const PAGE = 20

export const STATUS_COLOR: Record<AdminCoupon["status"], "green" | "blue" | "grey" | "orange"> = {
  available: "green",
  used: "blue",
  expired: "grey",
  not_yet_valid: "orange",
}

/** The coupons claimed from one template (or by one customer), newest first. */
export function ClaimsTable({ filter }: { filter: { template_id?: string; customer_id?: string } }) {
  const { t, i18n } = useTranslation()
  const [page, setPage] = useState(0)
  const { data, isLoading } = useCouponClaims({ ...filter, limit: PAGE, offset: page * PAGE })
  if (isLoading) {
    return <Text className="px-6 py-4">{t("common.loading")}</Text>
  }
  if (!data?.count) {
    return <Text className="px-6 py-4 text-ui-fg-subtle">{t("coupons.noClaims")}</Text>
  }
  return (
    <>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("coupons.columns.customer")}</Table.HeaderCell>
            <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
            <Table.HeaderCell>{t("coupons.columns.claimed_at")}</Table.HeaderCell>
            <Table.HeaderCell>{t("coupons.columns.expires_at")}</Table.HeaderCell>
            <Table.HeaderCell>{t("coupons.columns.order")}</Table.HeaderCell>
            <Table.HeaderCell>{t("coupons.columns.discount")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.coupons.map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell>
                <Link to={`/customers/${c.customer_id}`}>{c.customer_id}</Link>
              </Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={STATUS_COLOR[c.status]}>
                  {t(`coupons.statuses.${c.status}`)}
                </Badge>{" "}
                <Text size="xsmall" className="text-ui-fg-subtle inline">
                  {t(`coupons.sources.${c.source}`)}
                </Text>
              </Table.Cell>
              <Table.Cell>{dateTime(c.claimed_at, i18n.language)}</Table.Cell>
              <Table.Cell>{dateTime(c.expires_at, i18n.language)}</Table.Cell>
              <Table.Cell>{c.order_id ? <Link to={`/orders/${c.order_id}`}>{c.order_id}</Link> : "–"}</Table.Cell>
              <Table.Cell>{money(c.discount_total, c.template?.currency_code ?? "cny", i18n.language)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Table.Pagination
        count={data.count}
        pageSize={PAGE}
        pageIndex={page}
        pageCount={Math.ceil(data.count / PAGE)}
        canPreviousPage={page > 0}
        canNextPage={(page + 1) * PAGE < data.count}
        previousPage={() => setPage((p) => p - 1)}
        nextPage={() => setPage((p) => p + 1)}
      />
    </>
  )
}

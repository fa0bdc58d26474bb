import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { NoAccess } from "../../components/coupons/no-access"
import { TemplateForm } from "../../components/coupons/template-form"
import { isForbidden, useCouponTemplates } from "../../hooks/use-coupons"
import { termsSummary, windowSummary } from "../../lib/coupon-format"

const PAGE = 20

/** Coupon templates with live claimed / used / remaining counts (优惠券). */
const CouponsPage = () => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [page, setPage] = useState(0)
  const [q, setQ] = useState("")
  const [creating, setCreating] = useState(false)
  const { data, isLoading, error } = useCouponTemplates({ limit: PAGE, offset: page * PAGE, ...(q ? { q } : {}) })
  if (isForbidden(error)) {
    return <NoAccess />
  }
  const count = data?.count ?? 0
  const name = (tpl: { name_zh: string; name_en: string }) => (i18n.language?.startsWith("zh") ? tpl.name_zh : tpl.name_en)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{t("coupons.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("coupons.subtitle")}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Button variant="secondary" size="small" asChild>
            <Link to="/coupons/referrals">{t("coupons.referrals")}</Link>
          </Button>
          <Button size="small" onClick={() => setCreating(true)}>
            {t("coupons.create")}
          </Button>
        </div>
      </div>
      <div className="px-6 py-4">
        <Input
          type="search"
          placeholder={t("common.search")}
          value={q}
          onChange={(e) => {
            setQ(e.target.value)
            setPage(0)
          }}
        />
      </div>
      {isLoading ? (
        <Text className="px-6 py-4">{t("common.loading")}</Text>
      ) : error ? (
        <Text className="px-6 py-4">{t("common.error")}</Text>
      ) : !count ? (
        <Text className="px-6 py-4">{t("coupons.noTemplates")}</Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("coupons.columns.name")}</Table.HeaderCell>
                <Table.HeaderCell>{t("coupons.columns.terms")}</Table.HeaderCell>
                <Table.HeaderCell>{t("coupons.fields.audience")}</Table.HeaderCell>
                <Table.HeaderCell>{t("coupons.columns.stock")}</Table.HeaderCell>
                <Table.HeaderCell>{t("coupons.columns.window")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data!.templates.map((tpl) => (
                <Table.Row key={tpl.id} className="cursor-pointer" onClick={() => navigate(`/coupons/${tpl.id}`)}>
                  <Table.Cell>{name(tpl)}</Table.Cell>
                  <Table.Cell>{termsSummary(tpl, t, i18n.language)}</Table.Cell>
                  <Table.Cell>{t(`coupons.audiences.${tpl.audience}`)}</Table.Cell>
                  <Table.Cell>
                    {tpl.counts.claimed} / {tpl.counts.used} / {tpl.counts.remaining ?? t("coupons.summary.unlimited")}
                  </Table.Cell>
                  <Table.Cell>{windowSummary(tpl, t, i18n.language)}</Table.Cell>
                  <Table.Cell>
                    <Badge color={tpl.status === "active" ? "green" : "grey"} size="2xsmall">
                      {t(`coupons.statuses.${tpl.status}`)}
                    </Badge>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
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
      {creating && <TemplateForm open={creating} onOpenChange={setCreating} />}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "coupons.title",
  translationNs: "translation",
  icon: ReceiptPercent,
})

export default CouponsPage

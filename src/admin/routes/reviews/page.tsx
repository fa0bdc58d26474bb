import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Button, Container, Heading, Table, Tabs, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { NoAccess } from "../../components/coupons/no-access"
import { ReviewRow } from "../../components/reviews/review-row"
import { isForbidden, type ReviewStatus, useReviews } from "../../hooks/use-reviews"

const PAGE = 20
const FILTERS = ["pending", "approved", "hidden", "all"] as const

/** Review moderation (商品评价): pending first, approve / hide / reply. */
const ReviewsPage = () => {
  const { t } = useTranslation()
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>("pending")
  const [page, setPage] = useState(0)
  const status: ReviewStatus | undefined = filter === "all" ? undefined : filter
  const { data, isLoading, error } = useReviews({ status, limit: PAGE, offset: page * PAGE })
  if (isForbidden(error)) return <NoAccess />
  const count = data?.count ?? 0
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{t("reviews.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("reviews.subtitle")}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Button size="small" variant="secondary" asChild>
            <Link to="/reviews/questions">{t("reviews.questionsLink")}</Link>
          </Button>
          <Button size="small" variant="secondary" asChild>
            <Link to="/reviews/faq">{t("reviews.faqLink")}</Link>
          </Button>
        </div>
      </div>
      <div className="px-6 py-3">
        <Tabs
          value={filter}
          onValueChange={(v) => {
            setFilter(v as (typeof FILTERS)[number])
            setPage(0)
          }}
        >
          <Tabs.List>
            {FILTERS.map((f) => (
              <Tabs.Trigger key={f} value={f}>
                {t(`reviews.filters.${f}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      {isLoading ? (
        <Text className="px-6 py-4">{t("common.loading")}</Text>
      ) : error || !data ? (
        <Text className="px-6 py-4">{t("common.error")}</Text>
      ) : !count ? (
        <Text className="px-6 py-4">{t("reviews.noReviews")}</Text>
      ) : (
        <>
          {data.reviews.map((r) => (
            <ReviewRow key={r.id} review={r} />
          ))}
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
  )
}

export const config = defineRouteConfig({
  label: "reviews.title",
  translationNs: "translation",
  icon: ChatBubbleLeftRight,
})

export default ReviewsPage

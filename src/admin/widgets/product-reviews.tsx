import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ReviewRow } from "../components/reviews/review-row"
import { isForbidden, useReviews } from "../hooks/use-reviews"
import { stars } from "../lib/review-format"

const LATEST = 3

/** Product page: the rating of approved reviews and the latest reviews (any status), with moderation. */
const ProductReviewsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useTranslation()
  const { data, isLoading, error } = useReviews({ product_id: product.id, limit: LATEST, offset: 0 })
  if (isForbidden(error)) return null
  const rating = data?.rating
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("reviews.widget.title")}</Heading>
        <Button size="small" variant="secondary" asChild>
          <Link to="/reviews">{t("reviews.widget.manage")}</Link>
        </Button>
      </div>
      {isLoading ? (
        <Text className="px-6 py-4">{t("common.loading")}</Text>
      ) : error || !data ? (
        <Text className="px-6 py-4">{t("common.error")}</Text>
      ) : (
        <>
          <div className="flex items-center gap-x-4 px-6 py-4">
            {rating?.count ? (
              <>
                <Text size="xlarge" weight="plus">
                  {rating.average}
                </Text>
                <div className="flex flex-col">
                  <Text size="small" className="text-ui-tag-orange-icon">
                    {stars(rating.average)}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {t("reviews.widget.count", { count: rating.count })}
                  </Text>
                </div>
              </>
            ) : (
              <Text size="small" className="text-ui-fg-subtle">
                {t("reviews.widget.noRating")}
              </Text>
            )}
          </div>
          {data.reviews.map((r) => (
            <ReviewRow key={r.id} review={r} showProduct={false} />
          ))}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductReviewsWidget

import { Badge, Button, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { type AdminReview, useModerateReview } from "../../hooks/use-reviews"
import { dateTime } from "../../lib/coupon-format"
import { decodeHtml, stars } from "../../lib/review-format"

const STATUS_COLOR = { pending: "orange", approved: "green", hidden: "grey" } as const

/** One review with its moderation actions (approve, hide) and the store's reply. */
export function ReviewRow({ review, showProduct = true }: { review: AdminReview; showProduct?: boolean }) {
  const { t, i18n } = useTranslation()
  const moderate = useModerateReview()
  const [replying, setReplying] = useState(false)
  const [reply, setReply] = useState(decodeHtml(review.reply))
  const run = async (body: { status?: "approved" | "hidden"; reply?: string | null }) => {
    try {
      await moderate.mutateAsync({ id: review.id, ...body })
      toast.success(t("reviews.saved"))
      setReplying(false)
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap items-center gap-x-3">
          <Text size="small" className="text-ui-tag-orange-icon">
            {stars(review.rating)}
          </Text>
          <Badge size="2xsmall" color={STATUS_COLOR[review.status]}>
            {t(`reviews.statuses.${review.status}`)}
          </Badge>
          {showProduct && review.product && (
            <Text size="small" weight="plus">
              {review.product.title}
            </Text>
          )}
          <Text size="xsmall" className="text-ui-fg-subtle">
            {review.author_name ? decodeHtml(review.author_name) : t("reviews.anonymous")}
            {review.customer_email ? ` · ${decodeHtml(review.customer_email)}` : ""} · {dateTime(review.created_at, i18n.language)}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          {review.status !== "approved" && (
            <Button size="small" variant="secondary" isLoading={moderate.isPending} onClick={() => run({ status: "approved" })}>
              {t("reviews.approve")}
            </Button>
          )}
          {review.status !== "hidden" && (
            <Button size="small" variant="secondary" isLoading={moderate.isPending} onClick={() => run({ status: "hidden" })}>
              {t("reviews.hide")}
            </Button>
          )}
          <Button size="small" variant="transparent" onClick={() => setReplying(!replying)}>
            {review.reply ? t("reviews.editReply") : t("reviews.reply")}
          </Button>
        </div>
      </div>
      {review.text && <Text size="small">{decodeHtml(review.text)}</Text>}
      {review.images.length > 0 && (
        <div className="flex flex-wrap gap-2">
          {review.images.map((src) => (
            <a key={src} href={src} target="_blank" rel="noreferrer noopener">
              <img src={src} alt="" className="h-16 w-16 rounded object-cover" />
            </a>
          ))}
        </div>
      )}
      {review.reply && !replying && (
        <Text size="small" className="text-ui-fg-subtle">
          {t("reviews.storeReply")}: {decodeHtml(review.reply)}
        </Text>
      )}
      {replying && (
        <div className="flex flex-col gap-y-2">
          <Textarea value={reply} placeholder={t("reviews.replyPlaceholder")} onChange={(e) => setReply(e.target.value)} />
          <div className="flex justify-end gap-x-2">
            {review.reply && (
              <Button size="small" variant="secondary" onClick={() => run({ reply: null })}>
                {t("reviews.removeReply")}
              </Button>
            )}
            <Button size="small" disabled={!reply.trim()} isLoading={moderate.isPending} onClick={() => run({ reply: reply.trim() })}>
              {t("common.save")}
            </Button>
          </div>
        </div>
      )}
    </div>
  )
}

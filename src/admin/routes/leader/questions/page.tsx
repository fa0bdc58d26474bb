import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Checkbox, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { LeaderGate } from "../../../components/leaders/leader-gate"
import { type AdminQuestion, useLeaderAnswer, useLeaderQuestions } from "../../../hooks/use-reviews"
import { dateTime } from "../../../lib/coupon-format"
import { decodeHtml } from "../../../lib/review-format"

function LeaderQuestion({ q }: { q: AdminQuestion }) {
  const { t, i18n } = useTranslation()
  const answer = useLeaderAnswer()
  const [text, setText] = useState("")
  const submit = async () => {
    try {
      await answer.mutateAsync({ id: q.id, text: text.trim() })
      setText("")
      toast.success(t("reviews.leader.answered"))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <div className="flex flex-col gap-y-2 px-4 py-3">
      <Text size="small" weight="plus">
        {decodeHtml(q.text)}
      </Text>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {q.product?.title ?? q.product_id} · {dateTime(q.created_at, i18n.language)}
      </Text>
      {q.answers.map((a) => (
        <Text key={a.id} size="small">
          <Badge size="2xsmall" className="mr-2">
            {t(`reviews.questions.authors.${a.author_type}`)}
          </Badge>
          {decodeHtml(a.text)}
        </Text>
      ))}
      <div className="flex gap-x-2">
        <Input size="small" value={text} placeholder={t("reviews.questions.answer")} onChange={(e) => setText(e.target.value)} />
        <Button size="small" disabled={!text.trim()} isLoading={answer.isPending} onClick={submit}>
          {t("reviews.questions.answer")}
        </Button>
      </div>
    </div>
  )
}

/** Leaders answer their neighbours' questions about products (phone-sized, like the other leader pages). */
const LeaderQuestionsPage = () => {
  const { t } = useTranslation()
  const [unanswered, setUnanswered] = useState(true)
  const { data, isLoading, error } = useLeaderQuestions({ unanswered: unanswered || undefined, limit: 20, offset: 0 })
  return (
    <LeaderGate needsPoint={false}>
      {() => (
        <Container className="divide-y p-0">
          <div className="flex flex-col gap-y-2 px-4 py-3">
            <Heading>{t("reviews.leader.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("reviews.leader.subtitle")}
            </Text>
            <div className="flex items-center gap-x-2">
              <Checkbox id="leader-unanswered" checked={unanswered} onCheckedChange={(v) => setUnanswered(v === true)} />
              <Label htmlFor="leader-unanswered" size="small">
                {t("reviews.questions.unanswered")}
              </Label>
            </div>
          </div>
          {isLoading ? (
            <Text className="px-4 py-3">{t("common.loading")}</Text>
          ) : error || !data ? (
            <Text className="px-4 py-3">{t("common.error")}</Text>
          ) : !data.questions.length ? (
            <Text className="px-4 py-3">{t("reviews.questions.noQuestions")}</Text>
          ) : (
            data.questions.map((q) => <LeaderQuestion key={q.id} q={q} />)
          )}
        </Container>
      )}
    </LeaderGate>
  )
}

export const config = defineRouteConfig({
  label: "reviews.leader.title",
  translationNs: "translation",
})

export default LeaderQuestionsPage

import { Badge, Button, Checkbox, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { NoAccess } from "../../../components/coupons/no-access"
import {
  type AdminQuestion,
  isForbidden,
  useAnswerQuestion,
  useQuestions,
  useSetAnswerStatus,
  useSetQuestionStatus,
} from "../../../hooks/use-reviews"
import { dateTime } from "../../../lib/coupon-format"
import { decodeHtml } from "../../../lib/review-format"

const PAGE = 20

function QuestionRow({ q }: { q: AdminQuestion }) {
  const { t, i18n } = useTranslation()
  const answer = useAnswerQuestion()
  const setQuestion = useSetQuestionStatus()
  const setAnswer = useSetAnswerStatus()
  const [text, setText] = useState("")
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn()
      toast.success(t("reviews.saved"))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const hidden = q.status === "hidden"
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-col">
          <Text size="small" weight="plus">
            {decodeHtml(q.text)}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {q.product?.title ?? q.product_id} · {q.author_name ? decodeHtml(q.author_name) : t("reviews.anonymous")} · {dateTime(q.created_at, i18n.language)} ·{" "}
            {t("reviews.questions.answers", { count: q.answer_count })}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          {hidden && <Badge size="2xsmall">{t("reviews.statuses.hidden")}</Badge>}
          <Button size="small" variant="secondary" onClick={() => act(() => setQuestion.mutateAsync({ id: q.id, status: hidden ? "visible" : "hidden" }))}>
            {hidden ? t("reviews.show") : t("reviews.hide")}
          </Button>
        </div>
      </div>
      {q.answers.map((a) => (
        <div key={a.id} className="flex items-center justify-between gap-x-2 pl-4">
          <Text size="small" className={a.status === "hidden" ? "text-ui-fg-disabled line-through" : ""}>
            <Badge size="2xsmall" className="mr-2">
              {t(`reviews.questions.authors.${a.author_type}`)}
            </Badge>
            {a.author_name ? `${decodeHtml(a.author_name)}: ` : ""}
            {decodeHtml(a.text)}
          </Text>
          <Button
            size="small"
            variant="transparent"
            onClick={() => act(() => setAnswer.mutateAsync({ questionId: q.id, id: a.id, status: a.status === "hidden" ? "visible" : "hidden" }))}
          >
            {a.status === "hidden" ? t("reviews.show") : t("reviews.hide")}
          </Button>
        </div>
      ))}
      {!hidden && (
        <div className="flex gap-x-2 pl-4">
          <Input size="small" value={text} placeholder={t("reviews.questions.answerPlaceholder")} onChange={(e) => setText(e.target.value)} />
          <Button
            size="small"
            disabled={!text.trim()}
            isLoading={answer.isPending}
            onClick={() => act(async () => {
              await answer.mutateAsync({ id: q.id, text: text.trim() })
              setText("")
            })}
          >
            {t("reviews.questions.answer")}
          </Button>
        </div>
      )}
    </div>
  )
}

/** Questions & answers (问大家): answer as the store, hide questions or answers. */
const QuestionsPage = () => {
  const { t } = useTranslation()
  const [unanswered, setUnanswered] = useState(false)
  const [page, setPage] = useState(0)
  const { data, isLoading, error } = useQuestions({ unanswered: unanswered || undefined, limit: PAGE, offset: page * PAGE })
  if (isForbidden(error)) return <NoAccess />
  const count = data?.count ?? 0
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{t("reviews.questions.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("reviews.questions.subtitle")}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Checkbox
            id="unanswered"
            checked={unanswered}
            onCheckedChange={(v) => {
              setUnanswered(v === true)
              setPage(0)
            }}
          />
          <Label htmlFor="unanswered" size="small">
            {t("reviews.questions.unanswered")}
          </Label>
        </div>
      </div>
      {isLoading ? (
        <Text className="px-6 py-4">{t("common.loading")}</Text>
      ) : error || !data ? (
        <Text className="px-6 py-4">{t("common.error")}</Text>
      ) : !count ? (
        <Text className="px-6 py-4">{t("reviews.questions.noQuestions")}</Text>
      ) : (
        <>
          {data.questions.map((q) => (
            <QuestionRow key={q.id} q={q} />
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

export default QuestionsPage

import { Badge, Button, Checkbox, Container, Heading, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { NoAccess } from "../../../components/coupons/no-access"
import { type AdminFaq, isForbidden, useDeleteFaq, useFaqs, useSaveFaq } from "../../../hooks/use-reviews"
import { decodeHtml } from "../../../lib/review-format"

type Draft = {
  id?: string
  category: string
  question_zh: string
  answer_zh: string
  question_en: string
  answer_en: string
  rank: string
  is_published: boolean
}

const EMPTY: Draft = { category: "", question_zh: "", answer_zh: "", question_en: "", answer_en: "", rank: "0", is_published: true }

const toDraft = (f: AdminFaq): Draft => ({
  id: f.id,
  category: decodeHtml(f.category),
  question_zh: decodeHtml(f.question_zh),
  answer_zh: decodeHtml(f.answer_zh),
  question_en: decodeHtml(f.question_en),
  answer_en: decodeHtml(f.answer_en),
  rank: String(f.rank),
  is_published: f.is_published,
})

function FaqForm({ draft, onDone }: { draft: Draft; onDone: () => void }) {
  const { t } = useTranslation()
  const save = useSaveFaq()
  const [d, setD] = useState(draft)
  const text = (k: "category" | "question_zh" | "question_en" | "rank") => (
    <div className="flex flex-col gap-y-1">
      <Label size="small">{t(`reviews.faq.fields.${k}`)}</Label>
      <Input type={k === "rank" ? "number" : "text"} value={d[k]} onChange={(e) => setD({ ...d, [k]: e.target.value })} />
    </div>
  )
  const area = (k: "answer_zh" | "answer_en") => (
    <div className="col-span-2 flex flex-col gap-y-1">
      <Label size="small">{t(`reviews.faq.fields.${k}`)}</Label>
      <Textarea value={d[k]} onChange={(e) => setD({ ...d, [k]: e.target.value })} />
    </div>
  )
  const submit = async () => {
    try {
      await save.mutateAsync({
        ...(d.id ? { id: d.id } : {}),
        category: d.category.trim() || null,
        question_zh: d.question_zh.trim(),
        answer_zh: d.answer_zh.trim(),
        question_en: d.question_en.trim() || null,
        answer_en: d.answer_en.trim() || null,
        rank: Number(d.rank) || 0,
        is_published: d.is_published,
      })
      toast.success(t("reviews.saved"))
      onDone()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <div className="grid grid-cols-2 gap-3 px-6 py-4">
      {text("question_zh")}
      {text("question_en")}
      {area("answer_zh")}
      {area("answer_en")}
      {text("category")}
      {text("rank")}
      <div className="flex items-center gap-x-2">
        <Checkbox id="faq-published" checked={d.is_published} onCheckedChange={(v) => setD({ ...d, is_published: v === true })} />
        <Label htmlFor="faq-published" size="small">
          {t("reviews.faq.fields.is_published")}
        </Label>
      </div>
      <div className="flex justify-end gap-x-2">
        <Button size="small" variant="secondary" onClick={onDone}>
          {t("common.cancel")}
        </Button>
        <Button size="small" disabled={!d.question_zh.trim() || !d.answer_zh.trim()} isLoading={save.isPending} onClick={submit}>
          {t("common.save")}
        </Button>
      </div>
    </div>
  )
}

/** The store FAQ (常见问题) in Chinese and English. */
const FaqPage = () => {
  const { t, i18n } = useTranslation()
  const { data, isLoading, error } = useFaqs()
  const remove = useDeleteFaq()
  const [editing, setEditing] = useState<Draft | null>(null)
  if (isForbidden(error)) return <NoAccess />
  const zh = i18n.language?.startsWith("zh")
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{t("reviews.faq.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("reviews.faq.subtitle")}
          </Text>
        </div>
        <Button size="small" onClick={() => setEditing(EMPTY)}>
          {t("reviews.faq.add")}
        </Button>
      </div>
      {editing && !editing.id && <FaqForm draft={editing} onDone={() => setEditing(null)} />}
      {isLoading ? (
        <Text className="px-6 py-4">{t("common.loading")}</Text>
      ) : error || !data ? (
        <Text className="px-6 py-4">{t("common.error")}</Text>
      ) : !data.faqs.length ? (
        <Text className="px-6 py-4">{t("reviews.faq.noEntries")}</Text>
      ) : (
        data.faqs.map((f) =>
          editing?.id === f.id ? (
            <FaqForm key={f.id} draft={editing} onDone={() => setEditing(null)} />
          ) : (
            <div key={f.id} className="flex items-start justify-between gap-x-4 px-6 py-4">
              <div className="flex flex-col gap-y-1">
                <Text size="small" weight="plus">
                  {decodeHtml(zh || !f.question_en ? f.question_zh : f.question_en)}
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {decodeHtml(zh || !f.answer_en ? f.answer_zh : f.answer_en)}
                </Text>
                <div className="flex gap-x-2">
                  <Badge size="2xsmall" color={f.is_published ? "green" : "grey"}>
                    {f.is_published ? t("reviews.faq.published") : t("reviews.faq.draft")}
                  </Badge>
                  {f.category && <Badge size="2xsmall">{decodeHtml(f.category)}</Badge>}
                  <Badge size="2xsmall">#{f.rank}</Badge>
                </div>
              </div>
              <div className="flex gap-x-2">
                <Button size="small" variant="secondary" onClick={() => setEditing(toDraft(f))}>
                  {t("reviews.faq.edit")}
                </Button>
                <Button
                  size="small"
                  variant="danger"
                  isLoading={remove.isPending}
                  onClick={async () => {
                    try {
                      await remove.mutateAsync(f.id)
                      toast.success(t("reviews.faq.deleted"))
                    } catch (e) {
                      toast.error((e as Error).message)
                    }
                  }}
                >
                  {t("reviews.faq.delete")}
                </Button>
              </div>
            </div>
          )
        )
      )}
    </Container>
  )
}

export default FaqPage

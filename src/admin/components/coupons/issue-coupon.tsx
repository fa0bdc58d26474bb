import { Button, Input, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useIssueCoupon } from "../../hooks/use-coupons"

/** Issue one coupon of a template to a customer by id. */
export function IssueCoupon({ templateId }: { templateId: string }) {
  const { t } = useTranslation()
  const [customerId, setCustomerId] = useState("")
  const [note, setNote] = useState("")
  const issue = useIssueCoupon(templateId)
  const submit = async () => {
    try {
      await issue.mutateAsync({ customer_id: customerId.trim(), ...(note ? { note } : {}) })
      toast.success(t("coupons.actions.issued"))
      setCustomerId("")
      setNote("")
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-2 px-6 py-4">
      <Input className="w-64" placeholder={t("coupons.actions.issueHint")} value={customerId} onChange={(e) => setCustomerId(e.target.value)} />
      <Input className="w-64" placeholder={t("coupons.actions.issueNote")} value={note} onChange={(e) => setNote(e.target.value)} />
      <Button size="small" variant="secondary" disabled={!customerId.trim()} isLoading={issue.isPending} onClick={submit}>
        {t("coupons.actions.issue")}
      </Button>
    </div>
  )
}

import { Button, Label, Prompt, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"

/** A confirmation that needs a reason (reject an application, suspend a leader); the reason is required. */
export function ReasonDialog({
  open,
  title,
  description,
  confirmText,
  isLoading,
  onConfirm,
  onOpenChange,
}: {
  open: boolean
  title: string
  description: string
  confirmText: string
  isLoading?: boolean
  onConfirm: (reason: string) => void | Promise<void>
  onOpenChange: (open: boolean) => void
}) {
  const { t } = useTranslation()
  const [reason, setReason] = useState("")
  return (
    <Prompt open={open} onOpenChange={onOpenChange} variant="danger">
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>{title}</Prompt.Title>
          <Prompt.Description>{description}</Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-2 px-6 pb-4">
          <Label size="small" weight="plus" htmlFor="reason-text">
            {t("leaders.reason")}
          </Label>
          <Textarea id="reason-text" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </div>
        <Prompt.Footer>
          <Prompt.Cancel>{t("common.cancel")}</Prompt.Cancel>
          <Button
            size="small"
            variant="danger"
            disabled={!reason.trim()}
            isLoading={isLoading}
            onClick={() => onConfirm(reason.trim())}
          >
            {confirmText}
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}

import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { Problem } from "../../lib/group-buy-form"

/** A form problem in the operator's language (`groupBuy.form.problems.<key>`), or nothing. */
export function ProblemText({ problem }: { problem?: Problem }) {
  const { t } = useTranslation()
  if (!problem) return null
  return (
    <Text size="xsmall" className="text-ui-fg-error" role="alert">
      {t(`groupBuy.form.problems.${problem.key}`, problem.values ?? {})}
    </Text>
  )
}

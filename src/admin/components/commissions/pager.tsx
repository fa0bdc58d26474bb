import { Button, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

/** Previous / next for a list answered as { count, offset, limit }. */
export function Pager({ count, page, size, onPage }: { count: number; page: number; size: number; onPage: (page: number) => void }) {
  const { t } = useTranslation()
  if (count <= size) return null
  return (
    <div className="flex items-center justify-between px-4 py-3">
      <Button size="small" variant="secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t("commissions.previous")}
      </Button>
      <Text size="small">
        {page + 1} / {Math.ceil(count / size)}
      </Text>
      <Button size="small" variant="secondary" disabled={(page + 1) * size >= count} onClick={() => onPage(page + 1)}>
        {t("commissions.next")}
      </Button>
    </div>
  )
}

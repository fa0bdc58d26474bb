import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

type Color = "green" | "orange" | "red" | "grey" | "blue" | "purple"

const COLORS: Record<string, Record<string, Color>> = {
  application: { applied: "orange", approved: "green", rejected: "red", withdrawn: "grey" },
  leader: { active: "green", suspended: "red" },
  point: { active: "green", paused: "orange", closed: "grey" },
  batch: { open: "orange", dispatched: "blue", arrived: "green" },
  pickup: { pending: "grey", collectable: "orange", picked_up: "green", canceled: "red" },
}

/** A status as a coloured badge, its label from `leaders.status.<kind>.<status>`. */
export function StatusBadge({ kind, status }: { kind: keyof typeof COLORS; status: string }) {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={COLORS[kind][status] ?? "grey"}>
      {t(`leaders.status.${kind}.${status}`, { defaultValue: status })}
    </Badge>
  )
}

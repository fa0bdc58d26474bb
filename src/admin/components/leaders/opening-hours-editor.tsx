import { Button, Input, Label, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { WEEKDAYS, type Weekday } from "../../lib/leader-format"

/**
 * Opening hours as one text field per weekday ("08:00-21:00", several intervals comma separated, empty =
 * closed). Works at phone width: one row per day, the label above the field.
 */
export function OpeningHoursEditor({
  value,
  onChange,
  invalid = [],
}: {
  value: Record<Weekday, string>
  onChange: (value: Record<Weekday, string>) => void
  invalid?: Weekday[]
}) {
  const { t } = useTranslation()
  const copyMonday = () => onChange(Object.fromEntries(WEEKDAYS.map((d) => [d, value.mon])) as Record<Weekday, string>)
  return (
    <div className="flex flex-col gap-y-2">
      <Text size="xsmall" className="text-ui-fg-subtle">
        {t("leaders.hours.hint")}
      </Text>
      {WEEKDAYS.map((d) => (
        <div key={d} className="grid grid-cols-[3.5rem_1fr] items-center gap-x-2">
          <Label size="small" htmlFor={`hours-${d}`}>
            {t(`leaders.weekdays.${d}`)}
          </Label>
          <Input
            id={`hours-${d}`}
            size="small"
            inputMode="text"
            placeholder={t("leaders.hours.closed")}
            value={value[d]}
            aria-invalid={invalid.includes(d)}
            onChange={(e) => onChange({ ...value, [d]: e.target.value })}
          />
        </div>
      ))}
      <div>
        <Button type="button" size="small" variant="transparent" onClick={copyMonday}>
          {t("leaders.hours.copyMonday")}
        </Button>
      </div>
    </div>
  )
}

import { Button, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useLeaderSettings, useUpdateLeaderSettings, type BindingMode } from "../../hooks/use-leaders"

/** The store's binding mode (锁粉): permanent, N days, or latest wins. */
export function BindingSettings() {
  const { t } = useTranslation()
  const { data } = useLeaderSettings()
  const update = useUpdateLeaderSettings()
  const [mode, setMode] = useState<BindingMode>("permanent")
  const [days, setDays] = useState("")
  useEffect(() => {
    if (data) {
      setMode(data.leader_settings.binding_mode)
      setDays(data.leader_settings.binding_days ? String(data.leader_settings.binding_days) : "")
    }
  }, [data])
  const save = async () => {
    try {
      await update.mutateAsync({ binding_mode: mode, binding_days: mode === "days" ? Number(days) : null })
      toast.success(t("leaders.binding.saved"))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Text size="small" weight="plus">
        {t("leaders.binding.title")}
      </Text>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {t("leaders.binding.hint")}
      </Text>
      <div className="flex flex-wrap items-end gap-2">
        <div className="w-56">
          <Select value={mode} onValueChange={(v) => setMode(v as BindingMode)}>
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {(["permanent", "days", "latest"] as const).map((m) => (
                <Select.Item key={m} value={m}>
                  {t(`leaders.binding.modes.${m}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        {mode === "days" && (
          <div className="flex flex-col gap-y-1">
            <Label size="xsmall" htmlFor="binding-days">
              {t("leaders.binding.days")}
            </Label>
            <Input id="binding-days" className="w-28" type="number" min={1} value={days} onChange={(e) => setDays(e.target.value)} />
          </div>
        )}
        <Button size="small" variant="secondary" onClick={save} isLoading={update.isPending} disabled={mode === "days" && !Number(days)}>
          {t("common.save")}
        </Button>
      </div>
    </div>
  )
}

import { XMark } from "@medusajs/icons"
import { Button, IconButton, Input, Label, Select, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { CampaignKind } from "../../hooks/use-group-buy"
import type { CurrencyTiers, Problems, TierRow } from "../../lib/group-buy-form"
import { ProblemText } from "./problem-text"

/**
 * Price tiers per currency: rows of "from N members (or units) → unit price", thresholds rising and prices
 * falling as entered; the first threshold is the success threshold. Problems are shown under each input.
 */
export function TiersEditor({
  kind,
  value,
  currencies,
  problems,
  disabled = false,
  onChange,
}: {
  kind: CampaignKind
  value: CurrencyTiers[]
  currencies: string[]
  problems: Problems
  disabled?: boolean
  onChange: (next: CurrencyTiers[]) => void
}) {
  const { t } = useTranslation()
  const unused = currencies.filter((c) => !value.some((v) => v.currency_code === c))
  const setRows = (currency: string, rows: TierRow[]) =>
    onChange(value.map((v) => (v.currency_code === currency ? { ...v, rows } : v)))
  const unit = kind === "team" ? t("groupBuy.form.tiers.members") : t("groupBuy.form.tiers.units")
  return (
    <div className="flex flex-col gap-y-4">
      <Text size="small" className="text-ui-fg-subtle">
        {t("groupBuy.form.tiers.hint", { unit })}
      </Text>
      <ProblemText problem={problems.tiers} />
      {value.map(({ currency_code: currency, rows }) => {
        const code = currency.toUpperCase()
        return (
          <div key={currency} className="flex flex-col gap-y-2 rounded-md border border-ui-border-base p-3">
            <div className="flex items-center justify-between">
              <Text size="small" weight="plus">
                {t("groupBuy.form.tiers.currency", { currency: code })}
              </Text>
              {value.length > 1 && !disabled && (
                <Button size="small" variant="transparent" onClick={() => onChange(value.filter((v) => v.currency_code !== currency))}>
                  {t("groupBuy.form.tiers.removeCurrency", { currency: code })}
                </Button>
              )}
            </div>
            <ProblemText problem={problems[`tiers.${currency}`]} />
            <div className="grid grid-cols-[1fr_1fr_auto] items-start gap-x-2 gap-y-1">
              <Label size="xsmall" weight="plus">
                {t("groupBuy.form.tiers.threshold", { unit })}
              </Label>
              <Label size="xsmall" weight="plus">
                {t("groupBuy.form.tiers.price", { currency: code })}
              </Label>
              <span />
              {rows.map((row, i) => {
                const set = (patch: Partial<TierRow>) => setRows(currency, rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))
                return [
                  <div key={`${i}-t`} className="flex flex-col gap-y-1">
                    <Input
                      size="small"
                      type="number"
                      min={1}
                      step={1}
                      aria-label={t("groupBuy.form.tiers.thresholdOf", { n: i + 1, currency: code })}
                      value={row.threshold}
                      disabled={disabled}
                      aria-invalid={!!problems[`tiers.${currency}.${i}.threshold`]}
                      onChange={(e) => set({ threshold: e.target.value })}
                    />
                    <ProblemText problem={problems[`tiers.${currency}.${i}.threshold`]} />
                  </div>,
                  <div key={`${i}-p`} className="flex flex-col gap-y-1">
                    <Input
                      size="small"
                      type="number"
                      min={0}
                      step="0.01"
                      aria-label={t("groupBuy.form.tiers.priceOf", { n: i + 1, currency: code })}
                      value={row.price}
                      disabled={disabled}
                      aria-invalid={!!problems[`tiers.${currency}.${i}.price`]}
                      onChange={(e) => set({ price: e.target.value })}
                    />
                    <ProblemText problem={problems[`tiers.${currency}.${i}.price`]} />
                  </div>,
                  <IconButton
                    key={`${i}-x`}
                    size="small"
                    variant="transparent"
                    type="button"
                    aria-label={t("groupBuy.form.tiers.removeTier", { n: i + 1 })}
                    disabled={disabled || rows.length === 1}
                    onClick={() => setRows(currency, rows.filter((_, j) => j !== i))}
                  >
                    <XMark />
                  </IconButton>,
                ]
              })}
            </div>
            {!disabled && (
              <div>
                <Button
                  size="small"
                  variant="secondary"
                  type="button"
                  onClick={() => setRows(currency, [...rows, { threshold: "", price: "" }])}
                >
                  {t("groupBuy.form.tiers.addTier")}
                </Button>
              </div>
            )}
          </div>
        )
      })}
      {!disabled && unused.length > 0 && (
        <div className="flex items-center gap-x-2">
          <Select
            value=""
            onValueChange={(c) => onChange([...value, { currency_code: c, rows: [{ threshold: "", price: "" }] }])}
          >
            <Select.Trigger className="w-56">
              <Select.Value placeholder={t("groupBuy.form.tiers.addCurrency")} />
            </Select.Trigger>
            <Select.Content>
              {unused.map((c) => (
                <Select.Item key={c} value={c}>
                  {c.toUpperCase()}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      )}
    </div>
  )
}

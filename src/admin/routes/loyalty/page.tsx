import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Sparkles } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { NoAccess } from "../../components/coupons/no-access"
import { isForbidden, useLoyaltySettings, useUpdateLoyaltySettings, type LoyaltySettings, type LoyaltyTier } from "../../hooks/use-loyalty"

type Form = Omit<LoyaltySettings, "checkin_rewards"> & { checkin_rewards: string }

const NUMBER_FIELDS = ["earn_points_per_unit", "redeem_points_per_unit", "redeem_max_share", "expiry_months", "expiring_soon_days"] as const
const TIER_TEXT = ["code", "name", "name_en"] as const
const TIER_NUMBERS = ["rank", "min_spend", "multiplier", "free_shipping_threshold"] as const
/** A tier as edited: number fields hold what was typed until saving. */
type TierDraft = Omit<LoyaltyTier, (typeof TIER_NUMBERS)[number]> & {
  [K in (typeof TIER_NUMBERS)[number]]: LoyaltyTier[K] | string
}

/** Points & tiers settings (积分与会员): rates, check-in table, expiry, tier review and the tiers. */
const LoyaltySettingsPage = () => {
  const { t } = useTranslation()
  const { data, error } = useLoyaltySettings()
  const save = useUpdateLoyaltySettings()
  const [form, setForm] = useState<Form | null>(null)
  const [tiers, setTiers] = useState<TierDraft[]>([])
  useEffect(() => {
    if (data) {
      setForm({ ...data.settings, checkin_rewards: data.settings.checkin_rewards.join(", ") })
      setTiers(data.tiers)
    }
  }, [data])
  if (isForbidden(error)) return <NoAccess />
  if (!form) return <Text>{t("common.loading")}</Text>

  const setTier = (i: number, patch: Partial<TierDraft>) => setTiers(tiers.map((x, j) => (j === i ? { ...x, ...patch } : x)))
  const submit = async () => {
    try {
      await save.mutateAsync({
        ...Object.fromEntries(NUMBER_FIELDS.map((k) => [k, Number(form[k])])),
        checkin_rewards: form.checkin_rewards.split(/[,，\s]+/).filter(Boolean).map(Number),
        tier_basis: form.tier_basis,
        tier_review_date: form.tier_review_date,
        tiers: tiers.map(({ id: _id, ...tier }) => ({
          ...tier,
          name_en: tier.name_en || null,
          free_shipping_threshold: tier.free_shipping_threshold === null || tier.free_shipping_threshold === "" ? null : Number(tier.free_shipping_threshold),
          rank: Number(tier.rank),
          min_spend: Number(tier.min_spend),
          multiplier: Number(tier.multiplier),
        })),
      })
      toast.success(t("loyalty.saved"))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading>{t("loyalty.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("loyalty.subtitle")}
          </Text>
        </div>
        <div className="grid grid-cols-2 gap-4 px-6 py-4">
          {NUMBER_FIELDS.map((k) => (
            <div key={k} className="flex flex-col gap-y-1">
              <Label size="small">{t(`loyalty.fields.${k}`)}</Label>
              <Input type="number" value={String(form[k])} onChange={(e) => setForm({ ...form, [k]: e.target.value })} />
            </div>
          ))}
          <div className="flex flex-col gap-y-1">
            <Label size="small">{t("loyalty.fields.checkin_rewards")}</Label>
            <Input value={form.checkin_rewards} onChange={(e) => setForm({ ...form, checkin_rewards: e.target.value })} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="small">{t("loyalty.fields.tier_basis")}</Label>
            <Select value={form.tier_basis} onValueChange={(v) => setForm({ ...form, tier_basis: v as Form["tier_basis"] })}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {(["rolling_12_months", "lifetime"] as const).map((b) => (
                  <Select.Item key={b} value={b}>
                    {t(`loyalty.basis.${b}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="small">{t("loyalty.fields.tier_review_date")}</Label>
            <Input value={form.tier_review_date} onChange={(e) => setForm({ ...form, tier_review_date: e.target.value })} />
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("loyalty.fields.last_review")}: {form.last_tier_review_year ?? "–"}
            </Text>
          </div>
        </div>
      </Container>
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h2">{t("loyalty.tiers.title")}</Heading>
          <Button
            size="small"
            variant="secondary"
            onClick={() =>
              setTiers([...tiers, { code: "", name: "", name_en: null, rank: tiers.length, min_spend: 0, multiplier: 1, free_shipping_threshold: null }])
            }
          >
            {t("loyalty.tiers.add")}
          </Button>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              {[...TIER_TEXT, ...TIER_NUMBERS].map((k) => (
                <Table.HeaderCell key={k}>{t(`loyalty.tiers.${k}`)}</Table.HeaderCell>
              ))}
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {tiers.map((tier, i) => (
              <Table.Row key={tier.id ?? `new-${i}`}>
                {TIER_TEXT.map((k) => (
                  <Table.Cell key={k}>
                    <Input size="small" value={tier[k] ?? ""} onChange={(e) => setTier(i, { [k]: e.target.value })} />
                  </Table.Cell>
                ))}
                {TIER_NUMBERS.map((k) => (
                  <Table.Cell key={k}>
                    <Input
                      size="small"
                      type="number"
                      value={tier[k] === null ? "" : String(tier[k])}
                      onChange={(e) => setTier(i, { [k]: e.target.value === "" && k === "free_shipping_threshold" ? null : e.target.value })}
                    />
                  </Table.Cell>
                ))}
                <Table.Cell>
                  <Button size="small" variant="transparent" onClick={() => setTiers(tiers.filter((_, j) => j !== i))}>
                    {t("loyalty.tiers.remove")}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <div className="flex justify-end px-6 py-4">
          <Button onClick={submit} isLoading={save.isPending}>
            {t("common.save")}
          </Button>
        </div>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "loyalty.title",
  translationNs: "translation",
  icon: Sparkles,
})

export default LoyaltySettingsPage

import couponData from "../../../data/coupons.json"
import { addStoreDays, storeDay, storeTime } from "../../lib/store-settings"
import { couponService } from "../../workflows/coupon/utils/coupon-service"
import { createCouponTemplateWorkflow } from "../../workflows/coupon"
import type { CouponTemplateFields } from "../../workflows/coupon/types"
import type { SeedContext } from "./types"

type SeedTemplate = (typeof couponData.templates)[number] & {
  scope_categories?: string[]
  flash_window?: { days_from_seed: number; from: string; hours: number }
}

function fields(t: SeedTemplate, categoryIds: Record<string, string>): CouponTemplateFields {
  const { key: _key, scope_categories, flash_window, ...rest } = t
  const window = flash_window
    ? (() => {
        const starts = storeTime(addStoreDays(storeDay(new Date()), flash_window.days_from_seed), flash_window.from)
        return { starts_at: starts, ends_at: new Date(starts.getTime() + flash_window.hours * 3600 * 1000) }
      })()
    : {}
  return {
    ...(rest as Omit<CouponTemplateFields, "scope_ids">),
    ...(scope_categories ? { scope_ids: scope_categories.map((h) => categoryIds[h]) } : {}),
    ...window,
  }
}

/**
 * Demo coupon templates (data/coupons.json), found by Chinese name before being created, and the
 * invite-a-friend rewards (set once, while the settings were never saved).
 */
export async function seedCoupons({ container, log }: SeedContext, { categoryIds }: { categoryIds: Record<string, string> }) {
  const service = couponService(container)
  const templates = couponData.templates as SeedTemplate[]
  const existing = await service.listCouponTemplates({ name_zh: templates.map((t) => t.name_zh) }, { select: ["id", "name_zh"] })
  const ids: Record<string, string> = Object.fromEntries(
    templates.map((t) => [t.key, existing.find((e) => e.name_zh === t.name_zh)?.id]).filter(([, id]) => id)
  )
  for (const t of templates.filter((t) => !ids[t.key])) {
    const { result } = await createCouponTemplateWorkflow(container).run({ input: { template: fields(t, categoryIds) } })
    ids[t.key] = result.id
    log(`created coupon template ${t.name_zh}`)
  }
  const [settings] = await service.listReferralSettings({ key: "default" })
  if (!settings) {
    const { referrer, invitee } = couponData.referral
    await service.createReferralSettings({
      key: "default",
      enabled: true,
      referrer_reward_type: "coupon",
      referrer_template_id: ids[referrer.template],
      invitee_reward_type: "coupon",
      invitee_template_id: ids[invitee.template],
    })
    log("set the invite-a-friend rewards")
  }
  return ids
}

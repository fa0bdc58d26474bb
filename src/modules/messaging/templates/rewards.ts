import type { TemplateDefinition } from "../utils/render"

/** Coupons and points ("coupons_points": a customer may switch these off). */
export const rewardTemplates: Record<string, TemplateDefinition> = {
  "coupon.issued": {
    category: "coupons_points",
    // Data from src/subscribers/coupon-issued-notify.ts: claim_id, template_id, source (register | issue | referral),
    // the coupon's names coupon_name (zh-CN) and coupon_name_en.
    sample: { claim_id: "cpclm_1", template_id: "cptpl_1", source: "register", coupon_name: "新人见面礼", coupon_name_en: "Welcome gift" },
    render: {
      "zh-CN": (r) => ({
        subject: "优惠券已到账",
        text: `${r.s("source") === "register" ? "欢迎加入！" : r.s("source") === "referral" ? "邀请好友奖励到啦！" : ""}一张优惠券${r.has("coupon_name") ? `「${r.s("coupon_name")}」` : ""}已放入您的券包，下单时可直接使用。`,
      }),
      en: (r) => ({
        subject: "A coupon for you",
        text: `${r.s("source") === "register" ? "Welcome! " : r.s("source") === "referral" ? "Thanks for inviting a friend! " : ""}A coupon${r.has("coupon_name_en") ? ` ("${r.s("coupon_name_en")}")` : r.has("coupon_name") ? ` ("${r.s("coupon_name")}")` : ""} is in your wallet, ready for your next order.`,
      }),
    },
  },
  "coupon.expiring_soon": {
    category: "coupons_points",
    sample: { count: 2, coupon_names: ["满49减10", "新人券"], coupon_names_en: ["¥10 off ¥49", "Welcome coupon"], expires_at: "2026-12-10T15:59:59.000Z", claim_ids: ["cpclm_1", "cpclm_2"] },
    render: {
      "zh-CN": (r) => ({
        subject: "优惠券即将过期",
        text: `您有 ${r.s("count", "1")} 张优惠券${r.has("coupon_names") ? `（${r.list("coupon_names")}）` : ""}将于 ${r.date("expires_at")} 过期，别忘了使用哦。`,
      }),
      en: (r) => ({
        subject: "Coupons expiring soon",
        text: `${r.s("count", "1")} of your coupons${r.has("coupon_names_en") ? ` (${r.list("coupon_names_en")})` : r.has("coupon_names") ? ` (${r.list("coupon_names")})` : ""} expire on ${r.date("expires_at")}. Use them before they are gone.`,
      }),
    },
  },
  "points.expiring_soon": {
    category: "coupons_points",
    sample: { points: 350, expires_at: "2026-12-31T15:59:59.000Z", lot_ids: ["llot_1"] },
    render: {
      "zh-CN": (r) => ({
        subject: "积分即将过期",
        text: `您有 ${r.s("points")} 积分将于 ${r.date("expires_at")} 过期，下单时可抵现金。`,
      }),
      en: (r) => ({
        subject: "Points expiring soon",
        text: `${r.s("points")} of your points expire on ${r.date("expires_at")}. Use them to pay for part of your next order.`,
      }),
    },
  },
}

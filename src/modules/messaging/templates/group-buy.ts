import type { TemplateDefinition, TemplateReader } from "../utils/render"

/**
 * Group buying. Joined and succeeded are "group updates" (a customer may switch them off); a failed group
 * cancels the order and a member refund moves money, so those two are always sent.
 * Data (group-buy domain): group_id, campaign_id, campaign_title (or campaign.title), order_id, display_id,
 * members / target for progress, amount + currency_code for refunds, reason.
 */
const title = (r: TemplateReader, fallback: string) => r.first(["campaign_title", "campaign.title", "product_title", "title"], fallback)
const sample = {
  group_id: "gbgrp_1",
  campaign_id: "gbcmp_1",
  campaign_title: "三亚麒麟西瓜 3人团",
  order_id: "order_1",
  display_id: 1024,
  member_count: 2,
  target_count: 3,
  amount: 9.9,
  currency_code: "cny",
}

export const groupBuyTemplates: Record<string, TemplateDefinition> = {
  "group_buy.member_joined": {
    category: "group_updates",
    sample,
    render: {
      "zh-CN": (r) => {
        const left = (r.n("target_count") ?? 0) - (r.n("member_count") ?? 0)
        return {
          subject: "参团成功",
          text: `您已加入「${title(r, "拼团")}」。${left > 0 ? `还差 ${left} 人成团，快邀请邻居一起拼吧！` : "成团后我们会通知您。"}`,
        }
      },
      en: (r) => {
        const left = (r.n("target_count") ?? 0) - (r.n("member_count") ?? 0)
        return {
          subject: "You joined the group",
          text: `You joined "${title(r, "the group deal")}". ${left > 0 ? `${left} more to go: invite your neighbours!` : "We will tell you when it succeeds."}`,
        }
      },
    },
  },
  "group_buy.succeeded": {
    category: "group_updates",
    sample,
    render: {
      "zh-CN": (r) => ({
        subject: "拼团成功",
        text: `您参加的「${title(r, "拼团")}」已成团！我们会尽快为您备货${r.has("display_id") ? `（订单 #${r.s("display_id")}）` : ""}。`,
      }),
      en: (r) => ({
        subject: "Your group succeeded",
        text: `"${title(r, "Your group deal")}" succeeded! We are getting your order${r.has("display_id") ? ` #${r.s("display_id")}` : ""} ready.`,
      }),
    },
  },
  "group_buy.failed": {
    category: "order_status",
    sample,
    render: {
      "zh-CN": (r) => ({
        subject: "拼团未成功",
        text: `很遗憾，「${title(r, "拼团")}」未能在截止前成团，您的订单已取消${r.has("amount") ? `，${r.money("amount")} 将原路退回` : "，已支付的款项将原路退回"}。`,
      }),
      en: (r) => ({
        subject: "Your group did not succeed",
        text: `Sorry, "${title(r, "your group deal")}" did not fill up in time. Your order is canceled${r.has("amount") ? ` and ${r.money("amount")} is refunded` : " and anything you paid is refunded"}.`,
      }),
    },
  },
  "group_buy.member_refunded": {
    category: "refunds",
    sample: { ...sample, reason: "price_protection", amount: 1.1 },
    render: {
      "zh-CN": (r) => ({
        subject: "退款通知",
        text:
          r.s("reason") === "price_protection"
            ? `「${title(r, "拼团")}」最终成团价更低，差价 ${r.money("amount")} 已退回您的原支付账户。`
            : `「${title(r, "拼团")}」的 ${r.money("amount")} 已退回您的原支付账户。`,
      }),
      en: (r) => ({
        subject: "Refund issued",
        text:
          r.s("reason") === "price_protection"
            ? `"${title(r, "Your group deal")}" closed at a lower price: the difference, ${r.money("amount")}, was refunded to you.`
            : `${r.money("amount")} for "${title(r, "your group deal")}" was refunded to your original payment method.`,
      }),
    },
  },
}

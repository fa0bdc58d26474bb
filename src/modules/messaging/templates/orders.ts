import type { TemplateDefinition, TemplateReader } from "../utils/render"

/** Order status (transactional: always sent). Data: display_id, total, currency_code, item_titles, tracking_numbers. */
const no = (r: TemplateReader) => r.s("display_id", r.s("order_id"))
const orderSample = { order_id: "order_1", display_id: 1024, total: 88.8, currency_code: "cny", item_titles: ["三亚麒麟西瓜", "烟台红富士苹果"] }

export const orderTemplates: Record<string, TemplateDefinition> = {
  "order.placed": {
    category: "order_status",
    sample: orderSample,
    render: {
      "zh-CN": (r) => ({
        subject: "订单已提交",
        text: `您的订单 #${no(r)} 已提交${r.has("total") ? `，实付 ${r.money("total")}` : ""}。${r.has("item_titles") ? `商品：${r.list("item_titles")}。` : ""}我们会尽快为您备货。`,
      }),
      en: (r) => ({
        subject: "Order placed",
        text: `Your order #${no(r)}${r.has("total") ? ` for ${r.money("total")}` : ""} has been placed.${r.has("item_titles") ? ` Items: ${r.list("item_titles")}.` : ""} We are getting it ready.`,
      }),
    },
  },
  "order.canceled": {
    category: "order_status",
    sample: orderSample,
    render: {
      "zh-CN": (r) => ({
        subject: "订单已取消",
        text: `您的订单 #${no(r)} 已取消。已支付的款项将原路退回。`,
      }),
      en: (r) => ({
        subject: "Order canceled",
        text: `Your order #${no(r)} has been canceled. Anything you paid is refunded to your original payment method.`,
      }),
    },
  },
  "order.shipped": {
    category: "order_status",
    sample: { ...orderSample, tracking_numbers: ["SF1234567890"] },
    render: {
      "zh-CN": (r) => ({
        subject: "订单已发货",
        text: `您的订单 #${no(r)} 已发货${r.has("tracking_numbers") ? `，运单号：${r.list("tracking_numbers")}` : ""}。`,
      }),
      en: (r) => ({
        subject: "Order shipped",
        text: `Your order #${no(r)} is on its way${r.has("tracking_numbers") ? ` (tracking: ${r.list("tracking_numbers")})` : ""}.`,
      }),
    },
  },
  "order.delivered": {
    category: "order_status",
    sample: orderSample,
    render: {
      "zh-CN": (r) => ({ subject: "订单已送达", text: `您的订单 #${no(r)} 已送达，请注意查收。` }),
      en: (r) => ({ subject: "Order delivered", text: `Your order #${no(r)} has been delivered.` }),
    },
  },
  "order.completed": {
    category: "order_status",
    sample: orderSample,
    render: {
      "zh-CN": (r) => ({ subject: "订单已完成", text: `您的订单 #${no(r)} 已完成。欢迎为购买的商品写下评价。` }),
      en: (r) => ({ subject: "Order completed", text: `Your order #${no(r)} is complete. Tell your neighbours what you think: review what you bought.` }),
    },
  },
}

import type { TemplateDefinition } from "../utils/render"

/** Pickup (transactional). Data from src/subscribers/pickup-order-ready.ts: display_id, pickup_point { name, address }. */
export const pickupTemplates: Record<string, TemplateDefinition> = {
  "pickup.order_ready": {
    category: "pickup",
    sample: {
      order_id: "order_1",
      display_id: 1024,
      pickup_point: { id: "pkpt_1", name: "文三路邻里驿站", address: "西湖区文三路259号", contact_phone: "13800138000" },
    },
    render: {
      "zh-CN": (r) => ({
        subject: "商品已到自提点",
        text: `您的订单 #${r.first(["display_id", "order_id"])} 已到达自提点${r.has("pickup_point.name") ? `「${r.s("pickup_point.name")}」` : ""}${r.has("pickup_point.address") ? `（${r.s("pickup_point.address")}）` : ""}，请凭提货码取货。${r.has("pickup_point.contact_phone") ? `团长电话：${r.s("pickup_point.contact_phone")}` : ""}`,
      }),
      en: (r) => ({
        subject: "Ready for pickup",
        text: `Your order #${r.first(["display_id", "order_id"])} has arrived at ${r.has("pickup_point.name") ? `"${r.s("pickup_point.name")}"` : "your pickup point"}${r.has("pickup_point.address") ? ` (${r.s("pickup_point.address")})` : ""}. Show your pickup code to collect it.${r.has("pickup_point.contact_phone") ? ` Leader's phone: ${r.s("pickup_point.contact_phone")}` : ""}`,
      }),
    },
  },
}

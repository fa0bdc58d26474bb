import type { TemplateDefinition } from "../utils/render"

/** Reviews and questions ("community": a customer may switch these off). Texts are quoted as typed. */
export const communityTemplates: Record<string, TemplateDefinition> = {
  "review.replied": {
    category: "community",
    sample: { review_id: "prev_1", product_id: "prod_1", product_title: "三亚麒麟西瓜", reply: "感谢支持！" },
    render: {
      "zh-CN": (r) => ({
        subject: "商家回复了您的评价",
        text: `商家回复了您对「${r.s("product_title", "商品")}」的评价：${r.s("reply")}`,
      }),
      en: (r) => ({
        subject: "The store replied to your review",
        text: `The store replied to your review of "${r.s("product_title", "your product")}": ${r.s("reply")}`,
      }),
    },
  },
  "question.answered": {
    category: "community",
    sample: { question_id: "pqst_1", product_id: "prod_1", product_title: "三亚麒麟西瓜", answer: "很甜，推荐！", author_type: "buyer" },
    render: {
      "zh-CN": (r) => ({
        subject: "您的提问有了新回答",
        text: `您对「${r.s("product_title", "商品")}」的提问有了新回答：${r.s("answer")}`,
      }),
      en: (r) => ({
        subject: "Your question has an answer",
        text: `Your question about "${r.s("product_title", "a product")}" has a new answer: ${r.s("answer")}`,
      }),
    },
  },
}

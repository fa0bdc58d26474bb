import type { TemplateDefinition } from "../utils/render"

/** Account security (transactional). Data: url (reset link) or token; code for one-time codes. */
export const accountTemplates: Record<string, TemplateDefinition> = {
  "auth.password_reset": {
    category: "account",
    sample: { url: "http://localhost:8000/reset-password?token=abc&email=a%40b.c", token: "abc", email: "a@b.c" },
    render: {
      "zh-CN": (r) => ({
        subject: "重置密码",
        text: `我们收到了重置您账户密码的请求。${r.has("url") ? `请打开以下链接设置新密码：${r.s("url")}` : `重置令牌：${r.s("token")}`}\n如非本人操作，请忽略本消息。`,
      }),
      en: (r) => ({
        subject: "Reset your password",
        text: `We received a request to reset your password. ${r.has("url") ? `Open this link to choose a new one: ${r.s("url")}` : `Reset token: ${r.s("token")}`}\nIf this was not you, ignore this message.`,
      }),
    },
  },
  "auth.otp": {
    category: "account",
    sample: { code: "482913", minutes: 5 },
    render: {
      "zh-CN": (r) => ({
        subject: "验证码",
        text: `您的验证码是 ${r.s("code")}，${r.s("minutes", "5")} 分钟内有效。请勿告诉他人。`,
      }),
      en: (r) => ({
        subject: "Your verification code",
        text: `Your verification code is ${r.s("code")}. It is valid for ${r.s("minutes", "5")} minutes. Never share it.`,
      }),
    },
  },
}

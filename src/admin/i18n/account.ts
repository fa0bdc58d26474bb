/** Strings of the customer page's login and security widget (top-level key `account`). */
export default {
  en: {
    account: {
      security: {
        title: "Login & security",
        loginMethods: "Logs in with",
        noLogin: "No account (guest customer)",
        phone: "Phone",
        none: "—",
        twoFactor: "Two-step verification",
        on: "On (authenticator app)",
        off: "Off",
        pending: "Set up, not confirmed",
        methods: {
          emailpass: "E-mail and password",
          "phone-otp": "Phone and SMS code",
        },
        help: "A customer who lost their authenticator signs in with a recovery code, then turns two-step verification off and on again.",
      },
    },
  },
  zhCN: {
    account: {
      security: {
        title: "登录与安全",
        loginMethods: "登录方式",
        noLogin: "无账户（游客）",
        phone: "手机号",
        none: "—",
        twoFactor: "两步验证",
        on: "已开启（身份验证器）",
        off: "未开启",
        pending: "已设置，未确认",
        methods: {
          emailpass: "邮箱和密码",
          "phone-otp": "手机号和短信验证码",
        },
        help: "客户丢失身份验证器时，可用恢复码登录，然后关闭并重新开启两步验证。",
      },
    },
  },
}

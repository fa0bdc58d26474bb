import account from "./account"
import common from "./common"
import commission from "./commission"
import coupon from "./coupon"
import groupBuy from "./group-buy"
import leader from "./leader"
import loyalty from "./loyalty"
import review from "./review"

/**
 * Admin translations for our widgets and pages, merged into the dashboard's i18n (react-i18next).
 * Languages: `en` and `zhCN` (the dashboard's key for 简体中文). Each domain keeps its strings in its own
 * file under a top-level key of its own (e.g. `groupBuy`) and is listed here.
 */
export const domains = [common, coupon, leader, loyalty, account, commission, groupBuy, review]

type Tree = { [key: string]: string | Tree }
const merge = (lang: "en" | "zhCN"): Tree => Object.assign({}, ...domains.map((d) => d[lang]))

export default {
  en: { translation: merge("en") },
  zhCN: { translation: merge("zhCN") },
}

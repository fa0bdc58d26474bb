import { Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { NoAccess } from "../../../../components/coupons/no-access"
import { CampaignForm } from "../../../../components/group-buy/campaign-form"
import { isForbidden, useStoreCurrencies } from "../../../../hooks/use-group-buy"
import { emptyForm } from "../../../../lib/group-buy-form"

/** A new campaign (a draft; activated from its page). `?product_id=` comes from the product page widget. */
const NewCampaignPage = () => {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const currencies = useStoreCurrencies()
  const [now] = useState(() => new Date())
  if (isForbidden(currencies.error)) return <NoAccess />
  if (currencies.isLoading) return <Text>{t("common.loading")}</Text>
  const list = currencies.data?.length ? currencies.data : ["cny"]
  return <CampaignForm initial={emptyForm(now, list[0], params.get("product_id") ?? "")} currencies={list} />
}

export default NewCampaignPage

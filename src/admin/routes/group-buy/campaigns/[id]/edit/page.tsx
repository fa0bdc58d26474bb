import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { NoAccess } from "../../../../../components/coupons/no-access"
import { CampaignForm } from "../../../../../components/group-buy/campaign-form"
import { isForbidden, useCampaign, useStoreCurrencies } from "../../../../../hooks/use-group-buy"
import { formFromCampaign } from "../../../../../lib/group-buy-form"

/** Edit a campaign: everything while a draft; title, window, limits, stock cap and auto-fill once live. */
const EditCampaignPage = () => {
  const { id } = useParams()
  const { t } = useTranslation()
  const { data, isLoading, error } = useCampaign(id)
  const currencies = useStoreCurrencies()
  if (isForbidden(error)) return <NoAccess />
  if (isLoading || currencies.isLoading) return <Text>{t("common.loading")}</Text>
  if (error || !data) return <Text>{t("common.error")}</Text>
  const list = currencies.data?.length ? currencies.data : [...new Set(data.campaign.tiers.map((x) => x.currency_code))]
  return <CampaignForm key={data.campaign.id} initial={formFromCampaign(data.campaign)} campaign={data.campaign} currencies={list} />
}

export default EditCampaignPage

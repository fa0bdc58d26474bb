import { Button, Container, Heading, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { NoAccess } from "../../../../components/coupons/no-access"
import { CampaignStatusBadge, KindBadge } from "../../../../components/group-buy/badges"
import { GroupsTable } from "../../../../components/group-buy/groups-table"
import { isForbidden, refusalText, useCampaign, useProductVariants, useSetCampaignStatus } from "../../../../hooks/use-group-buy"
import { dateTime, money } from "../../../../lib/coupon-format"
import { soldOfStock, tiersIn } from "../../../../lib/group-buy-format"

/** One campaign: its terms and tiers, activate / end with a confirmation, and its groups. */
const CampaignPage = () => {
  const { id } = useParams()
  const { t, i18n } = useTranslation()
  const prompt = usePrompt()
  const { data, isLoading, error } = useCampaign(id)
  const product = useProductVariants(data?.campaign.product_id)
  const setStatus = useSetCampaignStatus(id!)
  if (isForbidden(error)) return <NoAccess />
  if (isLoading) return <Text>{t("common.loading")}</Text>
  if (error || !data) return <Text>{t("common.error")}</Text>
  const c = data.campaign
  const lang = i18n.language
  const unit = c.kind === "team" ? t("groupBuy.form.tiers.members") : t("groupBuy.form.tiers.units")
  const act = async (action: "activate" | "end") => {
    const ok = await prompt({
      title: t(`groupBuy.campaign.${action}`),
      description: t(`groupBuy.campaign.${action}Confirm`, { title: c.title }),
      confirmText: t(`groupBuy.campaign.${action}`),
      cancelText: t("common.cancel"),
      variant: action === "activate" ? "confirmation" : "danger",
    })
    if (!ok) return
    try {
      await setStatus.mutateAsync(action)
      toast.success(t(action === "activate" ? "groupBuy.campaign.activated" : "groupBuy.campaign.ended"))
    } catch (e) {
      toast.error(refusalText(t, e))
    }
  }
  const variants = product.data?.product.variants ?? []
  const variantNames = c.variant_ids.map((v) => {
    const found = variants.find((x) => x.id === v)
    return found ? `${found.title ?? v}${found.sku ? ` (${found.sku})` : ""}` : v
  })
  const optional = (n: number | null) => (n === null ? t("groupBuy.campaign.noLimit") : String(n))
  const rows: [string, string][] = [
    [t("groupBuy.fields.kind"), t(`groupBuy.kind.${c.kind}`)],
    [t("groupBuy.fields.variants"), variantNames.join(", ")],
    [t("groupBuy.fields.max_per_group", { unit }), String(c.max_per_group)],
    c.kind === "team"
      ? [t("groupBuy.fields.group_lifetime_hours"), String(c.group_lifetime_hours ?? "–")]
      : [t("groupBuy.fields.cutoff_time"), c.cutoff_time ?? "–"],
    [t("groupBuy.fields.window"), `${dateTime(c.starts_at, lang)} → ${dateTime(c.ends_at, lang)}`],
    [t("groupBuy.fields.max_units_per_customer"), optional(c.max_units_per_customer)],
    [t("groupBuy.fields.max_joins_per_customer"), optional(c.max_joins_per_customer)],
    [t("groupBuy.fields.soldStock"), soldOfStock(c)],
    [t("groupBuy.fields.auto_fill"), c.auto_fill ? t("groupBuy.campaign.autoFillOn") : t("groupBuy.campaign.autoFillOff")],
    [t("groupBuy.fields.groups"), t("groupBuy.campaigns.groupCounts", c.group_counts)],
  ]
  const currencies = [...new Set(c.tiers.map((x) => x.currency_code))]
  return (
    <div className="flex flex-col gap-y-3">
      <Link to="/group-buy/campaigns">
        <Text size="small" className="text-ui-fg-subtle">
          ← {t("groupBuy.campaigns.title")}
        </Text>
      </Link>
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <div className="flex flex-col gap-y-1">
            <div className="flex items-center gap-x-2">
              <Heading>{c.title}</Heading>
              <CampaignStatusBadge status={c.status} />
              <KindBadge kind={c.kind} />
            </div>
            {c.product && (
              <Link to={`/products/${c.product.id}`}>
                <Text size="small" className="text-ui-fg-interactive">
                  {c.product.title}
                </Text>
              </Link>
            )}
            {c.description && (
              <Text size="small" className="text-ui-fg-subtle">
                {c.description}
              </Text>
            )}
          </div>
          <div className="flex gap-x-2">
            <Button size="small" variant="secondary" asChild>
              <Link to={`/group-buy/campaigns/${c.id}/edit`}>{t("groupBuy.campaign.edit")}</Link>
            </Button>
            {c.status === "draft" && (
              <Button size="small" onClick={() => act("activate")} isLoading={setStatus.isPending}>
                {t("groupBuy.campaign.activate")}
              </Button>
            )}
            {c.status !== "ended" && (
              <Button size="small" variant="danger" onClick={() => act("end")} isLoading={setStatus.isPending}>
                {t("groupBuy.campaign.end")}
              </Button>
            )}
          </div>
        </div>
        {rows.map(([label, value]) => (
          <div key={label} className="grid grid-cols-3 px-6 py-3">
            <Text size="small" weight="plus">
              {label}
            </Text>
            <Text size="small" className="col-span-2">
              {value}
            </Text>
          </div>
        ))}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("groupBuy.fields.tiers")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("groupBuy.campaign.tiersHint", { unit })}
          </Text>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("groupBuy.fields.currency")}</Table.HeaderCell>
              <Table.HeaderCell>{t("groupBuy.form.tiers.threshold", { unit })}</Table.HeaderCell>
              <Table.HeaderCell>{t("groupBuy.fields.unitPrice")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {currencies.flatMap((cur) =>
              tiersIn(c.tiers, cur).map((tier, i) => (
                <Table.Row key={`${cur}-${tier.threshold}`}>
                  <Table.Cell>{cur.toUpperCase()}</Table.Cell>
                  <Table.Cell>
                    {tier.threshold}
                    {i === 0 ? ` · ${t("groupBuy.campaign.successTier")}` : ""}
                  </Table.Cell>
                  <Table.Cell>{money(tier.price, cur, lang)}</Table.Cell>
                </Table.Row>
              ))
            )}
          </Table.Body>
        </Table>
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("groupBuy.groups.title")}</Heading>
        </div>
        <GroupsTable campaignId={c.id} />
      </Container>
    </div>
  )
}

export default CampaignPage

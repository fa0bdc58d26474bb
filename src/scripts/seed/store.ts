import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import storeData from "../../../data/store.json"
import type { SeedContext } from "./types"

/** Store currencies and locales, sales channel, publishable key, region, tax region. Find-or-create. */
export async function seedStore({ container, log }: SeedContext) {
  const storeModule = container.resolve(Modules.STORE)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const regionModule = container.resolve(Modules.REGION)
  const taxModule = container.resolve(Modules.TAX)
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  let [salesChannel] = await salesChannelModule.listSalesChannels({ name: storeData.sales_channel.name })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [storeData.sales_channel] },
    })
    salesChannel = result[0]
    log(`created sales channel ${salesChannel.id}`)
  }

  const [store] = await storeModule.listStores({}, { relations: ["supported_currencies", "supported_locales"] })
  const currencies = storeData.store.currencies.map((c) => c.currency_code).sort()
  const haveCurrencies = (store.supported_currencies ?? []).map((c) => c.currency_code).sort()
  const haveLocales = (store.supported_locales ?? []).map((l) => l.locale_code).sort()
  if (
    store.name !== storeData.store.name ||
    store.default_sales_channel_id !== salesChannel.id ||
    JSON.stringify(currencies) !== JSON.stringify(haveCurrencies) ||
    JSON.stringify([...storeData.store.locales].sort()) !== JSON.stringify(haveLocales)
  ) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: storeData.store.name,
          default_sales_channel_id: salesChannel.id,
          supported_currencies: storeData.store.currencies,
          supported_locales: storeData.store.locales.map((locale_code) => ({ locale_code })),
        },
      },
    })
    log("updated store currencies, locales and sales channel")
  }

  let [region] = await regionModule.listRegions({ name: storeData.region.name })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: { regions: [storeData.region] },
    })
    region = result[0]
    log(`created region ${region.id}`)
  }

  const taxRegions = await taxModule.listTaxRegions({ country_code: storeData.region.countries })
  const missingTax = storeData.region.countries.filter((c) => !taxRegions.some((t) => t.country_code === c))
  if (missingTax.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missingTax.map((country_code) => ({ country_code, provider_id: "tp_system" })),
    })
  }

  let [apiKey] = await apiKeyModule.listApiKeys({ title: storeData.publishable_key.title, type: "publishable" })
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: storeData.publishable_key.title, type: "publishable", created_by: "" }] },
    })
    apiKey = result[0]
    log(`created publishable key ${apiKey.id}`)
  }
  const { data: keyChannels } = await query.graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { id: apiKey.id },
  })
  if (!keyChannels[0]?.sales_channels?.some((sc) => sc?.id === salesChannel.id)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: apiKey.id, add: [salesChannel.id] },
    })
  }

  return { storeId: store.id, regionId: region.id, salesChannelId: salesChannel.id, publishableKey: apiKey.token }
}

/** Warehouse stock location, delivery and community-pickup fulfillment sets and shipping options. */
export async function seedFulfillment(
  { container, log }: SeedContext,
  { storeId, regionId, salesChannelId }: { storeId: string; regionId: string; salesChannelId: string }
) {
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { stock_location: locationData, shipping } = storeData

  let [location] = await stockLocationModule.listStockLocations({ name: locationData.name })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: locationData.name,
            address: locationData.address,
            metadata: { latitude: locationData.coordinates.latitude, longitude: locationData.coordinates.longitude },
          },
        ],
      },
    })
    location = result[0]
    await updateStoresWorkflow(container).run({
      input: { selector: { id: storeId }, update: { default_location_id: location.id } },
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [salesChannelId] },
    })
    log(`created stock location ${location.id}`)
  }

  let [profile] = await fulfillmentModule.listShippingProfiles({ type: shipping.profile.type })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({ input: { data: [shipping.profile] } })
    profile = result[0]
  }

  const serviceZones: Record<string, string> = {}
  for (const key of ["delivery_set", "pickup_set"] as const) {
    const setData = shipping[key]
    let [set] = await fulfillmentModule.listFulfillmentSets({ name: setData.name }, { relations: ["service_zones"] })
    if (!set) {
      set = await fulfillmentModule.createFulfillmentSets({
        name: setData.name,
        type: setData.type,
        service_zones: [
          {
            name: setData.zone,
            geo_zones: storeData.region.countries.map((country_code) => ({ country_code, type: "country" as const })),
          },
        ],
      })
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
      })
    }
    serviceZones[key] = set.service_zones[0].id
  }

  const shippingOptionIds: Record<string, string> = {}
  const { data: existing } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name", "type.code"],
    filters: { name: shipping.options.map((o) => o.name) },
  })
  const missing = shipping.options.filter((o) => !existing.some((e) => e.name === o.name))
  for (const e of existing) {
    shippingOptionIds[e.type?.code ?? e.name] = e.id
  }
  if (missing.length) {
    const { result } = await createShippingOptionsWorkflow(container).run({
      input: missing.map((o) => ({
        name: o.name,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: serviceZones[o.set],
        shipping_profile_id: profile.id,
        type: o.type,
        prices: [
          { currency_code: storeData.region.currency_code, amount: o.amount },
          { region_id: regionId, amount: o.amount },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      })),
    })
    result.forEach((so, i) => (shippingOptionIds[missing[i].type.code] = so.id))
    log(`created ${result.length} shipping option(s)`)
  }

  return { stockLocationId: location.id, shippingProfileId: profile.id, shippingOptionIds }
}

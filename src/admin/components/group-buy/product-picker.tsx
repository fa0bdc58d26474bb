import { Button, Checkbox, Input, Label, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useProductSearch, useProductVariants } from "../../hooks/use-group-buy"

/**
 * The campaign's product and variants, picked from Medusa's own product list: search by title, pick one,
 * then tick the variants the campaign sells (a product with one variant gets it ticked).
 */
export function ProductPicker({
  productId,
  variantIds,
  disabled = false,
  onChange,
}: {
  productId: string
  variantIds: string[]
  disabled?: boolean
  onChange: (productId: string, variantIds: string[]) => void
}) {
  const { t } = useTranslation()
  const [q, setQ] = useState("")
  const [searching, setSearching] = useState(!productId)
  const results = useProductSearch(q, searching && !disabled)
  const product = useProductVariants(productId || undefined)
  const variants = product.data?.product.variants ?? []

  useEffect(() => {
    if (productId && !variantIds.length && variants.length === 1) {
      onChange(productId, [variants[0].id])
    }
    // Only when the product's variants arrive.
  }, [productId, variants.length])

  return (
    <div className="flex flex-col gap-y-3">
      {productId && (
        <div className="flex items-center justify-between gap-x-2">
          <div className="flex items-center gap-x-2">
            {product.data?.product.thumbnail && (
              <img src={product.data.product.thumbnail} alt="" className="h-8 w-8 rounded object-cover" />
            )}
            <Text size="small" weight="plus">
              {product.data?.product.title ?? (product.isLoading ? t("common.loading") : productId)}
            </Text>
          </div>
          {!disabled && !searching && (
            <Button size="small" variant="secondary" type="button" onClick={() => setSearching(true)}>
              {t("groupBuy.form.product.change")}
            </Button>
          )}
        </div>
      )}
      {searching && !disabled && (
        <div className="flex flex-col gap-y-2">
          <Input
            type="search"
            size="small"
            aria-label={t("groupBuy.form.product.search")}
            placeholder={t("groupBuy.form.product.search")}
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          {results.isLoading ? (
            <Text size="small">{t("common.loading")}</Text>
          ) : results.error ? (
            <Text size="small">{t("common.error")}</Text>
          ) : !results.data?.products.length ? (
            <Text size="small" className="text-ui-fg-subtle">
              {t("groupBuy.form.product.none")}
            </Text>
          ) : (
            <div className="flex flex-col divide-y rounded-md border border-ui-border-base">
              {results.data.products.map((p) => (
                <button
                  key={p.id}
                  type="button"
                  className="flex items-center gap-x-2 px-3 py-2 text-left hover:bg-ui-bg-base-hover"
                  onClick={() => {
                    onChange(p.id, p.id === productId ? variantIds : [])
                    setSearching(false)
                  }}
                >
                  {p.thumbnail && <img src={p.thumbnail} alt="" className="h-6 w-6 rounded object-cover" />}
                  <Text size="small">{p.title}</Text>
                </button>
              ))}
            </div>
          )}
        </div>
      )}
      {productId && (
        <div className="flex flex-col gap-y-2">
          <Text size="small" weight="plus">
            {t("groupBuy.form.product.variants")}
          </Text>
          {variants.map((v) => {
            const id = `gb-variant-${v.id}`
            return (
              <div key={v.id} className="flex items-center gap-x-2">
                <Checkbox
                  id={id}
                  checked={variantIds.includes(v.id)}
                  disabled={disabled}
                  onCheckedChange={(on) =>
                    onChange(productId, on ? [...variantIds, v.id] : variantIds.filter((x) => x !== v.id))
                  }
                />
                <Label htmlFor={id} size="small">
                  {v.title ?? v.id}
                  {v.sku ? ` · ${v.sku}` : ""}
                </Label>
              </div>
            )
          })}
        </div>
      )}
    </div>
  )
}

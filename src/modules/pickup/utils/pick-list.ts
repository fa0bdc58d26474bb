/**
 * The pick list of a delivery batch: what the warehouse loads for one pickup point, summed per SKU
 * over the batch's live orders.
 */
export type PickItem = { sku: string | null; title: string; variant_title?: string | null; quantity: number }
export type PickLine = { sku: string; title: string; variant_title: string | null; quantity: number; orders: number }

export function buildPickList(orders: { id: string; items: PickItem[] }[]): PickLine[] {
  const lines = new Map<string, PickLine & { orderIds: Set<string> }>()
  for (const order of orders) {
    for (const item of order.items) {
      const key = item.sku ?? `(no sku) ${item.title}`
      const line = lines.get(key) ?? {
        sku: key,
        title: item.title,
        variant_title: item.variant_title ?? null,
        quantity: 0,
        orders: 0,
        orderIds: new Set<string>(),
      }
      line.quantity += item.quantity
      line.orderIds.add(order.id)
      line.orders = line.orderIds.size
      lines.set(key, line)
    }
  }
  return [...lines.values()]
    .filter((l) => l.quantity > 0)
    .sort((a, b) => a.sku.localeCompare(b.sku))
    .map(({ orderIds: _ids, ...line }) => line)
}

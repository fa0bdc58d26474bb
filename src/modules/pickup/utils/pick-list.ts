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

/** RFC 4180 CSV with a UTF-8 byte-order mark, so that spreadsheet apps read Chinese text right. */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  const cell = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? "" : String(v)
    return /[",\r\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  return "\uFEFF" + rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n"
}

import { buildPickList } from "../pick-list"

describe("buildPickList", () => {
  it("sums quantities per SKU across orders and counts the orders", () => {
    const list = buildPickList([
      { id: "o1", items: [{ sku: "EGG", title: "Eggs", quantity: 2 }, { sku: "RICE", title: "Rice", quantity: 1 }] },
      { id: "o2", items: [{ sku: "EGG", title: "Eggs", quantity: 3 }] },
      { id: "o3", items: [{ sku: "EGG", title: "Eggs", quantity: 1 }, { sku: "EGG", title: "Eggs", quantity: 1 }] },
    ])
    expect(list).toEqual([
      { sku: "EGG", title: "Eggs", variant_title: null, quantity: 7, orders: 3 },
      { sku: "RICE", title: "Rice", variant_title: null, quantity: 1, orders: 1 },
    ])
  })

  it("keeps items without a SKU apart by title and drops zero lines", () => {
    const list = buildPickList([
      { id: "o1", items: [{ sku: null, title: "Gift bag", quantity: 1 }, { sku: "X", title: "X", quantity: 0 }] },
    ])
    expect(list).toEqual([{ sku: "(no sku) Gift bag", title: "Gift bag", variant_title: null, quantity: 1, orders: 1 }])
    expect(buildPickList([])).toEqual([])
  })
})

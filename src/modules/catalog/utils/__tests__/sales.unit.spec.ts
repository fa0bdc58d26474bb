import { productPairs, salesPerProduct } from "../sales"

describe("salesPerProduct", () => {
  it("sums the quantities of an order's lines per product, sorted by product id", () => {
    expect(
      salesPerProduct([
        { product_id: "prod_b", quantity: 2 },
        { product_id: "prod_a", quantity: 1 },
        { product_id: "prod_b", quantity: "3" },
      ])
    ).toEqual([
      { product_id: "prod_a", quantity: 1 },
      { product_id: "prod_b", quantity: 5 },
    ])
  })

  it("ignores lines without a product (custom items) and non-positive quantities", () => {
    expect(salesPerProduct([{ product_id: null, quantity: 4 }, { product_id: "prod_a", quantity: 0 }, { quantity: 1 }])).toEqual([])
  })
})

describe("productPairs", () => {
  it("gives both directions of every pair of distinct products", () => {
    expect(productPairs(["c", "a", "b", "a"])).toEqual([
      ["a", "b"],
      ["a", "c"],
      ["b", "a"],
      ["b", "c"],
      ["c", "a"],
      ["c", "b"],
    ])
  })

  it("gives nothing for a one-product order", () => {
    expect(productPairs(["a"])).toEqual([])
  })
})

import { maskName, ratingDelta, ratingSummary } from "../rating"

describe("ratingSummary", () => {
  it("averages to one decimal from the sum and count", () => {
    // 5 + 4 + 4 = 13 over 3 = 4.333… → 4.3
    expect(ratingSummary("p", { product_id: "p", count: 3, sum: 13, stars_1: 0, stars_2: 0, stars_3: 0, stars_4: 2, stars_5: 1 })).toEqual({
      product_id: "p",
      count: 3,
      average: 4.3,
      stars: { "1": 0, "2": 0, "3": 0, "4": 2, "5": 1 },
    })
    // 4.5 exactly stays 4.5; 9 / 2
    expect(ratingSummary("p", { product_id: "p", count: 2, sum: 9, stars_1: 0, stars_2: 0, stars_3: 0, stars_4: 1, stars_5: 1 }).average).toBe(4.5)
  })

  it("has no average without approved reviews", () => {
    expect(ratingSummary("p")).toMatchObject({ count: 0, average: null, stars: { "5": 0 } })
  })
})

describe("ratingDelta", () => {
  it("counts a review only while it is approved", () => {
    expect(ratingDelta("pending", "approved")).toBe(1)
    expect(ratingDelta("hidden", "approved")).toBe(1)
    expect(ratingDelta("approved", "hidden")).toBe(-1)
    expect(ratingDelta("pending", "hidden")).toBe(0)
    expect(ratingDelta("approved", "approved")).toBe(0)
  })
})

describe("maskName", () => {
  it("keeps the first character of the name", () => {
    expect(maskName("王", "小明")).toBe("王**")
    expect(maskName("Lily", "Chen")).toBe("L**")
    expect(maskName("😀x")).toBe("😀**")
    expect(maskName(null, " ")).toBeNull()
  })
})

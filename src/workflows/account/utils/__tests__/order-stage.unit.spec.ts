import { orderStage } from "../order-stage"

describe("orderStage", () => {
  const placed = { status: "pending", payment_status: "authorized", fulfillment_status: "not_fulfilled" }

  it("waits for the group while it is open, also before capture", () => {
    expect(orderStage({ ...placed, group: { status: "open" } })).toBe("awaiting_group")
    expect(orderStage({ ...placed, payment_status: "authorized", group: { status: "open" }, pickup: { status: "pending", ready: false } })).toBe(
      "awaiting_group"
    )
  })

  it("says the group failed even though the order was canceled for it", () => {
    expect(orderStage({ ...placed, status: "canceled", payment_status: "refunded", group: { status: "failed" } })).toBe("group_failed")
  })

  it("follows the pickup once the group succeeded (or without a group)", () => {
    expect(orderStage({ ...placed, payment_status: "captured", group: { status: "succeeded" }, pickup: { status: "pending", ready: false } })).toBe(
      "awaiting_pickup"
    )
    expect(orderStage({ ...placed, payment_status: "captured", group: { status: "closed" }, pickup: { status: "collectable", ready: false } })).toBe(
      "awaiting_pickup"
    )
    expect(orderStage({ ...placed, payment_status: "captured", pickup: { status: "collectable", ready: true } })).toBe("ready_for_pickup")
    expect(orderStage({ ...placed, status: "completed", pickup: { status: "picked_up", ready: true } })).toBe("picked_up")
  })

  it("reads plain orders from Medusa's statuses", () => {
    expect(orderStage({ ...placed, payment_status: "not_paid" })).toBe("awaiting_payment")
    expect(orderStage(placed)).toBe("processing")
    expect(orderStage({ ...placed, payment_status: "captured", fulfillment_status: "shipped" })).toBe("shipped")
    expect(orderStage({ ...placed, status: "completed", fulfillment_status: "delivered" })).toBe("completed")
    expect(orderStage({ ...placed, status: "canceled" })).toBe("canceled")
    expect(orderStage({ ...placed, pickup: { status: "canceled", ready: false } })).toBe("canceled")
  })
})

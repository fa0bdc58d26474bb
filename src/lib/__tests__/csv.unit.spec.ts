import { toCsv } from "../csv"

describe("toCsv", () => {
  it("quotes what needs quoting, keeps Chinese text, and starts with a BOM", () => {
    const csv = toCsv([
      ["sku", "title", "qty"],
      ["EGG", '土鸡蛋, "10枚"', 7],
      ["X", "line\nbreak", null],
    ])
    expect(csv).toBe('\uFEFFsku,title,qty\r\nEGG,"土鸡蛋, ""10枚""",7\r\nX,"line\nbreak",\r\n')
  })

  it("defuses text a spreadsheet would run as a formula with a leading apostrophe", () => {
    expect(toCsv([["=SUM(A1)", "+x", "@y", "-cmd|' /C calc'!A0", "\tz"]])).toBe(
      "\uFEFF'=SUM(A1),'+x,'@y,'-cmd|' /C calc'!A0,'\tz\r\n"
    )
  })

  it("keeps numbers as numbers, also negative amounts written as text", () => {
    expect(toCsv([[-5, "-3.00", "+2", "12.50"]])).toBe("\uFEFF-5,-3.00,+2,12.50\r\n")
  })
})

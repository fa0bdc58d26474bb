import { isValidResidentIdNumber } from "../id-number"

describe("isValidResidentIdNumber", () => {
  it("accepts numbers whose check character matches, X in either case", () => {
    expect(isValidResidentIdNumber("11010519491231002X")).toBe(true)
    expect(isValidResidentIdNumber("11010519491231002x")).toBe(true)
    expect(isValidResidentIdNumber("440524188001010014")).toBe(true)
  })

  it("refuses a wrong check character, a typo, and malformed input", () => {
    expect(isValidResidentIdNumber("110105194912310021")).toBe(false)
    expect(isValidResidentIdNumber("11010519491231012X")).toBe(false)
    expect(isValidResidentIdNumber("1101051949123100")).toBe(false)
    expect(isValidResidentIdNumber("11010519491231002Y")).toBe(false)
  })
})

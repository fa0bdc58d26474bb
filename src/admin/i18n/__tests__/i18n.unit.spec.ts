import { domains } from "../index"

type Tree = { [key: string]: string | Tree }

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)
  )
}

describe("admin i18n", () => {
  it("has every English string in Simplified Chinese and vice versa", () => {
    for (const d of domains) {
      expect(keys(d.zhCN as Tree).sort()).toEqual(keys(d.en as Tree).sort())
    }
  })

  it("gives each domain its own top-level key", () => {
    const top = domains.flatMap((d) => Object.keys(d.en))
    expect(new Set(top).size).toBe(top.length)
  })

  it("has no empty translations", () => {
    for (const d of domains) {
      for (const lang of ["en", "zhCN"] as const) {
        const flat = JSON.stringify(d[lang])
        expect(flat).not.toMatch(/:""/)
      }
    }
  })
})

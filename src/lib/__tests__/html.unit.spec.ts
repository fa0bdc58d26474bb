import { encodeHtml, encodeHtmlOrNull } from "../html"

describe("encodeHtml", () => {
  it("encodes the five characters that open markup or attributes", () => {
    expect(encodeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
    )
  })

  it("leaves Chinese text, emoji and line breaks as they are", () => {
    expect(encodeHtml("很好吃 👍\n下次再买")).toBe("很好吃 👍\n下次再买")
  })

  it("encodes an ampersand once per call (an already encoded entity is encoded again, as stored text)", () => {
    expect(encodeHtml("&lt;")).toBe("&amp;lt;")
  })

  it("keeps null as null", () => {
    expect(encodeHtmlOrNull(null)).toBeNull()
    expect(encodeHtmlOrNull(undefined)).toBeNull()
    expect(encodeHtmlOrNull("a<b")).toBe("a&lt;b")
  })
})

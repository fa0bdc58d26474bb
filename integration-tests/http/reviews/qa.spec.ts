import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../src/scripts/seed/index"
import { createAdminUser, createStoreCustomer, storeHeaders, type Headers } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import { createProduct, productIdsByHandle } from "../catalog/fixtures"
import { failure, variantIdsBySku, withoutSeededRegisterGifts } from "../coupons/fixtures"
import { approvedLeader } from "../leaders/helpers"
import { sql } from "../loyalty/fixtures"
import { afterSubscribers, notificationsOf } from "../notifications/fixtures"
import { complete, orderedLine } from "./fixtures"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let variants: Record<string, string>
    let products: Record<string, string>
    let admin: Headers

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
      variants = await variantIdsBySku(getContainer())
      products = await productIdsByHandle(getContainer())
      await withoutSeededRegisterGifts(getContainer())
    })

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer(), api)).headers
    })

    const customer = () => createStoreCustomer(api, seed.publishableKey, { first_name: "小红", last_name: "李" })
    const shopper = () => storeHeaders(seed.publishableKey)
    const questionsOf = async (productId: string) => (await api.get(`/store/questions?product_id=${productId}`, shopper())).data

    it("lets customers ask, and the store, a leader and buyers answer; the asker hears of each answer", async () => {
      const melon = products["sanya-mini-watermelon"]
      const asker = await customer()
      const asked = await api.post("/store/questions", { product_id: melon, text: "<i>甜吗？</i> 多大一个？" }, asker.headers)
      expect(asked.status).toBe(201)
      const q = asked.data.question
      expect(q).toMatchObject({ text: "&lt;i&gt;甜吗？&lt;/i&gt; 多大一个？", author_name: "李**", answer_count: 0, answers: [] })
      const [stored] = await sql(getContainer(), "SELECT text FROM product_question WHERE id = ?", [q.id])
      expect(stored.text).toBe("<i>甜吗？</i> 多大一个？")

      // The store answers.
      let answered = afterSubscribers(getContainer(), "question.answered")
      const official = await api.post(`/admin/questions/${q.id}/answers`, { text: "很甜，约1.5公斤" }, admin)
      expect(official.data.answer).toMatchObject({ author_type: "operator", text: "很甜，约1.5公斤", status: "visible" })
      await answered
      // A leader answers under their name.
      const leader = await approvedLeader(api, seed.publishableKey, admin)
      answered = afterSubscribers(getContainer(), "question.answered")
      const byLeader = await api.post(`/admin/leader/questions/${q.id}/answers`, { text: "我们小区都说好" }, leader.adminHeaders)
      expect(byLeader.data.answer).toMatchObject({ author_type: "leader", author_name: "王小明" })
      await answered
      // A buyer who received it answers; a customer who did not is refused.
      const buyer = await customer()
      const { order } = await orderedLine(api, buyer, seed.regionId, variants["FP-WMELON-2"])
      const notYet = await failure(api.post(`/store/questions/${q.id}/answers`, { text: "还没到" }, buyer.headers))
      expect([notYet.status, notYet.data.code]).toEqual([403, "not_a_buyer"])
      await complete(api, admin, order.id)
      answered = afterSubscribers(getContainer(), "question.answered")
      const byBuyer = await api.post(`/store/questions/${q.id}/answers`, { text: "买过，很甜" }, buyer.headers)
      expect(byBuyer.data.answer).toMatchObject({ author_type: "buyer" })
      await answered

      const listed = await questionsOf(melon)
      expect(listed.count).toBe(1)
      expect(listed.questions[0].answer_count).toBe(3)
      expect(listed.questions[0].answers.map((a: any) => a.author_type)).toEqual(["operator", "leader", "buyer"])
      expect(JSON.stringify(listed)).not.toMatch(/customer_id|author_id/)
      const messages = await notificationsOf(getContainer(), asker.customer.id, "question.answered")
      expect(messages).toHaveLength(3)
      expect(messages[0].data.message.text).toContain("很甜，约1.5公斤")

      // Someone else's product outside this storefront cannot be asked about; bad input is refused.
      const channel = (await api.post("/admin/sales-channels", { name: "Elsewhere" }, admin)).data.sales_channel
      const hidden = await createProduct(api, admin, { title: "别处商品", handle: "elsewhere", price: 1, salesChannelId: channel.id })
      const elsewhere = await failure(api.post("/store/questions", { product_id: hidden.id, text: "有货吗" }, asker.headers))
      expect([elsewhere.status, elsewhere.data.code]).toEqual([404, "product_not_found"])
      const short = await failure(api.post("/store/questions", { product_id: melon, text: "?" }, asker.headers))
      expect([short.status, short.data.code]).toEqual([400, "invalid_data"])
      const anonymous = await failure(api.post("/store/questions", { product_id: melon, text: "有货吗" }, shopper()))
      expect(anonymous.status).toBe(401)
    })

    it("keeps the answer count exact when operators hide answers and questions; leaders only reach their pages", async () => {
      const rice = products["wuchang-rice"]
      const asker = await customer()
      const q = (await api.post("/store/questions", { product_id: rice, text: "新米吗？" }, asker.headers)).data.question
      const answers = await Promise.all(
        ["是新米", "今年的", "放心买"].map((text) => api.post(`/admin/questions/${q.id}/answers`, { text }, admin).then((r) => r.data.answer))
      )
      // Hiding the same answer twice at once counts it out once.
      await Promise.all([
        api.post(`/admin/questions/${q.id}/answers/${answers[0].id}`, { status: "hidden" }, admin),
        api.post(`/admin/questions/${q.id}/answers/${answers[0].id}`, { status: "hidden" }, admin),
      ])
      let listed = await questionsOf(rice)
      expect(listed.questions[0].answer_count).toBe(2)
      expect(listed.questions[0].answers.map((a: any) => a.text).sort()).toEqual(["今年的", "放心买"])
      const adminView = (await api.get(`/admin/questions?product_id=${rice}`, admin)).data.questions[0]
      expect(adminView.answers.map((a: any) => a.status)).toEqual(expect.arrayContaining(["hidden", "visible", "visible"]))
      expect(adminView.product).toEqual({ id: rice, title: "五常稻花香大米" })
      const wrongQuestion = await failure(api.post(`/admin/questions/pqst_other/answers/${answers[1].id}`, { status: "hidden" }, admin))
      expect([wrongQuestion.status, wrongQuestion.data.code]).toEqual([404, "answer_not_found"])

      // Unanswered filter, then hiding the question.
      const q2 = (await api.post("/store/questions", { product_id: rice, text: "包邮吗？" }, asker.headers)).data.question
      expect((await api.get("/admin/questions?unanswered=true", admin)).data.questions.map((x: any) => x.id)).toEqual([q2.id])
      await api.post(`/admin/questions/${q2.id}`, { status: "hidden" }, admin)
      listed = await questionsOf(rice)
      expect(listed.questions.map((x: any) => x.id)).toEqual([q.id])
      const late = await failure(api.post(`/admin/questions/${q2.id}/answers`, { text: "包邮" }, admin))
      expect([late.status, late.data.code]).toEqual([404, "question_not_found"])

      // Leaders see shoppers' view through their own pages; operators' routes stay closed to them.
      const leader = await approvedLeader(api, seed.publishableKey, admin)
      const theirs = (await api.get("/admin/leader/questions", leader.adminHeaders)).data
      expect(theirs.questions.map((x: any) => x.id)).toEqual([q.id])
      expect(JSON.stringify(theirs)).not.toMatch(/customer_id|"hidden"/)
      const confined = await failure(api.get("/admin/questions", leader.adminHeaders))
      expect([confined.status, confined.data.code]).toEqual([403, "leader_confined"])
      const notLeader = await failure(api.get("/admin/leader/questions", admin))
      expect([notLeader.status, notLeader.data.code]).toEqual([403, "not_a_leader"])
    })

    it("lets operators manage the FAQ; shoppers read it in their language, encoded", async () => {
      // The demo seed has 4 published entries (data/faq.json); these go in a category of their own.
      const cat = encodeURIComponent("测试")
      const created = await api.post(
        "/admin/faqs",
        { category: "测试", question_zh: "几点送达？", answer_zh: "次日<b>18点</b>前送达自提点", question_en: "When does it arrive?", answer_en: "By 6 pm the next day", rank: 2 },
        admin
      )
      expect(created.status).toBe(201)
      const zhOnly = (await api.post("/admin/faqs", { category: "测试", question_zh: "怎么退款？", answer_zh: "在订单页申请", rank: 1 }, admin)).data.faq
      await api.post("/admin/faqs", { category: "测试", question_zh: "草稿", answer_zh: "未发布", is_published: false }, admin)

      expect((await api.get("/store/faqs", shopper())).data.faqs.length).toBe(6) // 4 seeded + 2 published here
      const zh = (await api.get(`/store/faqs?category=${cat}`, shopper())).data.faqs
      expect(zh.map((f: any) => f.question)).toEqual(["怎么退款？", "几点送达？"])
      expect(zh[1]).toMatchObject({ answer: "次日&lt;b&gt;18点&lt;/b&gt;前送达自提点", language: "zh-CN", category: "测试" })
      const en = (await api.get(`/store/faqs?category=${cat}&locale=en-US`, shopper())).data.faqs
      expect(en.map((f: any) => [f.question, f.language])).toEqual([
        ["怎么退款？", "zh-CN"], // no English written: zh-CN
        ["When does it arrive?", "en"],
      ])

      const edited = await api.post(`/admin/faqs/${zhOnly.id}`, { question_en: "How do refunds work?", answer_en: "Ask on the order page" }, admin)
      expect(edited.data.faq).toMatchObject({ question_zh: "怎么退款？", question_en: "How do refunds work?" })
      await api.delete(`/admin/faqs/${created.data.faq.id}`, admin)
      expect((await api.get(`/store/faqs?category=${cat}&locale=en-US`, shopper())).data.faqs.map((f: any) => f.question)).toEqual(["How do refunds work?"])
      expect((await api.get(`/admin/faqs?category=${cat}`, admin)).data.count).toBe(2) // the draft and the edited one

      const missing = await failure(api.post("/admin/faqs/faq_missing", { rank: 1 }, admin))
      expect([missing.status, missing.data.code]).toEqual([404, "faq_not_found"])
      const gone = await failure(api.delete(`/admin/faqs/${created.data.faq.id}`, admin))
      expect([gone.status, gone.data.code]).toEqual([404, "faq_not_found"])
      const bad = await failure(api.post("/admin/faqs", { question_zh: "", answer_zh: "x" }, admin))
      expect([bad.status, bad.data.code]).toEqual([400, "invalid_data"])
      const nobody = await createAdminUser(getContainer(), api, { roles: [] })
      expect((await failure(api.post("/admin/faqs", { question_zh: "x", answer_zh: "y" }, nobody.headers))).status).toBe(403)
    })
  },
})

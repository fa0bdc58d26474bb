import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { uniqueModuleDb } from "../../../../integration-tests/helpers/module-db"
import { ACCOUNT_MODULE } from ".."
import type AccountModuleService from "../service"

jest.setTimeout(60 * 1000)

const T0 = new Date("2026-11-25T04:00:00Z")
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000)

moduleIntegrationTestRunner<AccountModuleService>({
  moduleName: ACCOUNT_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  dbName: uniqueModuleDb("account_personal"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = async <T>(query: string, bindings: unknown[] = []): Promise<T[]> =>
      (await MikroOrmWrapper.forkManager().getConnection().execute(query, bindings)) as T[]

    describe("favourites", () => {
      it("keeps one favourite per product whatever the concurrency, newest first, per customer", async () => {
        const results = await Promise.all(Array.from({ length: 12 }, () => service.addFavorite("cus_a", "prod_1", at(0))))
        expect(results.filter((r) => r.created)).toHaveLength(1)
        await service.addFavorite("cus_a", "prod_2", at(10))
        await service.addFavorite("cus_b", "prod_3", at(20))
        const mine = await service.listCustomerFavorites("cus_a", { offset: 0, limit: 10 })
        expect(mine).toEqual({ rows: [{ product_id: "prod_2", created_at: at(10) }, { product_id: "prod_1", created_at: at(0) }], count: 2 })
        const filtered = await service.listCustomerFavorites("cus_a", { offset: 0, limit: 10, productIds: ["prod_1", "prod_3"] })
        expect(filtered.rows.map((r) => r.product_id)).toEqual(["prod_1"]) // prod_3 is cus_b's
        expect(await service.removeFavorite("cus_a", "prod_3")).toBe(false) // not theirs: nothing removed
        expect((await service.listCustomerFavorites("cus_b", { offset: 0, limit: 10 })).count).toBe(1)
        expect(await service.removeFavorite("cus_a", "prod_1")).toBe(true)
        expect((await service.listCustomerFavorites("cus_a", { offset: 0, limit: 10 })).rows.map((r) => r.product_id)).toEqual(["prod_2"])
      })
    })

    describe("browsing history", () => {
      it("keeps the newest 100 products, one row per product, and a new view moves a product to the top", async () => {
        for (let i = 0; i < 105; i++) {
          await service.recordView("cus_h", `prod_${i}`, at(i))
        }
        const page = await service.listCustomerHistory("cus_h", { offset: 0, limit: 200 })
        expect(page.count).toBe(100)
        expect(page.rows[0]).toEqual({ product_id: "prod_104", viewed_at: at(104) })
        expect(page.rows[99]).toEqual({ product_id: "prod_5", viewed_at: at(5) }) // prod_0..4 trimmed
        await service.recordView("cus_h", "prod_50", at(200))
        const again = await service.listCustomerHistory("cus_h", { offset: 0, limit: 3 })
        expect(again.rows.map((r) => r.product_id)).toEqual(["prod_50", "prod_104", "prod_103"])
        expect(again.count).toBe(100)
        // An older view arriving late never moves a product back.
        await service.recordView("cus_h", "prod_50", at(150))
        expect((await service.listCustomerHistory("cus_h", { offset: 0, limit: 1 })).rows[0]).toEqual({ product_id: "prod_50", viewed_at: at(200) })
      })

      it("never holds more than 100 rows when 140 views of one customer arrive at once", async () => {
        await Promise.all(Array.from({ length: 140 }, (_, i) => service.recordView("cus_c", `prod_${i}`, at(i))))
        const [row] = await sql<{ n: number }>("SELECT count(*)::int AS n FROM account_browse WHERE customer_id = ?", ["cus_c"])
        expect(row.n).toBe(100)
        // Whatever order they committed in, the 100 kept are the 100 newest views.
        const kept = await sql<{ product_id: string }>("SELECT product_id FROM account_browse WHERE customer_id = ?", ["cus_c"])
        expect(new Set(kept.map((k) => k.product_id))).toEqual(new Set(Array.from({ length: 100 }, (_, i) => `prod_${i + 40}`)))
      })

      it("clears one product or everything, only the customer's own", async () => {
        await service.recordView("cus_d", "prod_1", at(1))
        await service.recordView("cus_d", "prod_2", at(2))
        await service.recordView("cus_e", "prod_1", at(3))
        expect(await service.clearHistory("cus_d", "prod_1")).toBe(1)
        expect(await service.personalCounts("cus_d")).toEqual({ favorites: 0, history: 1 })
        expect(await service.clearHistory("cus_d", null)).toBe(1)
        expect(await service.personalCounts("cus_e")).toEqual({ favorites: 0, history: 1 })
      })
    })

    describe("MFA guards", () => {
      it("reserves at most 5 attempts per challenge when 20 arrive at once", async () => {
        const results = await Promise.all(
          Array.from({ length: 20 }, () => service.reserveMfaAttempt({ challenge_id: "chal_1", auth_identity_id: "authid_1", now: at(0) }))
        )
        expect(results.filter((r) => r.ok)).toHaveLength(5)
        expect(new Set(results.filter((r) => !r.ok).map((r) => !r.ok && r.code))).toEqual(new Set(["mfa_attempts_exceeded"]))
      })

      it("caps one identity at 10 attempts in 15 minutes across challenges", async () => {
        const challenges = ["c_a", "c_b", "c_c"]
        const results = await Promise.all(
          challenges.flatMap((c) =>
            Array.from({ length: 5 }, () => service.reserveMfaAttempt({ challenge_id: c, auth_identity_id: "authid_2", now: at(0) }))
          )
        )
        expect(results.filter((r) => r.ok)).toHaveLength(10)
        expect(await service.reserveMfaAttempt({ challenge_id: "c_d", auth_identity_id: "authid_2", now: at(600) })).toEqual({
          ok: false,
          code: "mfa_throttled",
          retry_after_seconds: 300,
        })
        expect((await service.reserveMfaAttempt({ challenge_id: "c_d", auth_identity_id: "authid_2", now: at(901) })).ok).toBe(true)
        // Another identity is not affected, nor can it use this identity's challenge row.
        expect((await service.reserveMfaAttempt({ challenge_id: "c_x", auth_identity_id: "authid_3", now: at(0) })).ok).toBe(true)
        expect((await service.reserveMfaAttempt({ challenge_id: "c_d", auth_identity_id: "authid_3", now: at(902) })).ok).toBe(false)
      })

      it("claims a recovery code for one use only, whatever the concurrency; a released claim can be claimed again", async () => {
        const claims = await Promise.all(Array.from({ length: 10 }, () => service.claimRecoveryCode("authid_4", "abcd-ef01")))
        expect(claims.filter(Boolean)).toHaveLength(1)
        expect(await service.claimRecoveryCode("authid_4", " ABCD-EF01 ")).toBe(false) // normalized like Medusa does
        expect(await service.claimRecoveryCode("authid_5", "abcd-ef01")).toBe(true) // per identity
        await service.releaseRecoveryCode("authid_4", "abcd-ef01")
        expect(await service.claimRecoveryCode("authid_4", "abcd-ef01")).toBe(true)
      })

      it("purges rows older than a cutoff", async () => {
        await service.reserveMfaAttempt({ challenge_id: "c_old", auth_identity_id: "authid_6", now: at(0) })
        await service.reserveMfaAttempt({ challenge_id: "c_new", auth_identity_id: "authid_6", now: at(100) })
        expect(await service.purgeSecurityRows(at(50))).toEqual({ attempts: 1, claims: 0 })
        expect((await sql<{ challenge_id: string }>("SELECT challenge_id FROM account_mfa_attempt")).map((r) => r.challenge_id)).toEqual(["c_new"])
      })
    })
  },
})

import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { uniqueModuleDb } from "../../../../integration-tests/helpers/module-db"
import { GROUP_BUY_MODULE } from ".."
import type GroupBuyModuleService from "../service"
import type { ReserveSlotInput } from "../types"

jest.setTimeout(120 * 1000)

const NOW = new Date("2026-11-25T04:00:00Z") // 12:00 in Asia/Shanghai
const LATER = new Date("2026-11-25T05:00:00Z")
const TZ = "Asia/Shanghai"

/** Runs all promises; the values of those that resolved and the codes of those that threw. */
async function settle<T>(ps: Promise<T>[]) {
  const results = await Promise.allSettled(ps)
  return {
    ok: results.filter((r): r is PromiseFulfilledResult<Awaited<T>> => r.status === "fulfilled").map((r) => r.value),
    codes: results
      .filter((r): r is PromiseRejectedResult => r.status === "rejected")
      .map((r) => (r.reason as { code?: string }).code ?? String(r.reason)),
  }
}

moduleIntegrationTestRunner<GroupBuyModuleService>({
  moduleName: GROUP_BUY_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  dbName: uniqueModuleDb("group_buy_module"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = async <T = Record<string, any>>(query: string, bindings: unknown[] = []): Promise<T[]> =>
      (await MikroOrmWrapper.forkManager().getConnection().execute(query, bindings)) as T[]

    async function campaign(overrides: Record<string, unknown> = {}, tiers = [{ threshold: 2, price: 9.9 }, { threshold: 3, price: 8.8 }]) {
      const [c] = await service.createGroupBuyCampaigns([
        {
          title: "麒麟西瓜 2人团",
          kind: "team",
          status: "active",
          product_id: "prod_1",
          variant_ids: ["variant_1"],
          max_per_group: 10,
          group_lifetime_hours: 24,
          starts_at: new Date("2026-11-01T00:00:00Z"),
          ends_at: new Date("2026-12-31T00:00:00Z"),
          ...overrides,
        } as any,
      ])
      await service.replaceTiers(
        c.id,
        tiers.map((t) => ({ currency_code: "cny", ...t }))
      )
      return c
    }

    let cartSeq = 0
    const reserve = (campaign_id: string, extra: Partial<ReserveSlotInput> = {}) =>
      service.reserveSlot({
        cart_id: `cart_${++cartSeq}`,
        customer_id: `cus_${cartSeq}`,
        campaign_id,
        variant_id: "variant_1",
        quantity: 1,
        unit_price: 9.9,
        currency_code: "cny",
        group_id: null,
        now: NOW,
        time_zone: TZ,
        ...extra,
      })

    /** Opens a group with `n` confirmed members (first one opens, the others join). */
    async function groupWith(campaignId: string, n: number, price = 9.9) {
      const first = await reserve(campaignId, { unit_price: price })
      await service.confirmMember({ cart_id: `cart_${cartSeq}`, order_id: `order_${cartSeq}`, now: NOW })
      for (let i = 1; i < n; i++) {
        await reserve(campaignId, { group_id: first.group_id, unit_price: price })
        await service.confirmMember({ cart_id: `cart_${cartSeq}`, order_id: `order_${cartSeq}`, now: NOW })
      }
      return first.group_id
    }

    const groupOf = async (id: string) => (await sql(`SELECT * FROM group_buy_group WHERE id = ?`, [id]))[0]

    it("30 payers racing for the last 5 places of a group: exactly 5 get them, the others are moved or refused, never overfilled", async () => {
      const c = await campaign({ max_per_group: 10 })
      const groupId = await groupWith(c.id, 5, 9.9)
      // Places 6..10 cost 8.80; a new group's first place costs 9.90, more than they paid: no move possible.
      const { ok, codes } = await settle(
        Array.from({ length: 30 }, () => reserve(c.id, { group_id: groupId, unit_price: 8.8 }))
      )
      expect(ok).toHaveLength(5)
      expect(ok.every((r) => r.group_id === groupId && !r.moved)).toBe(true)
      expect(codes).toEqual(Array(25).fill("group_full"))
      const g = await groupOf(groupId)
      expect([g.member_count, g.confirmed_count, g.capacity]).toEqual([10, 5, 10])
      const [{ count }] = await sql(`SELECT count(*)::int AS count FROM group_buy_member WHERE group_id = ?`, [groupId])
      expect(count).toBe(10)
      expect((await service.retrieveGroupBuyCampaign(c.id)).sold_quantity).toBe(10)
    })

    it("moves overflow payers into another open group (or opens one) when what they paid covers its place", async () => {
      const c = await campaign({ max_per_group: 4 }, [{ threshold: 2, price: 9.9 }])
      const groupId = await groupWith(c.id, 2)
      const { ok, codes } = await settle(Array.from({ length: 8 }, () => reserve(c.id, { group_id: groupId, unit_price: 9.9 })))
      expect(codes).toEqual([])
      expect(ok.filter((r) => r.group_id === groupId)).toHaveLength(2)
      const moved = ok.filter((r) => r.moved)
      expect(moved).toHaveLength(6)
      // 6 movers: the first opens a new group, three join it (4 places), the fifth opens another.
      const counts = await sql(`SELECT member_count FROM group_buy_group WHERE campaign_id = ? ORDER BY id`, [c.id])
      expect(counts.map((r) => r.member_count)).toEqual([4, 4, 2])
      expect(moved.filter((r) => r.created_group)).toHaveLength(2)
    })

    it("never sells past the campaign's stock cap, whatever the concurrency", async () => {
      const c = await campaign({ stock_cap: 7, max_per_group: 100 })
      const { ok, codes } = await settle(Array.from({ length: 20 }, () => reserve(c.id, { quantity: 1 })))
      expect(ok).toHaveLength(7)
      expect(codes).toEqual(Array(13).fill("campaign_sold_out"))
      expect((await service.retrieveGroupBuyCampaign(c.id)).sold_quantity).toBe(7)
      // A released place is stock again.
      expect(await service.releaseSlot(ok[0].member_id, ok[0].created_group)).toBe(true)
      expect((await service.retrieveGroupBuyCampaign(c.id)).sold_quantity).toBe(6)
      await expect(reserve(c.id)).resolves.toBeTruthy()
      await expect(reserve(c.id)).rejects.toMatchObject({ code: "campaign_sold_out" })
      // The database itself refuses an oversell.
      await expect(sql(`UPDATE group_buy_campaign SET sold_quantity = 8 WHERE id = ?`, [c.id])).rejects.toThrow(/stock_check/)
    })

    it("keeps one customer within the per-customer joins and units under concurrent checkouts", async () => {
      const c = await campaign({ max_joins_per_customer: 2, max_per_group: 100 })
      const { ok, codes } = await settle(Array.from({ length: 10 }, () => reserve(c.id, { customer_id: "cus_greedy" })))
      expect(ok).toHaveLength(2)
      expect(new Set(codes)).toEqual(new Set(["customer_join_limit"]))

      const u = await campaign({ max_units_per_customer: 3, max_per_group: 100 }, [{ threshold: 2, price: 9.9 }])
      const units = await settle(Array.from({ length: 6 }, () => reserve(u.id, { customer_id: "cus_bulk", quantity: 2 })))
      expect(units.ok).toHaveLength(1) // 2 units; a second 2 would make 4 > 3
      expect(new Set(units.codes)).toEqual(new Set(["customer_unit_limit"]))
      const [{ units: held }] = await sql(`SELECT sum(quantity)::int AS units FROM group_buy_member WHERE campaign_id = ? AND customer_id = 'cus_bulk'`, [u.id])
      expect(held).toBe(2)
      // Refusals gave their stock back.
      expect((await service.retrieveGroupBuyCampaign(u.id)).sold_quantity).toBe(2)
    })

    it("refuses inactive, not-started, ended campaigns, unknown variants and currencies, with stable codes and nothing written", async () => {
      const draft = await campaign({ status: "draft" })
      await expect(reserve(draft.id)).rejects.toMatchObject({ code: "campaign_inactive" })
      const future = await campaign({ starts_at: new Date("2026-12-01T00:00:00Z") })
      await expect(reserve(future.id)).rejects.toMatchObject({ code: "campaign_not_started" })
      const past = await campaign({ ends_at: new Date("2026-11-20T00:00:00Z"), starts_at: new Date("2026-11-01T00:00:00Z") })
      await expect(reserve(past.id)).rejects.toMatchObject({ code: "campaign_ended" })
      const c = await campaign()
      await expect(reserve(c.id, { variant_id: "variant_other" })).rejects.toMatchObject({ code: "variant_not_in_campaign" })
      await expect(reserve(c.id, { currency_code: "usd" })).rejects.toMatchObject({ code: "currency_not_supported" })
      await expect(reserve("gbcmp_missing")).rejects.toMatchObject({ code: "campaign_not_found" })
      const [{ count }] = await sql(`SELECT count(*)::int AS count FROM group_buy_member`)
      expect(count).toBe(0)
      expect((await service.retrieveGroupBuyCampaign(c.id)).sold_quantity).toBe(0)
    })

    it("is idempotent by cart, and a release gives back exactly the place, the stock and an emptied new group", async () => {
      const c = await campaign()
      const first = await reserve(c.id, { cart_id: "cart_same", customer_id: "cus_a" })
      const again = await service.reserveSlot({
        cart_id: "cart_same",
        customer_id: "cus_a",
        campaign_id: c.id,
        variant_id: "variant_1",
        quantity: 1,
        unit_price: 9.9,
        currency_code: "cny",
        group_id: null,
        now: NOW,
      })
      expect(again).toMatchObject({ member_id: first.member_id, existing: true })
      expect(await service.releaseSlot(first.member_id, true)).toBe(true)
      expect(await service.releaseSlot(first.member_id, true)).toBe(false)
      expect(await sql(`SELECT id FROM group_buy_group WHERE id = ?`, [first.group_id])).toEqual([])
      expect((await service.retrieveGroupBuyCampaign(c.id)).sold_quantity).toBe(0)
    })

    it("confirms a member once, succeeds the group at its first threshold, and closes with exact price protection", async () => {
      const c = await campaign()
      const a = await reserve(c.id, { unit_price: 9.9 })
      const ra = await service.confirmMember({ cart_id: `cart_${cartSeq}`, order_id: "order_a", now: NOW })
      expect(ra).toMatchObject({ confirmed_now: true, succeeded_now: false })
      const replay = await service.confirmMember({ cart_id: `cart_${cartSeq}`, order_id: "order_a", now: NOW })
      expect(replay).toMatchObject({ confirmed_now: false })
      await reserve(c.id, { group_id: a.group_id, unit_price: 9.9 })
      const rb = await service.confirmMember({ cart_id: `cart_${cartSeq}`, order_id: "order_b", now: NOW })
      expect(rb).toMatchObject({ succeeded_now: true })
      expect(rb!.group).toMatchObject({ status: "succeeded", confirmed_count: 2, current_tier_threshold: 2 })
      // A third joiner pays 8.80 (the group has 3 with them); a price below the place's is refused.
      await expect(reserve(c.id, { group_id: a.group_id, unit_price: 7 })).rejects.toMatchObject({ code: "group_price_changed" })
      await reserve(c.id, { group_id: a.group_id, unit_price: 8.8 })
      await service.confirmMember({ cart_id: `cart_${cartSeq}`, order_id: "order_c", now: NOW })

      // Not due yet (not expired, not full) unless forced.
      expect(await service.closeGroup({ group_id: a.group_id, now: NOW })).toBeNull()
      const closed = await service.closeGroup({ group_id: a.group_id, now: NOW, force: true, reason: "test" })
      expect(closed).toMatchObject({ status: "closed", end_reason: "test" })
      expect(Number(closed!.final_unit_price)).toBe(8.8)
      const members = await sql(`SELECT order_id, protection_amount::text AS p FROM group_buy_member WHERE group_id = ? ORDER BY order_id`, [a.group_id])
      // 9.90 − 8.80 = 1.10 for the two who paid 9.90; nothing for the one who paid 8.80
      expect(members.map((m) => [m.order_id, m.p])).toEqual([["order_a", "1.1"], ["order_b", "1.1"], ["order_c", null]])
      expect(await service.closeGroup({ group_id: a.group_id, now: NOW, force: true })).toBeNull()
    })

    it("fails only due groups with nothing pending; auto-fills a group one member short when the campaign allows it", async () => {
      const c = await campaign({ group_lifetime_hours: 1 }, [{ threshold: 3, price: 9.9 }])
      const g = await groupWith(c.id, 1)
      const pending = await reserve(c.id, { group_id: g })
      const after = new Date(NOW.getTime() + 2 * 3600 * 1000)
      expect(await service.failGroup({ group_id: g, now: NOW, reason: "expired" })).toBeNull() // not due
      expect(await service.failGroup({ group_id: g, now: after, reason: "expired" })).toBeNull() // a payer in flight
      await service.confirmMember({ cart_id: `cart_${cartSeq}`, order_id: "order_late", now: LATER })
      expect(pending.group_id).toBe(g)

      const filled = await campaign({ group_lifetime_hours: 1, auto_fill: true }, [{ threshold: 3, price: 9.9 }])
      const f = await groupWith(filled.id, 2)
      const one = await groupWith(filled.id, 1)
      expect(await service.autoFillGroup({ group_id: f, now: after })).toMatchObject({ status: "succeeded", auto_filled: true })
      expect(await service.autoFillGroup({ group_id: one, now: after })).toBeNull() // two short
      expect(await service.failGroup({ group_id: one, now: after, reason: "expired" })).toMatchObject({ status: "failed" })
      // Without auto-fill, two members of three fail.
      expect(await service.autoFillGroup({ group_id: g, now: after })).toBeNull()
      expect(await service.failGroup({ group_id: g, now: after, reason: "expired" })).toMatchObject({ status: "failed", end_reason: "expired" })
      const closed = await service.closeGroup({ group_id: f, now: after })
      expect(Number(closed!.final_unit_price)).toBe(9.9) // an auto-filled group pays its first tier
    })

    it("hands each due group to exactly one of two overlapping job ticks, and again after a lapsed lease", async () => {
      const c = await campaign({ group_lifetime_hours: 1 })
      const ids: string[] = []
      for (let i = 0; i < 12; i++) {
        ids.push((await reserve(c.id)).group_id)
        await service.confirmMember({ cart_id: `cart_${cartSeq}`, order_id: `order_${cartSeq}`, now: NOW })
      }
      const due = new Date(NOW.getTime() + 2 * 3600 * 1000)
      const claim = (owner: string) => service.claimDueGroups({ now: due, after_id: "", limit: 50, owner, lease_seconds: 60 })
      const [a, b] = await Promise.all([claim("tick-a"), claim("tick-b")])
      const all = [...a, ...b].map((g) => g.id)
      expect(new Set(all).size).toBe(all.length)
      expect(all.sort()).toEqual([...ids].sort())
      expect(await claim("tick-c")).toEqual([]) // leased
      await sql(`UPDATE group_buy_group SET lease_until = now() - interval '1 second'`)
      expect((await claim("tick-d")).length).toBe(12) // a crashed tick's groups come back
      // Paging by id: after the last id there is nothing.
      await sql(`UPDATE group_buy_group SET lease_until = NULL`)
      const page = await service.claimDueGroups({ now: due, after_id: [...ids].sort()[5], limit: 50, owner: "x", lease_seconds: 60 })
      expect(page.map((g) => g.id)).toEqual([...ids].sort().slice(6))
    })

    it("opens one community group per pickup point and cutoff day, and refuses a cart for another point", async () => {
      const c = await campaign(
        { kind: "community", group_lifetime_hours: null, cutoff_time: "22:00", max_per_group: 50 },
        [{ threshold: 5, price: 6.5 }, { threshold: 10, price: 5.9 }]
      )
      const at = (point: string, q: number, group_id: string | null = null) =>
        reserve(c.id, { pickup_point_id: point, leader_id: `leader_${point}`, quantity: q, unit_price: 6.5, group_id })
      const results = await settle([at("pt_a", 2), at("pt_a", 3), at("pt_b", 1), at("pt_a", 1)])
      expect(results.codes).toEqual([])
      const groups = await sql(`SELECT pickup_point_id, quantity, cutoff_day, expires_at, leader_id FROM group_buy_group WHERE campaign_id = ? ORDER BY pickup_point_id`, [c.id])
      expect(groups.map((g) => [g.pickup_point_id, g.quantity, g.cutoff_day, g.leader_id])).toEqual([
        ["pt_a", 6, "2026-11-25", "leader_pt_a"],
        ["pt_b", 1, "2026-11-25", "leader_pt_b"],
      ])
      expect(new Date(groups[0].expires_at)).toEqual(new Date("2026-11-25T14:00:00Z")) // 22:00 in Shanghai
      const ptA = results.ok[0].group_id
      await expect(at("pt_b", 1, ptA)).rejects.toMatchObject({ code: "pickup_point_mismatch" })
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import pickupData from "../../../data/pickup-points.json"
import { distanceMeters } from "../../../src/modules/pickup/utils/geo"
import { storeHeaders } from "../../helpers/auth"
import { seedDemo } from "../../helpers/seed"
import type { SeedResult } from "../../../src/scripts/seed/index"

jest.setTimeout(120 * 1000)

// 文三路 (HZ-XH-01) in Hangzhou's Xihu district.
const WENSAN = { latitude: 30.277, longitude: 120.13 }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let h: ReturnType<typeof storeHeaders>

    beforeAll(async () => {
      seed = await seedDemo(getContainer())
      h = storeHeaders(seed.publishableKey)
    })

    describe("GET /store/pickup-points/nearby", () => {
      it("returns only the seeded points whose radius covers the customer, nearest first", async () => {
        const res = await api.get(`/store/pickup-points/nearby?latitude=${WENSAN.latitude}&longitude=${WENSAN.longitude}`, h)

        const expected = pickupData.points
          .map((p) => ({ code: p.code, d: distanceMeters(WENSAN, p), r: p.radius_km * 1000 }))
          .filter((p) => p.d <= p.r)
          .sort((a, b) => a.d - b.d)
          .map((p) => p.code)
        expect(expected).toEqual(["HZ-XH-01", "HZ-XH-02", "HZ-XH-03"])
        expect(res.data.pickup_points.map((p: any) => p.code)).toEqual(expected)
        expect(res.data.count).toBe(3)
        const distances = res.data.pickup_points.map((p: any) => p.distance_m)
        expect(distances).toEqual([...distances].sort((a, b) => a - b))
        expect(distances[0]).toBe(0)
        for (const p of res.data.pickup_points) {
          expect(p.distance_m).toBeLessThanOrEqual(p.radius_km * 1000)
          expect(p).not.toHaveProperty("daily_capacity")
          expect(p).not.toHaveProperty("leader_id")
        }
        expect(res.headers["server-timing"]).toMatch(/^nearby;dur=\d+(\.\d+)?$/)
      })

      it("says which points are open at a given instant, in the store time zone", async () => {
        const q = `latitude=${WENSAN.latitude}&longitude=${WENSAN.longitude}`
        // 2026-11-25T23:45:00Z is 07:45 in Shanghai: HZ-XH-02 opens at 07:30, the others at 08:00.
        const early = await api.get(`/store/pickup-points/nearby?${q}&at=2026-11-25T23:45:00Z`, h)
        expect(early.data.pickup_points.map((p: any) => [p.code, p.open_now])).toEqual([
          ["HZ-XH-01", false],
          ["HZ-XH-02", true],
          ["HZ-XH-03", false],
        ])
        const onlyOpen = await api.get(`/store/pickup-points/nearby?${q}&at=2026-11-25T23:45:00Z&open_now=true`, h)
        expect(onlyOpen.data.pickup_points.map((p: any) => p.code)).toEqual(["HZ-XH-02"])
      })

      it("finds nothing far from every point", async () => {
        const res = await api.get(`/store/pickup-points/nearby?latitude=39.9042&longitude=116.4074`, h)
        expect(res.data).toEqual({ pickup_points: [], count: 0, offset: 0, limit: 20 })
      })

      it("answers 400 invalid_data for missing or impossible coordinates", async () => {
        for (const q of ["latitude=30.2", "latitude=95&longitude=120", "latitude=x&longitude=1", "latitude=30&longitude=120&limit=500", "latitude=30&longitude=120&at=yesterday"]) {
          const res = await api.get(`/store/pickup-points/nearby?${q}`, h).catch((e: any) => e.response)
          expect([q, res.status, res.data.code]).toEqual([q, 400, "invalid_data"])
        }
      })
    })

    describe("GET /store/pickup-points/:id", () => {
      it("returns a point, with the distance to and coverage of given coordinates", async () => {
        const id = seed.pickupPointIds["HZ-XH-03"]
        const plain = await api.get(`/store/pickup-points/${id}`, h)
        expect(plain.data.pickup_point).toMatchObject({ id, code: "HZ-XH-03", radius_km: 3 })
        const near = await api.get(`/store/pickup-points/${id}?latitude=${WENSAN.latitude}&longitude=${WENSAN.longitude}`, h)
        expect(near.data.pickup_point.covers_location).toBe(true)
        const far = await api.get(`/store/pickup-points/${id}?latitude=30.19&longitude=120.27`, h)
        expect(far.data.pickup_point.covers_location).toBe(false)
        expect(far.data.pickup_point.distance_m).toBeGreaterThan(3000)
      })

      it("answers 404 pickup_point_not_found for an unknown id", async () => {
        const res = await api.get(`/store/pickup-points/pkpt_nope`, h).catch((e: any) => e.response)
        expect(res.status).toBe(404)
        expect(res.data.code).toBe("pickup_point_not_found")
      })
    })
  },
})

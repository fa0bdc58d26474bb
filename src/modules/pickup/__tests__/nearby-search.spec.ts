import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { PICKUP_MODULE } from "../index"
import type PickupModuleService from "../service"
import { everyDay } from "../utils/opening-hours"
import { distanceMeters } from "../utils/geo"

jest.setTimeout(60 * 1000)

const HERE = { latitude: 30.2770, longitude: 120.1300 }

/** A point `km` kilometres north of HERE (1° of latitude ≈ 111.3 km on the earthdistance sphere). */
const north = (km: number) => ({ latitude: HERE.latitude + km / 111.318, longitude: HERE.longitude })

const point = (name: string, at: { latitude: number; longitude: number }, radius_km: number, extra = {}) => ({
  name,
  address: `${name} address`,
  ...at,
  radius_km,
  opening_hours: everyDay("08:00-21:00"),
  daily_capacity: 100,
  ...extra,
})

moduleIntegrationTestRunner<PickupModuleService>({
  moduleName: PICKUP_MODULE,
  resolve: "./src/modules/pickup",
  dbName: `medusa-pickup-module-${process.pid}`,
  // The migrations, not the models, create the spatial column, its trigger and index.
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    describe("searchNearby", () => {
      it("returns only the points whose own radius covers the location, nearest first, with distances", async () => {
        await service.createPickupPoints([
          point("far-but-wide", north(4), 5), // 4 km away, serves 5 km → in
          point("near", north(0.5), 1), // 0.5 km, serves 1 km → in
          point("mid-narrow", north(2), 1.5), // 2 km, serves 1.5 km → out
          point("nearest", north(0.1), 0.5), // 0.1 km → in
          point("too-far", north(12), 10), // 12 km, serves 10 → out
        ])

        const found = await service.searchNearby({ ...HERE })

        expect(found.map((p) => p.name)).toEqual(["nearest", "near", "far-but-wide"])
        for (const p of found) {
          // The SQL distance agrees with the JS great-circle distance on the same sphere (to the meter).
          expect(Math.abs(p.distance_m - distanceMeters(HERE, p))).toBeLessThanOrEqual(1)
          expect(p.distance_m).toBeLessThanOrEqual(p.radius_km * 1000)
        }
        expect(found[0].distance_m).toBeGreaterThan(90)
        expect(found[0].distance_m).toBeLessThan(110)
        expect(found[2].distance_m).toBeGreaterThan(3990)
        expect(found[2].distance_m).toBeLessThan(4010)
      })

      it("skips paused, closed and deleted points unless asked for their status", async () => {
        const [active, paused, closed, deleted] = await service.createPickupPoints([
          point("active", north(0.2), 2),
          point("paused", north(0.3), 2, { status: "paused" }),
          point("closed", north(0.4), 2, { status: "closed" }),
          point("deleted", north(0.1), 2),
        ])
        await service.softDeletePickupPoints([deleted.id])

        expect((await service.searchNearby(HERE)).map((p) => p.id)).toEqual([active.id])
        expect(
          (await service.searchNearby({ ...HERE, statuses: ["active", "paused", "closed"] })).map((p) => p.id)
        ).toEqual([active.id, paused.id, closed.id])
      })

      it("follows a point that moves (the spatial column is kept up to date)", async () => {
        const [p] = await service.createPickupPoints([point("mover", north(8), 2)])
        expect(await service.searchNearby(HERE)).toHaveLength(0)

        await service.updatePickupPoints({ id: p.id, ...north(1) })

        const found = await service.searchNearby(HERE)
        expect(found.map((x) => x.id)).toEqual([p.id])
        expect(found[0].distance_m).toBeGreaterThan(990)
        expect(found[0].distance_m).toBeLessThan(1010)
      })

      it("caps the result size and breaks distance ties by id", async () => {
        const created = await service.createPickupPoints(
          Array.from({ length: 30 }, (_, i) => point(`p${i}`, north(1 + i * 0.01), 5))
        )
        const found = await service.searchNearby({ ...HERE, limit: 10 })
        expect(found).toHaveLength(10)
        expect(found.map((p) => p.name)).toEqual(created.slice(0, 10).map((p) => p.name))
        expect(await service.searchNearby({ ...HERE, limit: 1000 })).toHaveLength(30)
      })

      it("finds nothing where no point serves", async () => {
        await service.createPickupPoints([point("hangzhou", HERE, 5)])
        expect(await service.searchNearby({ latitude: 39.9042, longitude: 116.4074 })).toEqual([])
      })
    })

    describe("database rules", () => {
      it("refuses impossible coordinates, radius and capacity", async () => {
        await expect(service.createPickupPoints([point("x", { latitude: 91, longitude: 0 }, 1)])).rejects.toThrow()
        await expect(service.createPickupPoints([point("x", HERE, 0)])).rejects.toThrow()
        await expect(service.createPickupPoints([point("x", HERE, 1, { daily_capacity: -1 })])).rejects.toThrow()
        expect(await service.listPickupPoints({})).toHaveLength(0)
      })

      it("keeps point codes unique", async () => {
        await service.createPickupPoints([point("a", HERE, 1, { code: "HZ-01" })])
        await expect(service.createPickupPoints([point("b", HERE, 1, { code: "HZ-01" })])).rejects.toThrow()
      })
    })

    describe("coverage", () => {
      it("tells whether a location is inside a point's radius", async () => {
        const [p] = await service.createPickupPoints([point("p", HERE, 2)])
        expect(await service.coverage(p.id, north(1.5))).toEqual(
          expect.objectContaining({ covered: true, distance_m: expect.any(Number) })
        )
        const out = await service.coverage(p.id, north(2.5))
        expect(out.covered).toBe(false)
        expect(out.distance_m).toBeGreaterThan(2490)
      })
    })
  },
})

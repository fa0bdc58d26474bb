import { distanceMeters, EARTH_RADIUS_M, isValidCoordinate, nearestNeighbourRoute } from "../geo"

describe("distanceMeters", () => {
  it("is zero for the same place and symmetric", () => {
    const a = { latitude: 30.277, longitude: 120.13 }
    const b = { latitude: 30.2105, longitude: 120.212 }
    expect(distanceMeters(a, a)).toBe(0)
    expect(distanceMeters(a, b)).toBeCloseTo(distanceMeters(b, a), 6)
  })

  it("measures one degree of latitude as 1/360 of the earthdistance sphere's circumference", () => {
    const d = distanceMeters({ latitude: 30, longitude: 120 }, { latitude: 31, longitude: 120 })
    expect(d).toBeCloseTo((2 * Math.PI * EARTH_RADIUS_M) / 360, 3) // 111,318.8 m
  })

  it("shrinks longitude degrees with latitude", () => {
    const atEquator = distanceMeters({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 })
    const at60 = distanceMeters({ latitude: 60, longitude: 0 }, { latitude: 60, longitude: 1 })
    expect(at60 / atEquator).toBeCloseTo(0.5, 2)
  })
})

describe("isValidCoordinate", () => {
  it("accepts the earth and nothing else", () => {
    expect(isValidCoordinate({ latitude: 30.2, longitude: 120.1 })).toBe(true)
    expect(isValidCoordinate({ latitude: -90, longitude: 180 })).toBe(true)
    expect(isValidCoordinate({ latitude: 90.1, longitude: 0 })).toBe(false)
    expect(isValidCoordinate({ latitude: 0, longitude: -180.5 })).toBe(false)
    expect(isValidCoordinate({ latitude: NaN, longitude: 0 })).toBe(false)
    expect(isValidCoordinate({ latitude: 1 })).toBe(false)
  })
})

describe("nearestNeighbourRoute", () => {
  const warehouse = { latitude: 30.0, longitude: 120.0 }
  const east = (km: number, name: string) => ({ name, latitude: 30.0, longitude: 120.0 + km / 96.4 })

  it("always drives to the closest stop not yet visited", () => {
    // Stops along a road east of the warehouse, listed out of order, plus one back west.
    const stops = [east(10, "c"), east(2, "a"), east(5, "b"), east(-3, "w")]
    const route = nearestNeighbourRoute(warehouse, stops)
    // From 0: a (2 km) → w? no: from a, b is 3 km, w is 5 km → b → from b: c is 5 km, w is 8 km → c → w.
    expect(route.map((r) => r.stop.name)).toEqual(["a", "b", "c", "w"])
  })

  it("accumulates the legs", () => {
    const route = nearestNeighbourRoute(warehouse, [east(2, "a"), east(5, "b")])
    expect(route[0].leg_m).toBeGreaterThan(1990)
    expect(route[0].leg_m).toBeLessThan(2010)
    expect(route[1].leg_m).toBeGreaterThan(2990)
    expect(route[1].cumulative_m).toBeGreaterThan(4990)
    expect(route[1].cumulative_m).toBeLessThan(5010)
  })

  it("breaks ties by the order the stops were given, and handles no stops", () => {
    const a = { name: "first", latitude: 30.01, longitude: 120.0 }
    const b = { name: "second", latitude: 30.01, longitude: 120.0 }
    expect(nearestNeighbourRoute(warehouse, [a, b]).map((r) => r.stop.name)).toEqual(["first", "second"])
    expect(nearestNeighbourRoute(warehouse, [])).toEqual([])
  })
})

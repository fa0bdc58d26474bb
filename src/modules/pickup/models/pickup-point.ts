import { model } from "@medusajs/framework/utils"

/**
 * A community pickup point (自提点): where a leader hands out the orders of the customers around it.
 * Its coordinates also feed a PostGIS-free spatial index (column `location`, type `earth`, maintained by a
 * trigger; see the migrations), which the nearby search uses.
 */
export const PickupPoint = model
  .define("pickup_point", {
    id: model.id({ prefix: "pkpt" }).primaryKey(),
    /** Short code operators and drivers use, e.g. "HZ-XH-01". */
    code: model.text().nullable(),
    name: model.text().searchable(),
    address: model.text().searchable(),
    district: model.text().nullable(),
    city: model.text().nullable(),
    latitude: model.float(),
    longitude: model.float(),
    /** The point serves customers within this distance (km). */
    radius_km: model.float(),
    /** Local opening hours per weekday: { mon: [{ open: "08:00", close: "21:00" }], …, sun: [] }. */
    opening_hours: model.json(),
    /** Orders the point can hand out per day. */
    daily_capacity: model.number(),
    /** active: takes orders · paused: temporarily not (leader away) · closed: for good. */
    status: model.enum(["active", "paused", "closed"]).default("active"),
    leader_id: model.text().nullable(),
    contact_phone: model.text().nullable(),
    photo_url: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["code"], unique: true, where: "code IS NOT NULL" },
    { on: ["leader_id"], where: "leader_id IS NOT NULL" },
    { on: ["status", "radius_km"] },
  ])
  .checks([
    { name: "pickup_point_latitude_range", expression: (c) => `${c.latitude} BETWEEN -90 AND 90` },
    { name: "pickup_point_longitude_range", expression: (c) => `${c.longitude} BETWEEN -180 AND 180` },
    { name: "pickup_point_radius_range", expression: (c) => `${c.radius_km} > 0 AND ${c.radius_km} <= 50` },
    { name: "pickup_point_capacity_positive", expression: (c) => `${c.daily_capacity} >= 0` },
  ])

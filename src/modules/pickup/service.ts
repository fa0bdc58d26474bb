import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { decryptSecret, encryptSecret, lookupHash } from "../../lib/secrets"
import { DeliveryBatch } from "./models/delivery-batch"
import { PickupAttemptWindow } from "./models/pickup-attempt-window"
import { PickupOrder } from "./models/pickup-order"
import { PickupPoint } from "./models/pickup-point"
import { PickupVerification } from "./models/pickup-verification"
import type {
  DeliveryBatchStatus,
  NearbyPickupPoint,
  NearbySearchInput,
  PickupOrderDTO,
  PickupPointDTO,
  PickupPointStatus,
  RecordPickupOrderInput,
  VerifierKind,
} from "./types"
import { distanceMeters } from "./utils/geo"
import { formatPickupCode, generatePickupCode, normalizePickupCode } from "./utils/pickup-code"
import { MAX_WRONG_CODES, windowStart } from "./utils/rate-limit"

const POINT_COLUMNS = [
  "id",
  "code",
  "name",
  "address",
  "district",
  "city",
  "latitude",
  "longitude",
  "radius_km",
  "opening_hours",
  "daily_capacity",
  "status",
  "leader_id",
  "contact_phone",
  "photo_url",
  "metadata",
  "created_at",
  "updated_at",
]

export const MAX_NEARBY_LIMIT = 100

const isUniqueViolation = (e: unknown) => (e as { code?: string })?.code === "23505"

class PickupModuleService extends MedusaService({
  PickupPoint,
  PickupOrder,
  DeliveryBatch,
  PickupVerification,
  PickupAttemptWindow,
}) {
  /**
   * Points whose service radius covers the given location, nearest first, with their distance in meters.
   * One indexed query: the GiST index on `location` narrows the candidates to a box as large as the
   * largest radius in use, then each point's own radius decides.
   */
  @InjectManager()
  async searchNearby(
    input: NearbySearchInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<NearbyPickupPoint[]> {
    const limit = Math.max(1, Math.min(MAX_NEARBY_LIMIT, Math.floor(input.limit ?? 20)))
    const statuses: PickupPointStatus[] = input.statuses?.length ? input.statuses : ["active"]
    const marks = statuses.map(() => "?").join(", ")
    const manager = sharedContext.manager as SqlEntityManager
    const rows: (PickupPointDTO & { distance_m: number })[] = await manager.execute(
      `SELECT ${POINT_COLUMNS.map((c) => `p.${c}`).join(", ")},
              sec_to_gc(cube_distance(ll_to_earth(?::float8, ?::float8), p.location)) AS distance_m
         FROM pickup_point p
        WHERE p.deleted_at IS NULL
          AND p.status IN (${marks})
          AND earth_box(
                ll_to_earth(?::float8, ?::float8),
                (SELECT coalesce(max(radius_km), 0) * 1000
                   FROM pickup_point
                  WHERE deleted_at IS NULL AND status IN (${marks}))
              ) @> p.location
          AND sec_to_gc(cube_distance(ll_to_earth(?::float8, ?::float8), p.location)) <= p.radius_km * 1000
        ORDER BY distance_m, p.id
        LIMIT ?`,
      [
        input.latitude,
        input.longitude,
        ...statuses,
        input.latitude,
        input.longitude,
        ...statuses,
        input.latitude,
        input.longitude,
        limit,
      ]
    )
    return rows.map((r) => ({ ...r, distance_m: Math.round(Number(r.distance_m)) }))
  }

  /**
   * Whether a point serves the given location: its distance in meters and whether it lies within the
   * point's radius (same sphere as the SQL search).
   */
  async coverage(
    pointId: string,
    location: { latitude: number; longitude: number }
  ): Promise<{ point: PickupPointDTO; distance_m: number; covered: boolean }> {
    const point = (await this.retrievePickupPoint(pointId)) as PickupPointDTO
    const distance = distanceMeters(point, location)
    return { point, distance_m: Math.round(distance), covered: distance <= point.radius_km * 1000 }
  }

  // ---- Pickup orders and codes -------------------------------------------------------------------

  /** Records that an order is collected at a point; idempotent by order id (returns the existing row). */
  @InjectManager()
  async recordPickupOrder(
    input: RecordPickupOrderInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PickupOrderDTO> {
    const manager = sharedContext.manager as SqlEntityManager
    await manager.execute(
      `INSERT INTO pickup_order (id, order_id, pickup_point_id, customer_id, leader_id, group_id)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (order_id) WHERE deleted_at IS NULL DO NOTHING`,
      [
        generateEntityId(undefined, "pkord"),
        input.order_id,
        input.pickup_point_id,
        input.customer_id ?? null,
        input.leader_id ?? null,
        input.group_id ?? null,
      ]
    )
    const [row] = await this.listPickupOrders({ order_id: input.order_id }, { take: 1 }, sharedContext)
    return row as PickupOrderDTO
  }

  /**
   * Issues the pickup code of a pending pickup order, exactly once (conditional update). Returns false
   * when it already had one or is no longer pending.
   */
  @InjectManager()
  async issueCode(pickupOrderId: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const manager = sharedContext.manager as SqlEntityManager
    for (let attempt = 0; ; attempt++) {
      const code = generatePickupCode()
      try {
        const rows: unknown[] = await manager.execute(
          `UPDATE pickup_order
              SET status = 'collectable', code_hash = ?, code_encrypted = ?, code_issued_at = now(), updated_at = now()
            WHERE id = ? AND status = 'pending' AND code_hash IS NULL AND deleted_at IS NULL
            RETURNING id`,
          [lookupHash(code), encryptSecret(code), pickupOrderId]
        )
        return rows.length === 1
      } catch (e) {
        // Two codes out of 2^50 collided: draw again.
        if (!isUniqueViolation(e) || attempt >= 3) throw e
      }
    }
  }

  /** Withdraws a code issued by a failed workflow run (compensation): back to pending, no code. */
  @InjectManager()
  async withdrawCode(pickupOrderId: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.manager as SqlEntityManager
    await manager.execute(
      `UPDATE pickup_order SET status = 'pending', code_hash = NULL, code_encrypted = NULL, code_issued_at = NULL,
              updated_at = now()
        WHERE id = ? AND status = 'collectable'`,
      [pickupOrderId]
    )
  }

  /** The code as its customer sees it ("7KQ2M-9XH4D"), or null before it is issued. */
  revealCode(pickupOrder: Pick<PickupOrderDTO, "code_encrypted">): string | null {
    return pickupOrder.code_encrypted ? formatPickupCode(decryptSecret(pickupOrder.code_encrypted)) : null
  }

  /** The pickup order a typed code belongs to, or null (malformed or unknown). */
  @InjectManager()
  async findByCode(code: string, @MedusaContext() sharedContext: Context = {}): Promise<PickupOrderDTO | null> {
    const canonical = normalizePickupCode(code)
    if (!canonical) return null
    const [row] = await this.listPickupOrders({ code_hash: lookupHash(canonical) }, { take: 1 }, sharedContext)
    return (row as PickupOrderDTO) ?? null
  }

  /** collectable → picked_up, once: of concurrent calls exactly one gets true. */
  @InjectManager()
  async claimPickup(
    input: { id: string; actor_id: string; actor_kind: VerifierKind },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows: unknown[] = await manager.execute(
      `UPDATE pickup_order
          SET status = 'picked_up', picked_up_at = now(), picked_up_by = ?, picked_up_by_kind = ?, updated_at = now()
        WHERE id = ? AND status = 'collectable' AND deleted_at IS NULL
        RETURNING id`,
      [input.actor_id, input.actor_kind, input.id]
    )
    return rows.length === 1
  }

  /** Undoes claimPickup (workflow compensation): only the claim made by that actor. */
  @InjectManager()
  async releasePickup(input: { id: string; actor_id: string }, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as SqlEntityManager
    await manager.execute(
      `UPDATE pickup_order
          SET status = 'collectable', picked_up_at = NULL, picked_up_by = NULL, picked_up_by_kind = NULL, updated_at = now()
        WHERE id = ? AND status = 'picked_up' AND picked_up_by = ?`,
      [input.id, input.actor_id]
    )
  }

  /** The order was canceled: its pickup order can no longer be collected. Returns the ids changed. */
  @InjectManager()
  async cancelPickupOrders(orderIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    if (!orderIds.length) return []
    const manager = sharedContext.manager as SqlEntityManager
    const rows: { id: string }[] = await manager.execute(
      `UPDATE pickup_order SET status = 'canceled', canceled_at = now(), updated_at = now()
        WHERE order_id IN (${orderIds.map(() => "?").join(", ")}) AND status IN ('pending', 'collectable')
        RETURNING id`,
      orderIds
    )
    return rows.map((r) => r.id)
  }

  // ---- Rate limiting of wrong codes ----------------------------------------------------------------

  @InjectManager()
  async isRateLimited(scope: string, at: Date, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const [row] = await this.listPickupAttemptWindows(
      { scope, window_start: windowStart(at) },
      { take: 1 },
      sharedContext
    )
    return !!row && row.failures >= MAX_WRONG_CODES
  }

  /**
   * Counts a wrong code in the scope's current window unless the limit is reached (conditional upsert).
   * Returns false when the limit was already reached: the attempt is refused as rate limited.
   */
  @InjectManager()
  async countWrongCode(scope: string, at: Date, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows: unknown[] = await manager.execute(
      `INSERT INTO pickup_attempt_window (id, scope, window_start, failures) VALUES (?, ?, ?::timestamptz, 1)
       ON CONFLICT (scope, window_start) WHERE deleted_at IS NULL
       DO UPDATE SET failures = pickup_attempt_window.failures + 1, updated_at = now()
          WHERE pickup_attempt_window.failures < ?
       RETURNING failures`,
      [generateEntityId(undefined, "pkatt"), scope, windowStart(at).toISOString(), MAX_WRONG_CODES]
    )
    return rows.length === 1
  }

  // ---- Delivery batches ------------------------------------------------------------------------------

  /**
   * Puts orders into the batch of their point and delivery date (created on first use; unique by point
   * and date). An order already in a batch stays where it is. Returns the batch id and the pickup order
   * ids that joined it now.
   */
  @InjectManager()
  async addToDeliveryBatch(
    input: { pickup_point_id: string; delivery_date: string; order_ids: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ batch_id: string; added: string[] }> {
    return await this.addToDeliveryBatch_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async addToDeliveryBatch_(
    input: { pickup_point_id: string; delivery_date: string; order_ids: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ batch_id: string; added: string[] }> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    // The batch of that point and day, unless it has left the warehouse already (dispatched or arrived): a
    // late order (a member joining a succeeded community group) then goes with the point's next open batch, the
    // next day's. The batch row is locked, so a dispatch happening now waits for these orders or goes first.
    let date = input.delivery_date
    let batch: { id: string; status: string } | undefined
    for (let day = 0; day < 366; day++) {
      await manager.execute(
        `INSERT INTO delivery_batch (id, pickup_point_id, delivery_date) VALUES (?, ?, ?)
         ON CONFLICT (pickup_point_id, delivery_date) WHERE deleted_at IS NULL DO NOTHING`,
        [generateEntityId(undefined, "pkbat"), input.pickup_point_id, date]
      )
      ;[batch] = await manager.execute(
        `SELECT id, status FROM delivery_batch WHERE pickup_point_id = ? AND delivery_date = ? AND deleted_at IS NULL FOR UPDATE`,
        [input.pickup_point_id, date]
      )
      if (batch!.status === "open" || !input.order_ids.length) {
        break
      }
      date = nextDay(date)
    }
    if (!batch || !input.order_ids.length) {
      return { batch_id: batch!.id, added: [] }
    }
    const rows: { id: string }[] = await manager.execute(
      `UPDATE pickup_order SET delivery_batch_id = ?, updated_at = now()
        WHERE order_id IN (${input.order_ids.map(() => "?").join(", ")})
          AND pickup_point_id = ? AND delivery_batch_id IS NULL AND deleted_at IS NULL
        RETURNING id`,
      [batch.id, ...input.order_ids, input.pickup_point_id]
    )
    return { batch_id: batch.id, added: rows.map((r) => r.id) }
  }

  /**
   * Moves a batch between statuses only from the expected one (conditional update). Forward moves stamp
   * who and when; a move back (a workflow's compensation) clears the stamp of the status it leaves.
   */
  @InjectManager()
  async transitionBatch(
    id: string,
    from: DeliveryBatchStatus,
    to: DeliveryBatchStatus,
    actorId: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.manager as SqlEntityManager
    const order: DeliveryBatchStatus[] = ["open", "dispatched", "arrived"]
    const forward = order.indexOf(to) > order.indexOf(from)
    const stamp = forward ? to : from
    const set =
      stamp === "open"
        ? ""
        : forward
          ? `, ${stamp}_at = now(), ${stamp}_by = ?`
          : `, ${stamp}_at = NULL, ${stamp}_by = NULL`
    const rows: unknown[] = await manager.execute(
      `UPDATE delivery_batch SET status = ?, updated_at = now()${set}
        WHERE id = ? AND status = ? AND deleted_at IS NULL RETURNING id`,
      [to, ...(forward && stamp !== "open" ? [actorId] : []), id, from]
    )
    return rows.length === 1
  }

  /** The batch arrived: its orders are ready at the point. Returns the pickup orders that became ready. */
  @InjectManager()
  async markBatchReady(batchId: string, @MedusaContext() sharedContext: Context = {}): Promise<PickupOrderDTO[]> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows: { id: string }[] = await manager.execute(
      `UPDATE pickup_order SET ready_at = now(), updated_at = now()
        WHERE delivery_batch_id = ? AND ready_at IS NULL AND status IN ('pending', 'collectable')
        RETURNING id`,
      [batchId]
    )
    if (!rows.length) return []
    return (await this.listPickupOrders({ id: rows.map((r) => r.id) }, {}, sharedContext)) as PickupOrderDTO[]
  }
}

export default PickupModuleService

/** The calendar day after `date` (YYYY-MM-DD). */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

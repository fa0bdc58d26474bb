import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { randomUUID } from "crypto"
import type { GroupRow, MemberRow } from "../../modules/group-buy/types"
import { confirmGroupMemberWorkflow } from "./confirm-group-member"
import { autoFillGroupWorkflow, closeGroupWorkflow, failGroupWorkflow } from "./group-lifecycle"
import { captureGroupMemberWorkflow, protectGroupMemberPriceWorkflow, refundGroupMemberWorkflow } from "./member-payments"
import { groupBuyService } from "./utils/service"

/**
 * The group-buy expiry job's work, callable with an explicit `now` (tests, the benchmark, the scheduled job):
 *
 * 1. due groups, claimed a page at a time in id order with a lease (FOR UPDATE SKIP LOCKED), so overlapping
 *    ticks share the work and never handle the same group: open and expired → failed (or auto-filled and
 *    closed), succeeded and expired or full → closed; closed/failed groups whose members' money is not final
 *    yet → settled (captures and price protection; void/refund of failed groups' orders), one member at a
 *    time, a member's error recorded and retried next tick, never blocking the others;
 * 2. members of succeeded groups whose capture failed earlier → captured;
 * 3. pending members older than 10 minutes (a checkout that crashed between reservation and order) →
 *    confirmed if their cart became an order, else released.
 */
export type ExpiryRunOptions = {
  now?: Date
  /** Groups claimed per page (default 50). */
  batch_size?: number
  /** Groups handled at once within a page (default 4). */
  concurrency?: number
  /** Lease on a claimed group, seconds (default 300): a crashed tick's groups come back after it. */
  lease_seconds?: number
  owner?: string
}

export type ExpiryRunResult = {
  groups: number
  failed: number
  closed: number
  auto_filled: number
  refunds: number
  captures: number
  protections: number
  member_errors: number
  reconciled: number
}

const emptyResult = (): ExpiryRunResult => ({
  groups: 0,
  failed: 0,
  closed: 0,
  auto_filled: 0,
  refunds: 0,
  captures: 0,
  protections: 0,
  member_errors: 0,
  reconciled: 0,
})

const MEMBER_LEASE_SECONDS = 120
const PENDING_GRACE_MS = 10 * 60 * 1000
const CAPTURE_GRACE_MS = 60 * 1000

/** Workflow runs reject with plain objects as well as Errors. */
function errorMessage(err: unknown): string {
  const m = (err as { message?: unknown } | null)?.message
  return typeof m === "string" && m ? m : err instanceof Error ? err.toString() : JSON.stringify(err)
}

function logger(container: MedusaContainer) {
  return container.resolve(ContainerRegistrationKeys.LOGGER)
}

/**
 * Runs one money workflow for a member under its lease (skipped if another worker holds it); an error is
 * recorded on the member (attempts, last_error) and reported as false.
 */
async function withMemberLease(
  container: MedusaContainer,
  memberId: string,
  run: () => Promise<unknown>
): Promise<"done" | "busy" | "error"> {
  const service = groupBuyService(container)
  if (!(await service.leaseMember(memberId, MEMBER_LEASE_SECONDS))) {
    return "busy"
  }
  try {
    await run()
    return "done"
  } catch (err) {
    const message = errorMessage(err)
    await service.recordAttemptFailure(memberId, message)
    logger(container).warn(`group-buy: member ${memberId}: ${message}`)
    return "error"
  } finally {
    await service.releaseMemberLease(memberId)
  }
}

/** Captures a confirmed member's payment (succeeded or closed group), once. */
export async function captureMember(container: MedusaContainer, memberId: string, now = new Date()) {
  return withMemberLease(container, memberId, () =>
    captureGroupMemberWorkflow(container).run({ input: { member_id: memberId, now: now.toISOString() } })
  )
}

/** Moves every member's money of a closed or failed group to its final state; marks the group settled. */
async function settleGroup(container: MedusaContainer, group: GroupRow, now: Date, result: ExpiryRunResult) {
  const service = groupBuyService(container)
  const members = await service.membersOfGroup(group.id)
  const iso = now.toISOString()
  for (const m of members) {
    if (group.status === "failed" && m.status === "confirmed") {
      const r = await withMemberLease(container, m.id, () =>
        refundGroupMemberWorkflow(container).run({ input: { member_id: m.id, now: iso } })
      )
      count(result, r, "refunds")
    } else if (group.status === "closed" && m.status === "confirmed") {
      if (needsProtection(m)) {
        const r = await withMemberLease(container, m.id, () =>
          protectGroupMemberPriceWorkflow(container).run({ input: { member_id: m.id, now: iso } })
        )
        count(result, r, "protections")
      } else if (!m.captured_at) {
        count(result, await captureMember(container, m.id, now), "captures")
      }
    }
  }
  await service.settleGroupIfDone(group.id, now)
}

const needsProtection = (m: MemberRow) => MathBN.gt(m.protection_amount ?? 0, 0) && !m.protection_refunded_at

function count(result: ExpiryRunResult, outcome: "done" | "busy" | "error", key: "refunds" | "captures" | "protections") {
  if (outcome === "done") {
    result[key]++
  } else if (outcome === "error") {
    result.member_errors++
  }
}

async function processGroup(container: MedusaContainer, group: GroupRow, now: Date, result: ExpiryRunResult) {
  const iso = now.toISOString()
  let current: GroupRow | null = group
  if (group.status === "open") {
    const { result: filled } = await autoFillGroupWorkflow(container).run({ input: { group_id: group.id, now: iso } })
    if (filled) {
      result.auto_filled++
    } else {
      const { result: failed } = await failGroupWorkflow(container).run({ input: { group_id: group.id, now: iso, reason: "expired" } })
      if (failed) {
        result.failed++
      }
    }
    current = await groupBuyService(container).groupRow(group.id)
  }
  if (current?.status === "succeeded") {
    const { result: closed } = await closeGroupWorkflow(container).run({ input: { group_id: group.id, now: iso } })
    if (closed) {
      result.closed++
    }
    current = await groupBuyService(container).groupRow(group.id)
  }
  if (current && (current.status === "failed" || current.status === "closed") && !current.settled_at) {
    await settleGroup(container, current, now, result)
  }
}

/** Runs `fn` over `items` with at most `limit` at once. */
async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++]
      await fn(item)
    }
  })
  await Promise.all(workers)
}

export async function processDueGroups(container: MedusaContainer, options: ExpiryRunOptions = {}): Promise<ExpiryRunResult> {
  const now = options.now ?? new Date()
  const owner = options.owner ?? `expiry:${randomUUID()}`
  const batch = options.batch_size ?? 50
  const service = groupBuyService(container)
  const result = emptyResult()
  let cursor = ""
  for (;;) {
    const claimed = await service.claimDueGroups({
      now,
      after_id: cursor,
      limit: batch,
      owner,
      lease_seconds: options.lease_seconds ?? 300,
    })
    if (!claimed.length) {
      break
    }
    cursor = claimed[claimed.length - 1].id
    await pool(claimed, options.concurrency ?? 4, async (group) => {
      try {
        await processGroup(container, group, now, result)
        result.groups++
      } catch (err) {
        logger(container).error(`group-buy: group ${group.id}: ${errorMessage(err)}`)
      } finally {
        await service.releaseGroupLease(group.id, owner)
      }
    })
  }
  result.captures += await retryCaptures(container, now)
  result.reconciled += await reconcilePending(container, now)
  return result
}

/** Members of succeeded groups confirmed a while ago whose capture did not happen (the subscriber failed). */
async function retryCaptures(container: MedusaContainer, now: Date): Promise<number> {
  const service = groupBuyService(container)
  let done = 0
  let cursor = ""
  for (;;) {
    const page = await service.uncapturedMembers({ before: new Date(now.getTime() - CAPTURE_GRACE_MS), after_id: cursor, limit: 100 })
    if (!page.length) {
      return done
    }
    cursor = page[page.length - 1].id
    for (const m of page) {
      if ((await captureMember(container, m.id, now)) === "done") {
        done++
      }
    }
  }
}

/** Pending members whose checkout ended long ago: confirmed if the cart became an order, else released. */
async function reconcilePending(container: MedusaContainer, now: Date): Promise<number> {
  const service = groupBuyService(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let done = 0
  let cursor = ""
  for (;;) {
    const page = await service.stalePendingMembers({ before: new Date(now.getTime() - PENDING_GRACE_MS), after_id: cursor, limit: 100 })
    if (!page.length) {
      return done
    }
    cursor = page[page.length - 1].id
    for (const m of page) {
      const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: m.cart_id } })
      const orderId = data[0]?.order_id
      if (orderId) {
        await confirmGroupMemberWorkflow(container).run({ input: { order_id: orderId, now: now.toISOString() } })
      } else {
        // The checkout crashed before its order: the place goes back, and so does the group if it opened it
        // (an open group left without anyone in it would be offered to shoppers and fail empty).
        await service.releaseSlot(m.id, true)
      }
      done++
    }
  }
}

/**
 * Settles one closed or failed group now (an operator's close-now / fail-now): the same per-member money
 * workflows as the job; whatever fails is left for the job to retry.
 */
export async function settleGroupNow(container: MedusaContainer, groupId: string, now = new Date()): Promise<ExpiryRunResult> {
  const result = emptyResult()
  const group = await groupBuyService(container).groupRow(groupId)
  if (group && (group.status === "failed" || group.status === "closed") && !group.settled_at) {
    await settleGroup(container, group, now, result)
    result.groups = 1
  }
  return result
}

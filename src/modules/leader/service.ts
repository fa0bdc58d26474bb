import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { Leader } from "./models/leader"
import { LeaderApplication } from "./models/leader-application"
import { LeaderBinding } from "./models/leader-binding"
import { LeaderSetting } from "./models/leader-setting"
import type {
  ApplicationStatus,
  BindCustomerInput,
  BindCustomerResult,
  BindingSettings,
  BoundLeader,
  LeaderBindingDTO,
  LeaderDTO,
} from "./types"
import { closesLoop, decideBinding, isBindingActive } from "./utils/binding"

const SETTINGS_SCOPE = "store"
const DEFAULT_SETTINGS: BindingSettings = { binding_mode: "permanent", binding_days: null }

class LeaderModuleService extends MedusaService({ Leader, LeaderApplication, LeaderBinding, LeaderSetting }) {
  /**
   * The leader a customer is bound to now (锁粉), or null. A binding past its expiry (N-days mode) no
   * longer counts. The leader may be suspended: callers decide what that means for them.
   */
  @InjectManager()
  async getBoundLeader(
    customerId: string,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<BoundLeader | null> {
    const [binding] = (await this.listLeaderBindings(
      { customer_id: customerId, ended_at: null },
      { take: 1 },
      sharedContext
    )) as LeaderBindingDTO[]
    if (!binding || !isBindingActive(binding, at)) {
      return null
    }
    const [leader] = (await this.listLeaders({ id: binding.leader_id }, { take: 1 }, sharedContext)) as LeaderDTO[]
    if (!leader) {
      return null
    }
    return {
      leader_id: leader.id,
      leader_status: leader.status,
      leader_customer_id: leader.customer_id,
      pickup_point_id: leader.pickup_point_id,
      binding_id: binding.id,
      source: binding.source,
      bound_at: binding.bound_at,
      expires_at: binding.expires_at,
    }
  }

  @InjectManager()
  async getBindingSettings(@MedusaContext() sharedContext: Context = {}): Promise<BindingSettings> {
    const [row] = await this.listLeaderSettings({ scope: SETTINGS_SCOPE }, { take: 1 }, sharedContext)
    return row ? { binding_mode: row.binding_mode, binding_days: row.binding_days } : { ...DEFAULT_SETTINGS }
  }

  @InjectManager()
  async setBindingSettings(
    settings: BindingSettings,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<BindingSettings> {
    return await this.setBindingSettings_(settings, sharedContext)
  }

  @InjectTransactionManager()
  protected async setBindingSettings_(
    settings: BindingSettings,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<BindingSettings> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const days = settings.binding_mode === "days" ? settings.binding_days : null
    await manager.execute(
      `INSERT INTO leader_setting (id, scope, binding_mode, binding_days) VALUES (?, ?, ?, ?)
       ON CONFLICT (scope) WHERE deleted_at IS NULL
       DO UPDATE SET binding_mode = EXCLUDED.binding_mode, binding_days = EXCLUDED.binding_days, updated_at = now()`,
      [`lset_${SETTINGS_SCOPE}`, SETTINGS_SCOPE, settings.binding_mode, days]
    )
    return { binding_mode: settings.binding_mode, binding_days: days }
  }

  /**
   * Binds a customer to a leader by the store's binding mode. Serialized by a transaction-scoped advisory
   * lock (loop checks read other customers' bindings); the partial unique index keeps one current
   * binding per customer whatever happens.
   */
  @InjectManager()
  async bindCustomer(
    input: BindCustomerInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<BindCustomerResult> {
    return await this.bindCustomer_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async bindCustomer_(
    input: BindCustomerInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<BindCustomerResult> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(`SELECT pg_advisory_xact_lock(hashtext('leader_binding'))`)
    const now = input.at ?? new Date()

    const [leader] = (await this.listLeaders({ id: input.leader_id }, { take: 1 }, sharedContext)) as LeaderDTO[]
    if (!leader || leader.status !== "active") {
      return { outcome: "refused", reason: "leader_not_active" }
    }
    if (leader.customer_id === input.customer_id) {
      return { outcome: "refused", reason: "self_binding" }
    }

    const boundLeaderCustomerOf = async (customerId: string) => {
      const [b] = (await this.listLeaderBindings(
        { customer_id: customerId, ended_at: null },
        { take: 1 },
        sharedContext
      )) as LeaderBindingDTO[]
      if (!b || !isBindingActive(b, now)) return null
      const [l] = (await this.listLeaders({ id: b.leader_id }, { take: 1 }, sharedContext)) as LeaderDTO[]
      return l?.customer_id ?? null
    }
    if (await closesLoop(input.customer_id, leader.customer_id, boundLeaderCustomerOf)) {
      return { outcome: "refused", reason: "binding_loop" }
    }

    const settings = await this.getBindingSettings(sharedContext)
    const [current] = (await this.listLeaderBindings(
      { customer_id: input.customer_id, ended_at: null },
      { take: 1 },
      sharedContext
    )) as LeaderBindingDTO[]
    const [currentLeader] = current
      ? ((await this.listLeaders({ id: current.leader_id }, { take: 1 }, sharedContext)) as LeaderDTO[])
      : []
    const decision = decideBinding({
      mode: settings.binding_mode,
      days: settings.binding_days,
      current: current ?? null,
      leaderId: leader.id,
      now,
      currentLeaderActive: !currentLeader || currentLeader.status === "active",
    })
    if (decision.action === "keep") {
      return { outcome: "kept", binding: current }
    }
    let ended: LeaderBindingDTO | null = null
    if (decision.action === "replace") {
      const endedAt = current.expires_at && current.expires_at < now ? current.expires_at : now
      // Raw and immediate: the ORM would flush the insert below before this update and hit the index.
      await manager.execute(
        `UPDATE leader_binding SET ended_at = ?::timestamptz, end_reason = ?, updated_at = now() WHERE id = ?`,
        [endedAt.toISOString(), decision.reason, current.id]
      )
      ended = { ...current, ended_at: endedAt, end_reason: decision.reason }
    }
    const binding = (await this.createLeaderBindings(
      {
        customer_id: input.customer_id,
        leader_id: leader.id,
        source: input.source,
        source_ref: input.source_ref ?? null,
        mode: settings.binding_mode,
        bound_at: now,
        expires_at: decision.expires_at,
      },
      sharedContext
    )) as LeaderBindingDTO
    return { outcome: decision.action === "bind" ? "bound" : "replaced", binding, ended }
  }

  /** Undoes a binding made by bindCustomer (workflow compensation): the previous one becomes current again. */
  @InjectManager()
  async undoBinding(
    input: { binding_id: string; ended_binding_id: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.undoBinding_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async undoBinding_(
    input: { binding_id: string; ended_binding_id: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(`DELETE FROM leader_binding WHERE id = ?`, [input.binding_id])
    if (input.ended_binding_id) {
      await manager.execute(
        `UPDATE leader_binding SET ended_at = NULL, end_reason = NULL, updated_at = now() WHERE id = ?`,
        [input.ended_binding_id]
      )
    }
  }

  /**
   * Undoes a decision (the compensation of a refused approval, rejection or withdrawal): puts the application
   * back as it was before (status and review fields), if it still has the decided status.
   */
  @InjectManager()
  async restoreApplication(
    id: string,
    from: ApplicationStatus,
    prior: {
      status: ApplicationStatus
      rejection_reason: string | null
      reviewed_by: string | null
      reviewed_at: Date | string | null
      leader_id: string | null
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows: { id: string }[] = await manager.execute(
      `UPDATE leader_application
          SET status = ?, rejection_reason = ?, reviewed_by = ?, reviewed_at = ?, leader_id = ?, updated_at = now()
        WHERE id = ? AND status = ? AND deleted_at IS NULL
        RETURNING id`,
      [prior.status, prior.rejection_reason, prior.reviewed_by, prior.reviewed_at, prior.leader_id, id, from]
    )
    return rows.length === 1
  }

  /**
   * Moves an application from one status to another only if it is still in the expected one (a
   * conditional update): two operators approving at once get one success and one `false`.
   */
  @InjectManager()
  async transitionApplication(
    id: string,
    from: ApplicationStatus,
    to: ApplicationStatus,
    patch: { rejection_reason?: string | null; reviewed_by?: string | null; leader_id?: string | null } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows: { id: string }[] = await manager.execute(
      `UPDATE leader_application
          SET status = ?, rejection_reason = ?, reviewed_by = ?, leader_id = ?,
              reviewed_at = CASE WHEN ? IN ('approved', 'rejected') THEN now() ELSE reviewed_at END,
              updated_at = now()
        WHERE id = ? AND status = ? AND deleted_at IS NULL
        RETURNING id`,
      [to, patch.rejection_reason ?? null, patch.reviewed_by ?? null, patch.leader_id ?? null, to, id, from]
    )
    return rows.length === 1
  }
}

export default LeaderModuleService

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setLayoutConfigurationWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { leaderSidebarConfiguration, SIDEBAR_ZONE } from "../../modules/leader/utils/sidebar"
import { updatePickupPointsStep } from "../pickup/steps/update-pickup-points"
import { claimApplicationStep } from "./steps/claim-application"
import { createLeaderStep } from "./steps/create-leader"
import { ensureLeaderUserStep } from "./steps/ensure-leader-user"
import { providePickupPointStep } from "./steps/provide-pickup-point"
import { resolveLeaderRoleStep } from "./steps/resolve-leader-role"
import { setApplicationLeaderStep } from "./steps/set-application-leader"
import { validateNotLeaderStep } from "./steps/validate-not-leader"
import type { ApproveLeaderApplicationInput } from "./types"

export const approveLeaderApplicationWorkflowId = "approve-leader-application"

/**
 * Approval: the application is claimed first (conditional update, so a double approval fails before doing
 * anything), then the point (the proposed one, or an existing free one), the admin login with the
 * `community_leader` role, the leader, the point's leader, the leader's sidebar; `leader.approved` last.
 * Any failure undoes every step before it.
 */
export const approveLeaderApplicationWorkflow = createWorkflow(
  approveLeaderApplicationWorkflowId,
  (input: ApproveLeaderApplicationInput) => {
    const application = claimApplicationStep({
      id: input.application_id,
      to: "approved",
      reviewed_by: input.reviewed_by,
    })
    validateNotLeaderStep({ customer_id: application.customer_id })
    const { data: customers } = useQueryGraphStep({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: application.customer_id },
      options: { throwIfKeyNotFound: true },
    })
    const roleId = resolveLeaderRoleStep()

    const pointInput = transform({ input, application }, ({ input, application }) => ({
      pickup_point_id: input.pickup_point_id,
      proposal: {
        name: application.point_name,
        address: application.address,
        latitude: application.latitude,
        longitude: application.longitude,
        opening_hours: application.opening_hours as Record<string, { open: string; close: string }[]>,
        photo_url: application.photo_url ?? null,
        contact_phone: application.phone,
        radius_km: input.radius_km ?? 2,
        daily_capacity: input.daily_capacity ?? 200,
        code: input.code ?? null,
      },
    }))
    const point = providePickupPointStep(pointInput)

    const userInput = transform({ customers, application, roleId }, ({ customers, application, roleId }) => ({
      email: customers[0].email as string, // registered customers always have an email
      first_name: application.name,
      last_name: null,
      role_id: roleId,
    }))
    const login = ensureLeaderUserStep(userInput)

    const leaderInput = transform(
      { application, login, point, customers },
      ({ application, login, point, customers }) => ({
        customer_id: application.customer_id,
        user_id: login.user_id,
        pickup_point_id: point.id,
        application_id: application.id,
        name: application.name,
        phone: application.phone,
        community: application.community,
        email: customers[0].email as string,
      })
    )
    const leader = createLeaderStep(leaderInput)

    const pointPatch = transform({ point, leader }, ({ point, leader }) => [
      { id: point.id, leader_id: leader.id, status: "active" as const },
    ])
    const updatedPoints = updatePickupPointsStep(pointPatch)
    setApplicationLeaderStep(transform({ application, leader }, ({ application, leader }) => ({
      id: application.id,
      leader_id: leader.id,
    })))

    const sidebar = transform({ login }, ({ login }) => ({
      zone: SIDEBAR_ZONE,
      user_id: login.user_id,
      configuration: leaderSidebarConfiguration(),
    }))
    setLayoutConfigurationWorkflow.runAsStep({ input: sidebar })

    const event = transform({ leader }, ({ leader }) => ({
      id: leader.id,
      customer_id: leader.customer_id,
      user_id: leader.user_id,
      pickup_point_id: leader.pickup_point_id,
      application_id: leader.application_id,
    }))
    emitEventStep({ eventName: "leader.approved", data: event })

    const result = transform({ leader, updatedPoints, login }, ({ leader, updatedPoints, login }) => ({
      leader,
      pickup_point: updatedPoints[0],
      login: login.login,
    }))
    return new WorkflowResponse(result)
  }
)

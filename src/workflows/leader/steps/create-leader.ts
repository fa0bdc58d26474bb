import crypto from "crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEADER_MODULE } from "../../../modules/leader"
import type LeaderModuleService from "../../../modules/leader/service"
import type { LeaderDTO } from "../../../modules/leader/types"

export const createLeaderStepId = "create-leader"

type Input = {
  customer_id: string
  user_id: string
  pickup_point_id: string
  application_id: string
  name: string
  phone: string
  community: string
  email: string
}

/** A short, unguessable code for the leader's share link (8 base32 characters, 40 bits). */
export function newShareCode(): string {
  const alphabet = "23456789abcdefghjkmnpqrstuvwxyz"
  return Array.from(crypto.randomBytes(8), (b) => alphabet[b % alphabet.length]).join("")
}

export const createLeaderStep = createStep(
  createLeaderStepId,
  async (input: Input, { container }) => {
    const service: LeaderModuleService = container.resolve(LEADER_MODULE)
    const leader = (await service.createLeaders({
      ...input,
      status: "active",
      share_code: newShareCode(),
      approved_at: new Date(),
    })) as LeaderDTO
    return new StepResponse(leader, leader.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const service: LeaderModuleService = container.resolve(LEADER_MODULE)
    await service.deleteLeaders(id)
  }
)

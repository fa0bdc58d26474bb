import { Module } from "@medusajs/framework/utils"
import LeaderModuleService from "./service"

export const LEADER_MODULE = "leader"

export default Module(LEADER_MODULE, {
  service: LeaderModuleService,
})

export type { LeaderModuleService }

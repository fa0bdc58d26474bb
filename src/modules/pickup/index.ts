import { Module } from "@medusajs/framework/utils"
import PickupModuleService from "./service"

export const PICKUP_MODULE = "pickup"

export default Module(PICKUP_MODULE, {
  service: PickupModuleService,
})

export type { PickupModuleService }

import { Module } from "@medusajs/framework/utils"
import smsSenderLoader from "./loaders/sms-sender"
import { ACCOUNT_MODULE } from "./constants"
import AccountModuleService from "./service"

export { ACCOUNT_MODULE }

export default Module(ACCOUNT_MODULE, {
  service: AccountModuleService,
  loaders: [smsSenderLoader],
})

export { AccountModuleService }
export * from "./types"

import { MedusaService } from "@medusajs/framework/utils"
import { Leader } from "./models/leader"

class LeaderModuleService extends MedusaService({ Leader }) {}

export default LeaderModuleService

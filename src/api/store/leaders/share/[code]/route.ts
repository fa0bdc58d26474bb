import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "../../../../../lib/errors"
import { LEADER_MODULE } from "../../../../../modules/leader"
import type LeaderModuleService from "../../../../../modules/leader/service"
import type { LeaderDTO } from "../../../../../modules/leader/types"
import { leaderCard } from "../../../leader-binding/helpers"

/** GET /store/leaders/share/:code: the leader behind a share link, for the landing page. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const service: LeaderModuleService = req.scope.resolve(LEADER_MODULE)
  const [leader] = (await service.listLeaders({ share_code: req.params.code }, { take: 1 })) as LeaderDTO[]
  if (!leader || leader.status !== "active") {
    throw notFound("leader_not_found", `No active leader has the share code ${req.params.code}`)
  }
  res.json({ leader: await leaderCard(req.scope, leader) })
}

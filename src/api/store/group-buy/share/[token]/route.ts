import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "../../../../../lib/errors"
import { groupBuyService } from "../../../../../workflows/group-buy/utils/service"
import { loadGroup, presentGroupDetail } from "../../helpers"

/** GET /store/group-buy/share/:token: the group a share link points at. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const [found] = await groupBuyService(req.scope).listGroupBuyGroups({ share_token: req.params.token }, { select: ["id"], take: 1 })
  if (!found) {
    throw notFound("share_token_not_found", `No group is shared under ${req.params.token}`)
  }
  const group = await loadGroup(req.scope, found.id)
  res.json({ group: await presentGroupDetail(req.scope, group, new Date()) })
}

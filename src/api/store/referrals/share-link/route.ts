import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shareLinkFor } from "../../../../workflows/coupon/utils/referral"
import type { StoreShareLinkType } from "../validators"

/**
 * GET /store/referrals/share-link?path=/groups/gbgrp_1: a link to any storefront page carrying my referral
 * code (`?ref=`), so sharing a product or a group also invites.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreShareLinkType>, res: MedusaResponse) => {
  const { path } = req.validatedQuery as StoreShareLinkType
  const link = await shareLinkFor(req.scope, req.auth_context.actor_id, path)
  res.json({ code: link.code, url: link.url })
}

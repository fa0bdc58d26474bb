import type { PickupPointDTO } from "../../../modules/pickup/types"

export function toAdminPickupPoint(p: PickupPointDTO) {
  const { metadata: _m, ...rest } = p as PickupPointDTO & { deleted_at?: unknown }
  delete (rest as { deleted_at?: unknown }).deleted_at
  return rest
}

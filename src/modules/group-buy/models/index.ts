export { GroupBuyCampaign, CAMPAIGN_KINDS, CAMPAIGN_STATUSES } from "./campaign"
export { GroupBuyTier } from "./tier"
export { GroupBuyGroup, GROUP_STATUSES } from "./group"
export { GroupBuyMember, MEMBER_STATUSES } from "./member"

import type { TemplateDefinition } from "../utils/render"
import { accountTemplates } from "./account"
import { communityTemplates } from "./community"
import { groupBuyTemplates } from "./group-buy"
import { orderTemplates } from "./orders"
import { pickupTemplates } from "./pickup"
import { rewardTemplates } from "./rewards"

/**
 * Every customer notification template, by the name senders pass to notifyCustomer (src/lib/notify.ts),
 * each in zh-CN and en with its category (which decides whether a customer may switch it off).
 * A unit test fails when a template name used anywhere in src/ is missing here.
 */
export const NOTIFICATION_TEMPLATES: Record<string, TemplateDefinition> = {
  ...orderTemplates,
  ...pickupTemplates,
  ...groupBuyTemplates,
  ...rewardTemplates,
  ...accountTemplates,
  ...communityTemplates,
}

export function templateDefinition(name: string): TemplateDefinition | undefined {
  return Object.prototype.hasOwnProperty.call(NOTIFICATION_TEMPLATES, name) ? NOTIFICATION_TEMPLATES[name] : undefined
}

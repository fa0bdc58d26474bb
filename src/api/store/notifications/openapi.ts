import { defineOperations } from "../../../lib/openapi"
import {
  StoreListNotifications,
  StoreNotificationListSchema,
  StoreNotificationPreferencesSchema,
  StoreUpdateNotificationPreferences,
} from "./validators"

const tags = ["Notifications"]

export default defineOperations([
  {
    method: "get",
    path: "/store/notifications",
    auth: "customer",
    summary: "My messages, newest first",
    description: "Everything sent to me through the notification module, rendered in my language. Subject and text are HTML-encoded.",
    tags,
    query: StoreListNotifications,
    response: StoreNotificationListSchema,
  },
  {
    method: "get",
    path: "/store/notifications/preferences",
    auth: "customer",
    summary: "My notification language and categories",
    tags,
    response: StoreNotificationPreferencesSchema,
  },
  {
    method: "post",
    path: "/store/notifications/preferences",
    auth: "customer",
    summary: "Switch optional categories on or off, choose the language",
    description:
      "Optional categories: group_updates (joined, succeeded), coupons_points (coupon issued, coupon and points expiring), " +
      "community (replies to my reviews and questions), marketing. Transactional ones (order_status, pickup, refunds, " +
      "account) are always sent. Only the categories given change.",
    tags,
    body: StoreUpdateNotificationPreferences,
    response: StoreNotificationPreferencesSchema,
    errors: [{ status: 400, code: "category_not_optional", description: "A transactional category cannot be switched off" }],
  },
])

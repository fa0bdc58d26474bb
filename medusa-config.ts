import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { accountModuleConfig, authModuleConfig } from "./src/modules/account/config"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * Every infrastructure choice here is driven by the environment (see .env.template):
 * - REDIS_URL set: Redis event bus, workflow engine, locking and caching (needed as soon as more than one
 *   process runs); unset: Medusa's in-memory defaults (one process only).
 * - MEDUSA_WORKER_MODE: "shared" (default), "server" (HTTP only, no jobs/subscribers) or "worker".
 * - STRIPE_API_KEY set: Stripe as a second payment provider, authorize-only (captured when a group succeeds).
 */
const redisUrl = process.env.REDIS_URL
const workerMode = (process.env.MEDUSA_WORKER_MODE || "shared") as "shared" | "worker" | "server"

const redisModules = redisUrl
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
      {
        resolve: "@medusajs/medusa/cache-redis",
        options: { redisUrl },
      },
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/caching-redis",
              id: "caching-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

const paymentProviders = process.env.STRIPE_API_KEY
  ? [
      {
        resolve: "@medusajs/medusa/payment-stripe",
        id: "stripe",
        options: {
          apiKey: process.env.STRIPE_API_KEY,
          webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
          // Authorize at checkout, capture when the group succeeds.
          capture: false,
        },
      },
    ]
  : []

// PAYMENT_AUTOCAPTURE=true adds a provider that captures at checkout (pp_autocapture_autocapture): group buying's
// refund path (failed groups refunded instead of voided) for tests and demos. It moves no real money.
const autocaptureProviders =
  process.env.PAYMENT_AUTOCAPTURE === "true" ? [{ resolve: "./src/modules/payment-autocapture", id: "autocapture" }] : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    workerMode,
    redisUrl,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:5173,http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:5173,http://localhost:9000,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
    // NODE_ENV=production makes the session cookie Secure, which a browser drops over plain http. Only for
    // local production-mode runs (the browser tests): never set COOKIE_SECURE=false in a real deployment.
    ...(process.env.COOKIE_SECURE === "false" ? { cookieOptions: { secure: false } } : {}),
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true" || workerMode === "worker",
    backendUrl: process.env.MEDUSA_BACKEND_URL,
  },
  featureFlags: {
    // Leaders log into the admin with a restricted role: RBAC must be on from the very first migration.
    rbac: true,
    // Product names in zh-CN and en through Medusa's Translation module.
    translation: true,
  },
  modules: [
    { resolve: "@medusajs/medusa/rbac" },
    { resolve: "@medusajs/medusa/translation" },
    { resolve: "./src/modules/pickup" },
    { resolve: "./src/modules/leader" },
    { resolve: "./src/modules/loyalty" },
    { resolve: "./src/modules/coupon" },
    authModuleConfig(),
    accountModuleConfig(),
    { resolve: "./src/modules/group-buy" },
    { resolve: "./src/modules/commission" },
    { resolve: "./src/modules/messaging" },
    { resolve: "./src/modules/catalog" },
    { resolve: "./src/modules/review" },
    {
      resolve: "@medusajs/medusa/payment",
      options: { providers: [...paymentProviders, ...autocaptureProviders] },
    },
    ...redisModules,
  ],
})


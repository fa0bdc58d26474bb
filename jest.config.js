const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

/**
 * Three layers (see README "Tests"), chosen with TEST_TYPE:
 *   unit                 src/**\/__tests__/**\/*.unit.spec.ts        pure functions, no database
 *   integration:modules  src/modules/*\/__tests__/**\/*.spec.ts      one module against a real database
 *   integration:http     integration-tests/http/**\/*.spec.ts        the whole app through its HTTP API
 *   e2e                  e2e/**\/*.spec.ts                         the admin dashboard in a real browser
 */
const testMatch = {
  unit: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s"],
  "integration:modules": ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
  e2e: ["<rootDir>/e2e/**/*.spec.[jt]s"],
}[process.env.TEST_TYPE || "unit"]

const e2e = process.env.TEST_TYPE === "e2e"

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true, tsx: true },
          transform: { react: { runtime: "automatic" } },
        },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/.data/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch,
  // The browser suite starts one production build of the app for all its files.
  ...(e2e
    ? {
        globalSetup: "<rootDir>/e2e/support/global-setup.ts",
        globalTeardown: "<rootDir>/e2e/support/global-teardown.ts",
      }
    : {}),
  testPathIgnorePatterns:
    process.env.TEST_TYPE === "integration:modules" ? ["/node_modules/", "\\.unit\\.spec\\."] : ["/node_modules/"],
}

import fs from "fs"
import path from "path"
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core"
import { ROOT, readState } from "./server"

/** Debian's Chromium (never a browser download), with the flags this closed network needs. */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
]
export const SCREENSHOT_DIR = path.join(ROOT, ".data", "e2e-screenshots")

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS })
}

export type Lang = "en" | "zhCN"

/** A fresh browser context (own cookies) at a given viewport and dashboard language. */
export async function newContext(
  browser: Browser,
  { lang = "en", viewport = { width: 1440, height: 900 } }: { lang?: Lang; viewport?: { width: number; height: number } } = {}
): Promise<BrowserContext> {
  const { baseUrl } = readState()
  const context = await browser.newContext({ viewport, baseURL: baseUrl, locale: lang === "zhCN" ? "zh-CN" : "en-US" })
  // The dashboard's i18next reads the language from the `lng` cookie first.
  await context.addCookies([{ name: "lng", value: lang, url: baseUrl }])
  return context
}

/**
 * A scenario saves a screenshot after every step under .data/e2e-screenshots/<scenario>/, and one marked
 * FAILED when a step throws, so a failure can be seen.
 */
export function scenario(name: string, page: Page) {
  const dir = path.join(SCREENSHOT_DIR, name.replace(/[^a-z0-9-]+/gi, "-").toLowerCase())
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  let n = 0
  return async function step<T>(label: string, fn: () => Promise<T>): Promise<T> {
    n += 1
    const file = (suffix = "") =>
      path.join(dir, `${String(n).padStart(2, "0")}-${label.replace(/[^a-z0-9-]+/gi, "-").toLowerCase()}${suffix}.png`)
    try {
      const out = await fn()
      await page.screenshot({ path: file(), fullPage: false })
      return out
    } catch (err) {
      await page.screenshot({ path: file("-FAILED"), fullPage: true }).catch(() => {})
      throw err
    }
  }
}

/** Logs into the dashboard through its login form. */
export async function login(page: Page, email: string, password: string) {
  await page.goto("/app/login")
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 30_000 })
}

/**
 * Opens a dashboard page: by loading the app when the page is not in it yet, otherwise inside the running app (a
 * history entry the router follows, as a click on a link does), so a tour of many pages does not reload the
 * dashboard for each one.
 */
export async function openInApp(page: Page, url: string) {
  if (!new URL(page.url()).pathname.startsWith("/app/")) {
    await page.goto(url)
    return
  }
  await page.evaluate((to) => {
    window.history.pushState(null, "", to)
    window.dispatchEvent(new PopStateEvent("popstate"))
  }, url)
  await page.waitForURL((u) => u.pathname === url.split("?")[0])
}

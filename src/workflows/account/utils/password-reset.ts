/** The storefront page that takes a password reset token: `${STOREFRONT_URL}/reset-password?token=…&email=…`. */
export function passwordResetUrl(base: string, token: string, email: string): string {
  const url = new URL("reset-password", base.endsWith("/") ? base : `${base}/`)
  url.searchParams.set("token", token)
  url.searchParams.set("email", email)
  return url.toString()
}

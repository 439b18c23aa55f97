// The headers every answer carries, decided when the server starts (not when the site is built), so a
// build moved behind https gets HSTS and upgrade-insecure-requests from SITE_URL at once.
//
// Next streams each page's data in inline <script> tags; nonces would make every page dynamic (no cache),
// so scripts keep 'unsafe-inline' and everything else is locked down: no plugins, no framing, no foreign
// scripts, styles, connections or forms.
import { isProduction, siteUrl } from '@/env'

export function securityHeaders(https = siteUrl().startsWith('https://'), production = isProduction): Record<string, string> {
  const contentSecurityPolicy = [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
  return {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    ...(production && https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  }
}

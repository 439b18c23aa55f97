// Reads the environment once, with the defaults the README promises and no default secret in production.
import { randomBytes } from 'node:crypto'
import path from 'node:path'

import { databaseUrl } from '@/database/kind'

export const isProduction = process.env.NODE_ENV === 'production'

// The database's URL is read in src/database/kind.ts, beside the one answer to "which database?".
export { databaseUrl }

/** Where uploads are stored; beside the database so one folder holds all the site's data. */
export function mediaDir(): string {
  return process.env.MEDIA_DIR ?? path.resolve(process.cwd(), 'data', 'media')
}

let ephemeralSecret: string | undefined

/**
 * The secret that signs sessions. Production refuses to start without one; `npm start` generates and keeps
 * one for the demo. Elsewhere (dev, CLI) a throwaway secret keeps tools working without a committed default.
 */
export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (isProduction) {
    throw new Error(
      'PAYLOAD_SECRET is not set. Set it to a long random string (e.g. `openssl rand -hex 32`) before starting in production.',
    )
  }
  ephemeralSecret ??= randomBytes(32).toString('hex')
  return ephemeralSecret
}

/** The public origin of the site, used for absolute URLs and the admin's server URL. */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '')
}

// Next's own record of when each cache tag was last invalidated: a module Next shares between its
// bundles for exactly this bookkeeping, kept in memory only. Two places need to write it directly:
// at boot (pages cached before this start are expired) and from work that runs outside a request
// (scheduled publishing), where revalidateTag() refuses to run.
import { createRequire } from 'node:module'

import { expireContentCaches } from '@/server/contentCaches'

type Manifest = Map<string, { stale?: number; expired?: number }>

/** Long enough for a render that read the database just before a change to have stored its result. */
export const SECOND_PASS_MS = 1500

function manifest(): Manifest {
  const require = createRequire(import.meta.url)
  return (require('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as { tagsManifest: Manifest }).tagsManifest
}

/** Marks tags expired now: entries cached before are rendered again on their next visit. */
export function expireInManifest(tags: string[]): void {
  const tagsManifest = manifest()
  const now = Date.now()
  for (const tag of tags) tagsManifest.set(tag, { ...tagsManifest.get(tag), stale: now, expired: now })
}

/** Expires tags in this process, and empties its page and search caches, after each of these delays. */
export function expireLater(tags: string[], delaysMs: number[]): void {
  for (const delay of delaysMs) {
    setTimeout(() => {
      expireInManifest(tags)
      expireContentCaches()
    }, delay).unref()
  }
}

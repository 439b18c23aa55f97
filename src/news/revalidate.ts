import { revalidateTag } from 'next/cache'

import { expireContentCaches } from '@/server/contentCaches'

import { announceExpiry } from './broadcast'
import { expireInManifest, expireLater, SECOND_PASS_MS } from './tagsManifest'

/**
 * Expires cache tags at once: the next reader gets fresh content, never the stale page (an unpublished
 * article must not linger). A render already under way when the change lands (a link prefetch, say)
 * read the old rows but stores its page after the expiry, as if fresh; so the tags are expired once
 * more a moment later. Outside a request (a scheduled publish run by the jobs queue inside the server)
 * Next's revalidateTag refuses to run and Next's tag manifest is written directly; in seeds, scripts and
 * tests there is no Next cache and that is harmless. The server's own caches (page cache, search results:
 * src/server/contentCaches.ts) are emptied with each pass, and the other servers on the same PostgreSQL are told (./broadcast.ts).
 */
export function expireTags(tags: string[]): void {
  expireContentCaches()
  announceExpiry(tags)
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
  } catch (error) {
    if (!(error instanceof Error && error.message.includes('static generation store missing'))) throw error
    expireInManifest(tags)
  }
  expireLater(tags, [SECOND_PASS_MS])
}

// Next keeps "this tag was revalidated" in memory only. A page expired by an edit but not visited again
// before a restart would come back from disk after it, as if fresh (an unpublished article, say).
// So the server treats everything cached before it started as expired: each page is rendered again
// from the database on its first visit after a restart. This reaches into Next's tag manifest, a module
// Next shares between its bundles for exactly this bookkeeping; if a Next upgrade moves it, the server
// says so in its log instead of failing to start.
import { createRequire } from 'node:module'

import { TAGS } from './tags'

type TagsManifest = Map<string, { stale?: number; expired?: number }>

export function expireCachedPagesOnBoot(log: (message: string) => void): void {
  try {
    const require = createRequire(import.meta.url)
    const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as {
      tagsManifest: TagsManifest
    }
    const now = Date.now()
    tagsManifest.set(TAGS.articles, { ...tagsManifest.get(TAGS.articles), stale: now, expired: now })
  } catch (error) {
    log(`Could not expire pages cached before this start; they refresh on their next edit. ${String(error)}`)
  }
}

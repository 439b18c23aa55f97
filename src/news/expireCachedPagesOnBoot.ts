// Next keeps "this tag was revalidated" in memory only. A page expired by an edit but not visited again
// before a restart would come back from disk after it, as if fresh (an unpublished article, say).
// So the server treats everything cached before it started as expired: each page is rendered again
// from the database on its first visit after a restart. If a Next upgrade moves the manifest, the
// server says so in its log instead of failing to start.
import { TAGS } from './tags'
import { expireInManifest } from './tagsManifest'

export function expireCachedPagesOnBoot(log: (message: string) => void): void {
  try {
    expireInManifest([TAGS.articles, TAGS.site])
  } catch (error) {
    log(`Could not expire pages cached before this start; they refresh on their next edit. ${String(error)}`)
  }
}

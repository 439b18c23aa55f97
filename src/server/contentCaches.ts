// What this process remembers of published content outside Next's own cache: rendered pages
// (./pageCache.ts) and search results (src/search/resultCache.ts).
import { clearSearchCache } from '@/search/resultCache'

import { clearPageCache } from './pageCache'

/**
 * Forgets everything remembered of published content. Called wherever content changes expire Next's cache
 * tags (expireTags in src/news/revalidate.ts, its second pass, and the expiries other servers announce), so
 * a collection whose hooks call expireTags needs nothing more; anything else that changes what readers see
 * calls this.
 */
export function expireContentCaches(): void {
  clearPageCache()
  clearSearchCache()
}

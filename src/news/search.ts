// The public search page's read: published articles only, a page at a time, remembered for a short time
// (src/search/resultCache.ts) so that readers searching for the same words cost one search.
import configPromise from '@payload-config'
import { getPayload } from 'payload'

import { metrics } from '@/operations/metrics'
import { SEARCH_PER_PAGE, searchArticles, type SearchSort } from '@/search'
import { searchResultCache } from '@/search/resultCache'

export async function searchPublished(query: string, page: number, sort: SearchSort) {
  return searchResultCache().get({ query, page, sort }, async () => {
    const payload = await getPayload({ config: configPromise })
    const stopTimer = metrics().searchLatency.startTimer()
    try {
      return await searchArticles(payload, { query, page, perPage: SEARCH_PER_PAGE, sort })
    } finally {
      stopTimer()
    }
  })
}

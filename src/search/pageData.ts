// What the search page shows, read once for the page and for the server's fast path alike: the articles
// (remembered for a short time, src/news/search.ts) and the first documents, side by side.
import { searchDocuments } from '@/documents/search'
import { searchPublished } from '@/news/search'
import { setSingleton } from '@/server/state'

import type { SearchPageData, SearchRequest } from './searchPage'

export async function searchPageData({ query, page, sort }: SearchRequest): Promise<SearchPageData> {
  if (!query) return { query, sort, result: null, documents: null }
  const [result, documents] = await Promise.all([searchPublished(query, page, sort), searchDocuments(query)])
  return { query, sort, result, documents }
}

/**
 * Hands the read to the server (src/server/searchPages.ts), which answers the next searches itself. Called
 * when Next first loads the search page, in the process that loaded it.
 */
export function offerSearchPageData(): void {
  setSingleton('SearchPageData', searchPageData)
}

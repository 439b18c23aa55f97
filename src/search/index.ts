// Search, whatever the database: today SQLite's FTS5 (./sqlite.ts).
import configPromise from '@payload-config'
import { getPayload } from 'payload'

import { searchArticles, type SearchSort } from './sqlite'

export { clearIndex, indexArticle, removeArticle, searchArticles } from './sqlite'
export type { SearchHit, SearchResult, SearchSort } from './sqlite'

export const SEARCH_PER_PAGE = 10

/** The public search: published articles only, a page at a time. */
export async function searchPublished(query: string, page: number, sort: SearchSort) {
  const payload = await getPayload({ config: configPromise })
  return searchArticles(payload, { query, page, perPage: SEARCH_PER_PAGE, sort })
}

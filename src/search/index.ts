// Search, whatever the database: SQLite's FTS5 (./sqlite.ts) or PostgreSQL's full-text search (./postgres.ts).
import configPromise from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { Article } from '@/payload-types'

import * as postgres from './postgres'
import type { SearchResult, SearchSort } from './results'
import * as sqlite from './sqlite'

export type { SearchHit, SearchResult, SearchSort } from './results'

export const SEARCH_PER_PAGE = 10

const implementation = (payload: Payload) => (payload.db.name === 'postgres' ? postgres : sqlite)

export const indexArticle = (payload: Payload, article: Article) => implementation(payload).indexArticle(payload, article)
export const removeArticle = (payload: Payload, id: number) => implementation(payload).removeArticle(payload, id)
export const clearIndex = (payload: Payload) => implementation(payload).clearIndex(payload)
export const searchArticles = (
  payload: Payload,
  options: { query: string; page?: number; perPage?: number; sort?: SearchSort },
): Promise<SearchResult> => implementation(payload).searchArticles(payload, options)

/** The public search: published articles only, a page at a time. */
export async function searchPublished(query: string, page: number, sort: SearchSort) {
  const payload = await getPayload({ config: configPromise })
  return searchArticles(payload, { query, page, perPage: SEARCH_PER_PAGE, sort })
}

// What search asks of a database. One module per database implements it (./sqlite.ts, ./postgres.ts);
// ./index.ts picks one, once.
import type { Payload, PayloadRequest } from 'payload'

import type { Article } from '@/payload-types'

import type { SearchResult, SearchSort } from './results'

export type SearchOptions = { query: string; page?: number; perPage?: number; sort?: SearchSort }

export type SearchIndex = {
  /**
   * Writes a published article's entry. Given the save's `req`, the entry joins the save's transaction, so
   * that the article and its entry are kept or undone together; where the database saved without one
   * (SQLite), an entry that cannot be written is mended before the next search. Without `req`, a failure throws.
   */
  indexArticle(payload: Payload, article: Article, req?: PayloadRequest): Promise<void>
  /** Takes an article out of the index, on the same terms as indexArticle. */
  removeArticle(payload: Payload, id: number, req?: PayloadRequest): Promise<void>
  /** Empties the index (before a rebuild). */
  clearIndex(payload: Payload): Promise<void>
  searchArticles(payload: Payload, options: SearchOptions): Promise<SearchResult>
}

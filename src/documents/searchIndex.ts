// /van-ban's list, whatever the database: which published documents match a reader's words and filters,
// newest first, a page of ids at a time with the number of all matches. Each database reads the index its
// migration made and its triggers keep (./sqliteIndex.ts: FTS5; ./postgresIndex.ts: tsvector and GIN),
// picked once here. Takes `payload` from its callers and never imports the config.
import type { Payload } from 'payload'

import { forDatabase } from '@/database/kind'
import type { Document } from '@/payload-types'

import { postgresDocumentIndex } from './postgresIndex'
import { sqliteDocumentIndex } from './sqliteIndex'
import type { Validity } from './validity'

export type DocumentQuery = {
  /** Folded words, letters and digits only: each must begin a word of the document's folded metadata. */
  words: string[]
  typeId: number | null
  issuer: string
  field: string
  /** A year of Vietnam's calendar (UTC+7). */
  year: number | null
  validity: Validity | null
}

export type DocumentMatches = { ids: number[]; total: number }

/** What a list of documents shows of each (src/components/documents/DocumentList.tsx). */
export type DocumentEntry = Pick<Document, 'id' | 'title' | 'slug' | 'number' | 'issuer' | 'issuedAt' | 'summary' | 'validity'>

export type DocumentIndex = {
  /** The ids of `limit` matches from `offset`, newest first (date of issue, then id), and how many match in all. */
  matchDocuments(payload: Payload, query: DocumentQuery, limit: number, offset: number): Promise<DocumentMatches>
  /**
   * The list entries of those of `ids` that are published, in no particular order: one plain statement on the
   * columns a list shows (public metadata only), instead of Payload's find, which cost a page more than the
   * index itself (building the query, reading every selected field, its hooks), about 2 ms a page and 9 ms at p95.
   */
  readEntries(payload: Payload, ids: number[]): Promise<DocumentEntry[]>
}

export const { matchDocuments, readEntries } = forDatabase<DocumentIndex>({ sqlite: sqliteDocumentIndex, postgres: postgresDocumentIndex })

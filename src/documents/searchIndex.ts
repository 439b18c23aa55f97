// /van-ban's list, whatever the database: which published documents match a reader's words and filters,
// newest first, a page of ids at a time with the number of all matches. Each database reads the index its
// migration made and its triggers keep (./sqliteIndex.ts: FTS5; ./postgresIndex.ts: tsvector and GIN),
// picked once here. Takes `payload` from its callers and never imports the config.
import type { Payload } from 'payload'

import { forDatabase } from '@/database/kind'

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

export type DocumentIndex = {
  /** The ids of `limit` matches from `offset`, newest first (date of issue, then id), and how many match in all. */
  matchDocuments(payload: Payload, query: DocumentQuery, limit: number, offset: number): Promise<DocumentMatches>
}

export const { matchDocuments } = forDatabase<DocumentIndex>({ sqlite: sqliteDocumentIndex, postgres: postgresDocumentIndex })

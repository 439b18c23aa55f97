// /van-ban's search on SQLite: the FTS5 table `document_search` (migration 20261202_101613_document_search),
// one row per published document, kept by triggers on `documents`. A reader's words are prefix queries
// ("15"* finds 15 and 150, never 115), each filter one more term the row carries, so that the page and the
// count are both read from the index alone, newest first in rowid order. ./postgresIndex.ts stands beside it.
// Read off the server's thread, on the articles' search reader (src/search/sqliteReader.ts): every site
// search counts its documents too, and on the server's thread that count was a fifth of its busy time with
// sixteen readers searching at once.
import type { Payload } from 'payload'

import { searchReaderOf } from '@/search/sqliteReader'

import { ENTRY_COLUMNS, entryIds, type EntryRow, toEntry } from './entries'
import type { DocumentEntry, DocumentIndex, DocumentQuery } from './searchIndex'

/** A row's key is its second of issue × 2^24 + the document's id: the id is the low 24 bits. */
const ID_MASK = 2 ** 24 - 1

const WORD = /^[a-z0-9]+$/

/** A filter's value as the migration's triggers write it: the hex of its UTF-8 bytes (the tokenizer lowercases it). */
const hex = (value: string) => Buffer.from(value, 'utf8').toString('hex')

/**
 * The FTS5 query: every word as a prefix, every filter as an exact term, all required; `_all` when there is
 * neither. Only letters, digits and `_` reach it, each term quoted.
 */
export function toMatch(query: DocumentQuery): string {
  const terms = [
    ...query.words.filter((word) => WORD.test(word)).map((word) => `"${word}"*`),
    ...(query.typeId && Number.isSafeInteger(query.typeId) ? [`"_t${query.typeId}"`] : []),
    ...(query.year && Number.isSafeInteger(query.year) ? [`"_y${query.year}"`] : []),
    ...(query.validity ? [`"_v${hex(query.validity)}"`] : []),
    ...(query.issuer ? [`"_i${hex(query.issuer)}"`] : []),
    ...(query.field ? [`"_f${hex(query.field)}"`] : []),
  ]
  return terms.length > 0 ? terms.join(' ') : '"_all"'
}

async function matchDocuments(payload: Payload, query: DocumentQuery, limit: number, offset: number) {
  const client = searchReaderOf(payload)
  const match = toMatch(query)
  const counted = await client.execute({
    sql: 'SELECT count(*) AS n FROM document_search WHERE document_search MATCH ?',
    args: [match],
  })
  const total = Number(counted.rows[0]?.n ?? 0)
  if (offset >= total || limit <= 0) return { ids: [], total }
  const { rows } = await client.execute({
    sql: 'SELECT rowid & ? AS id FROM document_search WHERE document_search MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?',
    args: [ID_MASK, match, limit, offset],
  })
  return { ids: rows.map((row) => Number(row.id)), total }
}

async function readEntries(payload: Payload, ids: number[]): Promise<DocumentEntry[]> {
  const safe = entryIds(ids)
  if (safe.length === 0) return []
  // CROSS JOIN makes the ids the outer loop, each document found by its key: with `id IN (…)` SQLite read
  // the whole table instead whenever it thought it small (tests/int/queryPlans.int.spec.ts).
  const { rows } = await searchReaderOf(payload).execute({
    sql: `SELECT ${ENTRY_COLUMNS} FROM json_each(?) AS page CROSS JOIN documents AS d ON d.id = page.value
          WHERE d._status = 'published'`,
    args: [JSON.stringify(safe)],
  })
  return rows.map((row) => toEntry(row as unknown as EntryRow))
}

export const sqliteDocumentIndex: DocumentIndex = { matchDocuments, readEntries }

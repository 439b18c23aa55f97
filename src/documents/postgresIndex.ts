// /van-ban's search on PostgreSQL: the table `document_search` (migration 20261202_101628_document_search),
// one narrow row per published document kept by a trigger on `documents`, with the folded words as a tsvector
// (GIN) and the filters as columns. A reader's words are prefix queries (`15:*` finds 15 and 150, never 115),
// as on SQLite (./sqliteIndex.ts).
import type { Payload } from 'payload'

import { postgresPoolOf } from '@/database/clients'

import { yearBounds } from './filters'
import { ENTRY_COLUMNS, entryIds, type EntryRow, toEntry } from './entries'
import type { DocumentEntry, DocumentIndex, DocumentQuery } from './searchIndex'

const WORD = /^[a-z0-9]+$/

/** A tsquery of the words, each a prefix, all required; null when there are none. Only letters and digits reach it. */
export function toTsquery(words: string[]): string | null {
  const safe = words.filter((word) => WORD.test(word))
  return safe.length > 0 ? safe.map((word) => `${word}:*`).join(' & ') : null
}

/** The conditions of a query, with their parameters numbered from $1. */
function conditionsOf(query: DocumentQuery): { where: string; args: unknown[] } {
  const args: unknown[] = []
  const arg = (value: unknown) => `$${args.push(value)}`
  const conditions: string[] = []
  const tsquery = toTsquery(query.words)
  if (tsquery) conditions.push(`words @@ to_tsquery('simple', ${arg(tsquery)})`)
  if (query.typeId) conditions.push(`doc_type_id = ${arg(query.typeId)}`)
  if (query.issuer) conditions.push(`issuer = ${arg(query.issuer)}`)
  if (query.field) conditions.push(`field = ${arg(query.field)}`)
  if (query.validity) conditions.push(`validity = ${arg(query.validity)}`)
  if (query.year) {
    const [from, to] = yearBounds(query.year)
    conditions.push(`issued_at >= ${arg(from)} AND issued_at < ${arg(to)}`)
  }
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', args }
}

async function matchDocuments(payload: Payload, query: DocumentQuery, limit: number, offset: number) {
  const pool = postgresPoolOf(payload)
  const { where, args } = conditionsOf(query)
  const counted = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM document_search ${where}`, args)
  const total = Number(counted.rows[0]?.n ?? 0)
  if (offset >= total || limit <= 0) return { ids: [], total }
  const { rows } = await pool.query<{ document_id: number }>(
    `SELECT document_id FROM document_search ${where}
     ORDER BY issued_at DESC NULLS LAST, document_id DESC LIMIT $${args.length + 1} OFFSET $${args.length + 2}`,
    [...args, limit, offset],
  )
  return { ids: rows.map((row) => row.document_id), total }
}

async function readEntries(payload: Payload, ids: number[]): Promise<DocumentEntry[]> {
  const safe = entryIds(ids)
  if (safe.length === 0) return []
  const { rows } = await postgresPoolOf(payload).query<EntryRow>(
    `SELECT ${ENTRY_COLUMNS} FROM documents d WHERE d._status = 'published' AND d.id = ANY($1::int[])`,
    [safe],
  )
  return rows.map(toEntry)
}

export const postgresDocumentIndex: DocumentIndex = { matchDocuments, readEntries }

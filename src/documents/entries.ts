// A list entry as both databases' `readEntries` (./sqliteIndex.ts, ./postgresIndex.ts) read it: the same
// columns, the same empty values, whichever driver returned the row.
import type { DocumentEntry } from './searchIndex'
import type { Validity } from './validity'

/** The columns `readEntries` selects, as SQLite (text dates) or PostgreSQL (Date) returns them. */
export const ENTRY_COLUMNS = 'd.id, d.title, d.slug, d.number, d.issuer, d.issued_at, d.summary, d.validity'

export type EntryRow = {
  id: unknown
  title: unknown
  slug: unknown
  number: unknown
  issuer: unknown
  issued_at: unknown
  summary: unknown
  validity: unknown
}

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value))

export function toEntry(row: EntryRow): DocumentEntry {
  return {
    id: Number(row.id),
    title: text(row.title),
    slug: text(row.slug),
    number: text(row.number) ?? '',
    issuer: text(row.issuer) ?? '',
    issuedAt: row.issued_at instanceof Date ? row.issued_at.toISOString() : (text(row.issued_at) ?? ''),
    summary: text(row.summary) ?? '',
    validity: (text(row.validity) as Validity | null) ?? 'inForce',
  }
}

/** Only whole numbers reach the statement. */
export const entryIds = (ids: number[]): number[] => ids.filter((id) => Number.isSafeInteger(id))

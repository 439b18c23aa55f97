// Score records as open data: one row per index, year, subject and line of the record (the total, each part
// of it, each criterion), in the same columns the import takes (README, "Score records"), plus the update time.
import type { Payload } from 'payload'

import type { Index, ScoreRecord } from '@/payload-types'
import { CSV_COLUMNS } from '@/scores/import'

/** The import's own columns (src/scores/import.ts), so that an export can be imported back, and the update time. */
export const SCORE_COLUMNS = [...CSV_COLUMNS, 'updatedAt'] as const

export type ScoreRowData = {
  index: string
  year: number
  subject: string
  row: 'total' | 'part' | 'criterion'
  name: string | null
  value: number | null
  unit: 'points' | 'percent' | null
  percent: number | null
  previous: number | null
  rank: number | null
  of: number | null
  note: string | null
  updatedAt: string
}

/** At most this many records are published (a few a year; far more would be a mistake to page through). */
const MAX_RECORDS = 5_000

export async function listAllScoreRecords(payload: Payload): Promise<ScoreRecord[]> {
  const { docs } = await payload.find({
    collection: 'score-records',
    sort: ['year', 'id'],
    limit: MAX_RECORDS,
    depth: 1,
    overrideAccess: false,
  })
  return docs
}

export function scoreRows(records: ScoreRecord[]): ScoreRowData[] {
  const rows: ScoreRowData[] = []
  for (const record of records) {
    const index = typeof record.index === 'object' ? (record.index as Index).code : String(record.index)
    const base = { index, year: record.year, subject: record.subject, updatedAt: new Date(record.updatedAt).toISOString() }
    const unit = record.unit ?? 'points'
    const empty = { percent: null, previous: null, rank: null, of: null, note: null }
    if (record.total?.value != null || record.total?.rank != null) {
      rows.push({
        ...base,
        ...empty,
        row: 'total',
        name: null,
        value: record.total.value ?? null,
        unit: record.total.unit ?? unit,
        rank: record.total.rank ?? null,
        of: record.total.outOf ?? null,
      })
    }
    for (const part of record.scoreParts ?? []) {
      rows.push({ ...base, ...empty, row: 'part', name: part.name, value: part.value ?? null, unit: part.unit ?? unit })
    }
    for (const criterion of record.criteria ?? []) {
      rows.push({
        ...base,
        row: 'criterion',
        name: criterion.name,
        value: criterion.value ?? null,
        unit: criterion.unit ?? unit,
        percent: criterion.percent ?? null,
        previous: criterion.previousValue ?? null,
        rank: criterion.rank ?? null,
        of: criterion.outOf ?? null,
        note: criterion.note ?? null,
      })
    }
  }
  return rows
}

// Imports score records from a CSV or JSON file: every record is checked first, and either all are
// created or none is, with a report that names the line (CSV) or record (JSON) of each refusal.
import type { Payload, PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

import { inTransaction } from '@/database/transaction'

import { findDuplicateRecord } from './duplicates'
import { type CriterionInput, type ScoreRecordInput, type Unit, validateScoreRecord } from './validate'

export type ImportProblem = { line: number; message: string }
export type ImportResult = { ok: true; created: string[] } | { ok: false; problems: ImportProblem[] }

type Draft = {
  indexName: string
  record: ScoreRecordInput & {
    change?: { points?: number | null; ranks?: number | null }
    rankGroup?: { name?: string | null; note?: string | null }
  }
  /** The line a field path came from, so an error on criteria.3.rank names the line of that criterion. */
  lines: Map<string, number>
  firstLine: number
}

export const CSV_COLUMNS = [
  'index',
  'year',
  'subject',
  'row',
  'name',
  'value',
  'unit',
  'percent',
  'previous',
  'rank',
  'of',
  'note',
] as const

const ROW_KINDS = ['total', 'part', 'criterion', 'region', 'group', 'change'] as const

/** Numbers as staff type them: 90,60 or 90.60; empty is nothing. */
function parseNumber(text: string | undefined): number | null | 'invalid' {
  const trimmed = (text ?? '').trim().replace(/%$/, '').trim()
  if (!trimmed) return null
  const normalised = trimmed.replace(/\s/g, '').replace(',', '.')
  return /^[+-]?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : 'invalid'
}

function parseUnit(text: string | undefined): Unit | null | 'invalid' {
  const value = (text ?? '').trim().toLowerCase()
  if (!value) return null
  if (['điểm', 'diem', 'points', 'point'].includes(value)) return 'points'
  if (['%', 'percent', 'phần trăm', 'phan tram'].includes(value)) return 'percent'
  return 'invalid'
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Returns rows with their line. */
export function parseCsv(text: string): Array<{ line: number; cells: string[] }> {
  const rows: Array<{ line: number; cells: string[] }> = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let rowLine = 1
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else {
        if (char === '\n') line++
        cell += char
      }
    } else if (char === '"') quoted = true
    else if (char === ',') {
      cells.push(cell)
      cell = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      cells.push(cell)
      if (cells.some((value) => value.trim())) rows.push({ line: rowLine, cells })
      cells = []
      cell = ''
      line++
      rowLine = line
    } else cell += char
  }
  cells.push(cell)
  if (cells.some((value) => value.trim())) rows.push({ line: rowLine, cells })
  return rows
}

function draftsFromCsv(text: string, problems: ImportProblem[]): Draft[] {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''))
  const header = rows.shift()
  const expected = CSV_COLUMNS.join(',')
  if (!header || header.cells.map((cell) => cell.trim().toLowerCase()).join(',') !== expected) {
    problems.push({ line: header?.line ?? 1, message: `Dòng tiêu đề phải là: ${expected}` })
    return []
  }
  const drafts = new Map<string, Draft>()
  for (const { line, cells } of rows) {
    const get = (column: (typeof CSV_COLUMNS)[number]) => (cells[CSV_COLUMNS.indexOf(column)] ?? '').trim()
    const kind = get('row').toLowerCase() as (typeof ROW_KINDS)[number]
    if (!ROW_KINDS.includes(kind)) {
      problems.push({ line, message: `Cột "row" phải là một trong: ${ROW_KINDS.join(', ')} (đang là "${get('row')}").` })
      continue
    }
    const numbers = { year: 0, value: 0, percent: 0, previous: 0, rank: 0, of: 0 } as Record<string, number | null>
    let bad = false
    for (const column of ['year', 'value', 'percent', 'previous', 'rank', 'of'] as const) {
      const parsed = parseNumber(get(column))
      if (parsed === 'invalid') {
        problems.push({ line, message: `Cột "${column}" phải là số (đang là "${get(column)}").` })
        bad = true
      } else numbers[column] = parsed
    }
    const unit = parseUnit(get('unit'))
    if (unit === 'invalid') {
      problems.push({ line, message: `Cột "unit" phải là "điểm" hoặc "%" (đang là "${get('unit')}").` })
      bad = true
    }
    if (bad) continue

    const key = `${get('index').toLowerCase()}|${numbers.year}|${get('subject').toLowerCase()}`
    let draft = drafts.get(key)
    if (!draft) {
      draft = {
        indexName: get('index'),
        record: { year: numbers.year, subject: get('subject'), criteria: [], scoreParts: [] },
        lines: new Map(),
        firstLine: line,
      }
      drafts.set(key, draft)
    }
    const { record, lines } = draft
    const ranked = { rank: numbers.rank, outOf: numbers.of }
    const checkedUnit = unit as Unit | null
    switch (kind) {
      case 'total':
        record.total = { value: numbers.value, unit: checkedUnit, ...ranked }
        if (checkedUnit) record.unit ??= checkedUnit
        lines.set('total', line)
        break
      case 'part':
        lines.set(`scoreParts.${record.scoreParts!.length}`, line)
        record.scoreParts!.push({ name: get('name'), value: numbers.value, unit: checkedUnit })
        break
      case 'criterion': {
        const criterion: CriterionInput = {
          name: get('name'),
          value: numbers.value,
          previousValue: numbers.previous,
          unit: checkedUnit,
          percent: numbers.percent,
          note: get('note') || null,
          ...ranked,
        }
        lines.set(`criteria.${record.criteria!.length}`, line)
        record.criteria!.push(criterion)
        break
      }
      case 'region':
        record.regionRank = { region: get('name'), ...ranked }
        lines.set('regionRank', line)
        break
      case 'group':
        record.rankGroup = { name: get('name'), note: get('note') || null }
        break
      case 'change':
        record.change = { points: numbers.value, ranks: numbers.rank }
        break
    }
  }
  return [...drafts.values()]
}

function draftsFromJson(text: string, problems: ImportProblem[]): Draft[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    problems.push({ line: 1, message: `Tệp JSON không đọc được: ${(error as Error).message}` })
    return []
  }
  const list = Array.isArray(parsed) ? parsed : [parsed]
  return list.map((item, i) => {
    const { index, ...record } = (item ?? {}) as ScoreRecordInput & { index?: unknown }
    return { indexName: String(index ?? ''), record, lines: new Map(), firstLine: i + 1 }
  })
}

const pickNumber = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null)
const pickText = (value: unknown) => (typeof value === 'string' ? value : null)
const pickUnit = (value: unknown) => (value === 'points' || value === 'percent' ? value : null)
const pickObject = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
const pickList = (value: unknown): Array<Record<string, unknown>> => (Array.isArray(value) ? value.map(pickObject) : [])

/**
 * Only the fields a record has, with the types they have: a file cannot set ids, titles, how a
 * change was obtained, or anything else the collection does not take from staff.
 */
function toRecordData(record: Draft['record'], index: number): RequiredDataFromCollectionSlug<'score-records'> {
  const total = pickObject(record.total)
  const change = pickObject(record.change)
  const group = pickObject(record.rankGroup)
  const region = pickObject(record.regionRank)
  return {
    index,
    year: pickNumber(record.year) ?? 0,
    subject: (pickText(record.subject) ?? '').trim(),
    unit: pickUnit(record.unit) ?? 'points',
    total: { value: pickNumber(total.value), unit: pickUnit(total.unit), rank: pickNumber(total.rank), outOf: pickNumber(total.outOf) },
    change: { points: pickNumber(change.points), ranks: pickNumber(change.ranks) },
    rankGroup: { name: pickText(group.name), note: pickText(group.note) },
    regionRank: { region: pickText(region.region), rank: pickNumber(region.rank), outOf: pickNumber(region.outOf) },
    scoreParts: pickList(record.scoreParts).map((part) => ({
      name: pickText(part.name) ?? '',
      value: pickNumber(part.value),
      unit: pickUnit(part.unit),
    })),
    criteria: pickList(record.criteria).map((criterion) => ({
      name: pickText(criterion.name) ?? '',
      value: pickNumber(criterion.value),
      previousValue: pickNumber(criterion.previousValue),
      unit: pickUnit(criterion.unit),
      percent: pickNumber(criterion.percent),
      rank: pickNumber(criterion.rank),
      outOf: pickNumber(criterion.outOf),
      note: pickText(criterion.note),
    })),
  }
}

/** The line for an error path: the most specific recorded prefix, or the record's first line. */
function lineOf(draft: Draft, path: string): number {
  const parts = path.split('.')
  for (let n = parts.length; n > 0; n--) {
    const line = draft.lines.get(parts.slice(0, n).join('.'))
    if (line) return line
  }
  return draft.firstLine
}

export async function importScoreRecords(
  payload: Payload,
  file: { name: string; content: string },
  req?: PayloadRequest,
): Promise<ImportResult> {
  const problems: ImportProblem[] = []
  const isJson = file.name.toLowerCase().endsWith('.json') || /^\s*[[{]/.test(file.content)
  const drafts = isJson ? draftsFromJson(file.content, problems) : draftsFromCsv(file.content, problems)
  if (drafts.length === 0 && problems.length === 0) problems.push({ line: 1, message: 'Tệp không có bản ghi nào.' })

  const { docs: indices } = await payload.find({ collection: 'indices', sort: 'code', limit: 0, pagination: false, depth: 0, req })
  const seen = new Set<string>()
  const ready: Array<{ record: RequiredDataFromCollectionSlug<'score-records'>; title: string }> = []
  for (const draft of drafts) {
    const wanted = draft.indexName.trim().toLowerCase()
    const index = indices.find(
      (candidate) =>
        candidate.code.toLowerCase() === wanted ||
        candidate.slug === wanted ||
        (candidate.aliases ?? []).some((alias) => alias.toLowerCase() === wanted),
    )
    if (!index) {
      problems.push({
        line: draft.firstLine,
        message: `Không có chỉ số "${draft.indexName}". Các chỉ số hiện có: ${indices.map((i) => i.code).join(', ')}.`,
      })
      continue
    }
    const record = toRecordData(draft.record, index.id)
    for (const error of validateScoreRecord(record)) problems.push({ line: lineOf(draft, error.path), message: error.message })
    if (record.year && record.subject) {
      const key = `${index.id}|${record.year}|${record.subject.trim().toLowerCase()}`
      if (seen.has(key)) {
        problems.push({ line: draft.firstLine, message: `Tệp có hai bản ghi ${index.code} năm ${record.year} của ${record.subject}.` })
      }
      seen.add(key)
      const duplicate = await findDuplicateRecord(payload, { index: index.id, year: record.year, subject: record.subject }, req)
      if (duplicate) problems.push({ line: draft.firstLine, message: duplicate.message })
    }
    ready.push({ record, title: `${index.code} ${record.year} – ${record.subject}` })
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) }

  // Everything passed: create them in one transaction, so that a record the database still refuses undoes
  // the others, and what their hooks changed (the next year's computed change) with them.
  try {
    const created = await inTransaction(payload, req, async (inside) => {
      const titles: string[] = []
      for (const { record, title } of ready) {
        const doc = await payload.create({ collection: 'score-records', data: record, req: inside })
        titles.push(doc.title ?? title)
      }
      return titles
    })
    return { ok: true, created }
  } catch (error) {
    return { ok: false, problems: [{ line: 1, message: `Không nhập được: ${(error as Error).message}` }] }
  }
}

// Score records: the seeded figures, the rules staff meet in the admin, the change from last year, imports.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Index, ScoreRecord } from '@/payload-types'
import { seedFoundingContent } from '@/seed'
import facts from '@/seed/reference-facts.json'
import { importScoreRecords } from '@/scores/import'

import { testPayload } from '../helpers/payload'
import { onPostgres, queryRows } from '../helpers/sql'

let payload: Payload
let par: Index
let sipas: Index

/** Where the shared facts live beside the project (CI and developers have them; a bare clone may not). */
const SHARED_FACTS = path.resolve(__dirname, '../../../shared/source/reference-facts.json')

beforeAll(async () => {
  payload = await testPayload()
  await seedFoundingContent(payload)
  const { docs } = await payload.find({ collection: 'indices', limit: 10 })
  par = docs.find((index) => index.code === 'PAR INDEX')!
  sipas = docs.find((index) => index.code === 'SIPAS')!
})

async function recordOf(index: Index, year: number, subject = 'Lào Cai'): Promise<ScoreRecord> {
  const { docs } = await payload.find({
    collection: 'score-records',
    where: { index: { equals: index.id }, year: { equals: year }, subject: { equals: subject } },
    depth: 1,
  })
  return docs[0]
}

/** Reads a stored record back into the shape of reference-facts.json, leaving out what the DB adds. */
function asFacts(record: ScoreRecord) {
  const index = record.index as Index
  const strip = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined))
  if (index.code === 'PAR INDEX') {
    return {
      index: index.code,
      indexFullName: index.name,
      year: record.year,
      subject: record.subject,
      total: { value: record.total?.value, unit: record.total?.unit, rank: record.total?.rank, of: record.total?.outOf },
      changeFromPreviousYear: { points: record.change?.points, ranks: record.change?.ranks },
      group: { name: record.rankGroup?.name, note: record.rankGroup?.note },
      regionRank: { region: record.regionRank?.region, rank: record.regionRank?.rank, of: record.regionRank?.outOf },
      scoreParts: record.scoreParts?.map((part) => ({ name: part.name, value: part.value, unit: part.unit })),
      scorePartsNote: record.scorePartsNote,
      criteria: record.criteria?.map((criterion) =>
        strip({
          name: criterion.name,
          rank: criterion.rank,
          of: criterion.outOf,
          value: criterion.value,
          unit: criterion.unit,
          percent: criterion.percent,
          note: criterion.note,
        }),
      ),
    }
  }
  return {
    index: index.code,
    indexFullName: index.name,
    note: record.notes,
    subject: record.subject,
    years: [record.year - 1, record.year],
    criteria: record.criteria?.map((criterion) =>
      strip({
        name: criterion.name,
        [String(record.year)]: criterion.value,
        [String(record.year - 1)]: criterion.previousValue,
        note: criterion.note,
      }),
    ),
    unit: record.unit,
  }
}

describe('seeded score records', () => {
  it('hold exactly the figures of reference-facts.json, with its notes', async () => {
    const stored = [asFacts(await recordOf(par, 2023)), asFacts(await recordOf(sipas, 2023))]
    expect(stored).toEqual(facts.scoreRecords)
  })

  it('are linked from the source article', async () => {
    const { docs } = await payload.find({ collection: 'articles', depth: 0, limit: 1 })
    expect(docs[0].scoreRecords).toHaveLength(2)
  })

  // Reason for the skip: a clone without ../shared beside it has nothing to compare against.
  it.skipIf(!existsSync(SHARED_FACTS))('come from the same facts the shared folder holds', () => {
    expect(facts).toEqual(JSON.parse(readFileSync(SHARED_FACTS, 'utf8')))
  })
})

describe('rules staff meet when entering a record', () => {
  const base = { subject: 'Tỉnh kiểm thử', unit: 'percent' as const }

  async function refusal(data: Record<string, unknown>): Promise<string[]> {
    try {
      await payload.create({ collection: 'score-records', data: { index: sipas.id, year: 2021, ...base, ...data } as never })
    } catch (error) {
      return ((error as { data?: { errors?: Array<{ message: string }> } }).data?.errors ?? []).map((e) => e.message)
    }
    throw new Error('The record was accepted')
  }

  it('a percentage above 100 or below 0', async () => {
    expect(await refusal({ criteria: [{ name: 'Tiếp cận dịch vụ', value: 120 }] })).toEqual([
      'Tỷ lệ phần trăm phải từ 0 đến 100 (đang nhập 120).',
    ])
    expect(await refusal({ criteria: [{ name: 'Tiếp cận dịch vụ', value: 80, previousValue: -1 }] })).toEqual([
      'Tỷ lệ phần trăm phải từ 0 đến 100 (đang nhập -1).',
    ])
  })

  it('a rank outside 1 to its out-of count', async () => {
    expect(await refusal({ total: { value: 80, rank: 64, outOf: 63 } })).toEqual([
      'Thứ hạng 64 vượt quá số đơn vị được xếp hạng (63): thứ hạng phải từ 1 đến 63.',
    ])
    expect(await refusal({ criteria: [{ name: 'Cải cách thể chế', rank: 0, outOf: 63 }] })).toEqual([
      'Thứ hạng phải là số nguyên từ 1 trở lên (đang nhập 0).',
    ])
  })

  it('a year before 2000 or after next year', async () => {
    const last = new Date().getFullYear() + 1
    expect(await refusal({ year: 1999 })).toEqual([`Năm phải là một năm từ 2000 đến ${last} (đang nhập 1999).`])
    expect(await refusal({ year: last + 1 })).toEqual([`Năm phải là một năm từ 2000 đến ${last} (đang nhập ${last + 1}).`])
  })

  it('a second record for the same index, year and subject', async () => {
    expect(await refusal({ year: 2023, subject: 'Lào Cai' })).toEqual([
      'Đã có bản ghi SIPAS năm 2023 của Lào Cai. Hãy sửa bản ghi đó thay vì tạo bản ghi mới.',
    ])
  })
})

describe('the change from the year before', () => {
  it('is stated when only the change is known, and computed once last year has a record', async () => {
    const subject = 'Tỉnh có hai năm'
    const later = await payload.create({
      collection: 'score-records',
      data: { index: par.id, year: 2023, subject, total: { value: 90.6, rank: 7, outOf: 63 }, change: { points: 3.5, ranks: 2 } },
    })
    expect(later.change).toMatchObject({ points: 3.5, ranks: 2, basis: 'stated' })

    const earlier = await payload.create({
      collection: 'score-records',
      data: { index: par.id, year: 2022, subject, total: { value: 86.93, rank: 11, outOf: 63 } },
    })
    const recomputed = await payload.findByID({ collection: 'score-records', id: later.id })
    expect(recomputed.change).toMatchObject({ points: 3.67, ranks: 4, basis: 'computed' })

    // Without the year before, the computed figures go with it; they never pass for published ones.
    await payload.delete({ collection: 'score-records', id: earlier.id })
    const orphaned = await payload.findByID({ collection: 'score-records', id: later.id })
    expect(orphaned.change).toMatchObject({ points: null, ranks: null, basis: null })
  })
})

describe('importing records from a file', () => {
  const header = 'index,year,subject,row,name,value,unit,percent,previous,rank,of,note'

  it('with one bad row imports nothing and names the row', async () => {
    const before = (await payload.count({ collection: 'score-records' })).totalDocs
    const csv = [
      header,
      'SIPAR,2024,Lào Cai,criterion,Tiếp cận dịch vụ,"85,10",%,,"89,43",,,',
      'SIPAR,2024,Lào Cai,criterion,Thủ tục hành chính,"108,2",%,,"89,41",,,',
      'PAR INDEX,2024,Lào Cai,total,,"89,03",điểm,,,26,63,',
    ].join('\n')
    const result = await importScoreRecords(payload, { name: 'chi-so-2024.csv', content: csv })
    expect(result).toEqual({
      ok: false,
      problems: [{ line: 3, message: 'Tỷ lệ phần trăm phải từ 0 đến 100 (đang nhập 108,2).' }],
    })
    expect((await payload.count({ collection: 'score-records' })).totalDocs).toBe(before)
  })

  it('imports every record of a good file, by code or alias', async () => {
    const csv = [
      header,
      'SIPAR,2024,Lào Cai,criterion,Tiếp cận dịch vụ,"85,10",%,,"89,43",,,',
      'PAR INDEX,2024,Lào Cai,total,,"89,03",điểm,,,26,63,',
      'PAR INDEX,2024,Lào Cai,criterion,Cải cách thể chế,,,"91,5",,30,63,',
    ].join('\n')
    const result = await importScoreRecords(payload, { name: 'chi-so-2024.csv', content: csv })
    expect(result).toEqual({ ok: true, created: ['SIPAS 2024 – Lào Cai', 'PAR INDEX 2024 – Lào Cai'] })
    const parRecord = await recordOf(par, 2024)
    expect(parRecord.total).toMatchObject({ value: 89.03, rank: 26, outOf: 63 })
    // Computed against the seeded 2023 record: 89,03 − 90,60 and rank 7 → 26.
    expect(parRecord.change).toMatchObject({ points: -1.57, ranks: -19, basis: 'computed' })
  })

  it('a record the database refuses undoes the whole file, and leaves the years around it as they were', async () => {
    // The file passes every check; the database refuses its third record (as a full disk or a lost
    // connection would). The first creates a 2022 record, which re-saves 2023's with a change computed
    // from it: undone by deleting, 2023 would lose the change the source published (+3,67 points, +4 ranks).
    const refused = 'Tỉnh thử lỗi'
    const statements = onPostgres()
      ? [
          `CREATE FUNCTION test_refuse_record() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN IF NEW.subject = '${refused}' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`,
          'CREATE TRIGGER test_refuse_record BEFORE INSERT ON score_records FOR EACH ROW EXECUTE FUNCTION test_refuse_record()',
        ]
      : [
          `CREATE TRIGGER test_refuse_record BEFORE INSERT ON score_records WHEN NEW.subject = '${refused}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
        ]
    const rows = async () => ({
      records: await queryRows(payload, 'SELECT * FROM score_records ORDER BY id'),
      criteria: await queryRows(payload, 'SELECT * FROM score_records_criteria ORDER BY _parent_id, _order'),
      parts: await queryRows(payload, 'SELECT * FROM score_records_score_parts ORDER BY _parent_id, _order'),
    })
    const before = await rows()
    expect((await recordOf(par, 2023)).change).toMatchObject({ points: 3.67, ranks: 4, basis: 'stated' })
    for (const statement of statements) await queryRows(payload, statement)
    try {
      const csv = [
        header,
        'PAR INDEX,2022,Lào Cai,total,,"86,93",điểm,,,11,63,',
        'PAR INDEX,2022,Lào Cai,part,Điểm thẩm định,"60,1",điểm,,,,,',
        'SIPAR,2022,Lào Cai,criterion,Tiếp cận dịch vụ,"80,5",%,,,,,',
        `PAR INDEX,2022,${refused},total,,"80",điểm,,,30,63,`,
      ].join('\n')
      const result = await importScoreRecords(payload, { name: 'chi-so-2022.csv', content: csv })
      expect(result).toMatchObject({ ok: false, problems: [{ line: 1, message: expect.stringContaining('Không nhập được') }] })
    } finally {
      await queryRows(payload, 'DROP TRIGGER test_refuse_record' + (onPostgres() ? ' ON score_records' : ''))
      if (onPostgres()) await queryRows(payload, 'DROP FUNCTION test_refuse_record()')
    }
    // Not a row more, not a row changed: the 2023 record keeps its published change and its updatedAt.
    expect(await rows()).toEqual(before)
    expect((await recordOf(par, 2023)).change).toMatchObject({ points: 3.67, ranks: 4, basis: 'stated' })
  })

  it('reports unreadable files and unknown indices without importing', async () => {
    expect(await importScoreRecords(payload, { name: 'x.json', content: '{"index": ' })).toMatchObject({ ok: false })
    const unknown = await importScoreRecords(payload, {
      name: 'x.json',
      content: JSON.stringify({ index: 'PCI', year: 2023, subject: 'Lào Cai' }),
    })
    expect(unknown).toEqual({
      ok: false,
      problems: [{ line: 1, message: 'Không có chỉ số "PCI". Các chỉ số hiện có: PAR INDEX, SIPAS.' }],
    })
  })
})

// The source article's figures as score records, read from reference-facts.json (a copy of
// ../shared/source/reference-facts.json, kept in the repo so a fresh clone seeds without it).
import type { Payload } from 'payload'

import type { ScoreRecord } from '@/payload-types'

import facts from './reference-facts.json'

type Ranked = { rank: number; of: number }
/** reference-facts.json's two records; JSON imports type their union loosely, so the shapes are spelled out. */
type ParFacts = {
  year: number
  subject: string
  total: Ranked & { value: number }
  changeFromPreviousYear: { points: number; ranks: number }
  group: { name: string; note: string }
  regionRank: Ranked & { region: string }
  scoreParts: Array<{ name: string; value: number }>
  scorePartsNote: string
  criteria: Array<Ranked & { name: string; value?: number; unit?: string; percent?: number; note?: string }>
}
type SipasFacts = {
  subject: string
  years: [number, number]
  note: string
  criteria: Array<{ name: string; note?: string } & Record<string, number | string>>
}
type RecordData = Omit<ScoreRecord, 'id' | 'createdAt' | 'updatedAt' | 'index'>

const context = { disableRevalidate: true }

export const INDICES = [
  { code: 'PAR INDEX', name: 'Chỉ số cải cách hành chính', slug: 'par-index', aliases: ['PARINDEX'] },
  { code: 'SIPAS', name: 'Chỉ số hài lòng về sự phục vụ hành chính', slug: 'sipas', aliases: ['SIPAR'] },
] as const

function parRecord(par: ParFacts): RecordData {
  return {
    year: par.year,
    subject: par.subject,
    unit: 'points',
    total: { value: par.total.value, unit: 'points', rank: par.total.rank, outOf: par.total.of },
    change: { points: par.changeFromPreviousYear.points, ranks: par.changeFromPreviousYear.ranks },
    rankGroup: { name: par.group.name, note: par.group.note },
    regionRank: { region: par.regionRank.region, rank: par.regionRank.rank, outOf: par.regionRank.of },
    scoreParts: par.scoreParts.map((part) => ({ name: part.name, value: part.value, unit: 'points' })),
    scorePartsNote: par.scorePartsNote,
    criteria: par.criteria.map((criterion) => ({
      name: criterion.name,
      value: criterion.value ?? null,
      unit: criterion.unit === 'points' ? 'points' : null,
      percent: criterion.percent ?? null,
      rank: criterion.rank,
      outOf: criterion.of,
      note: criterion.note ?? null,
    })),
  }
}

function sipasRecord(sipas: SipasFacts): RecordData {
  const [previousYear, year] = sipas.years
  return {
    year,
    subject: sipas.subject,
    unit: 'percent',
    criteria: sipas.criteria.map((criterion) => ({
      name: criterion.name,
      value: Number(criterion[String(year)]),
      previousValue: Number(criterion[String(previousYear)]),
      unit: 'percent',
      note: criterion.note ?? null,
    })),
    notes: sipas.note,
  }
}

/** Indices and the article's two records, once each. Returns the records' ids, PAR INDEX first. */
export async function seedScoreRecords(payload: Payload): Promise<number[]> {
  const indexIds: Record<string, number> = {}
  for (const index of INDICES) {
    const { docs } = await payload.find({ collection: 'indices', where: { code: { equals: index.code } }, limit: 1 })
    indexIds[index.code] =
      docs[0]?.id ?? (await payload.create({ collection: 'indices', data: { ...index, aliases: [...index.aliases] }, context })).id
  }
  const [par, sipas] = facts.scoreRecords as unknown as [ParFacts, SipasFacts]
  const wanted: Array<[string, RecordData]> = [
    ['PAR INDEX', parRecord(par)],
    ['SIPAS', sipasRecord(sipas)],
  ]
  const ids: number[] = []
  for (const [code, data] of wanted) {
    const { docs } = await payload.find({
      collection: 'score-records',
      where: { index: { equals: indexIds[code] }, year: { equals: data.year }, subject: { equals: data.subject } },
      limit: 1,
    })
    ids.push(docs[0]?.id ?? (await payload.create({ collection: 'score-records', data: { ...data, index: indexIds[code] }, context })).id)
  }
  return ids
}

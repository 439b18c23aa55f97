import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import type { ScoreRecord } from '@/payload-types'

declare module 'payload' {
  export interface RequestContext {
    /** Set while a record's change is recomputed because the year before it changed. */
    recomputingChange?: boolean
  }
}

const idOf = (index: ScoreRecord['index']) => (typeof index === 'object' ? index.id : index)

/**
 * The change from the year before: computed from last year's record when there is one with a total,
 * otherwise kept as staff stated it (the source gives +3,67 points and +4 ranks with no 2022 total).
 */
export const computeChange: CollectionBeforeChangeHook<ScoreRecord> = async ({ data, req }) => {
  const indexId = data.index ? idOf(data.index) : undefined
  if (!indexId || !data.year || !data.subject) return data
  const { docs } = await req.payload.find({
    collection: 'score-records',
    where: { index: { equals: indexId }, year: { equals: data.year - 1 }, subject: { equals: data.subject } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const previous = docs[0]
  const value = data.total?.value
  const rank = data.total?.rank
  if (previous?.total?.value != null && value != null) {
    const points = Math.round((value - previous.total.value) * 100) / 100
    const ranks = previous.total.rank != null && rank != null ? previous.total.rank - rank : null
    return { ...data, change: { points, ranks, basis: 'computed' } }
  }
  const stated = data.change?.points != null || data.change?.ranks != null
  return { ...data, change: { ...data.change, basis: stated ? 'stated' : null } }
}

/** When a year's total changes, the next year's computed change follows it. */
export const recomputeNextYear: CollectionAfterChangeHook<ScoreRecord> = async ({ doc, req }) => {
  if (req.context.recomputingChange) return doc
  const { docs } = await req.payload.find({
    collection: 'score-records',
    where: { index: { equals: idOf(doc.index) }, year: { equals: doc.year + 1 }, subject: { equals: doc.subject } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const next = docs[0]
  if (next) {
    await req.payload.update({
      collection: 'score-records',
      id: next.id,
      data: {},
      overrideAccess: true,
      req,
      context: { ...req.context, recomputingChange: true },
    })
  }
  return doc
}

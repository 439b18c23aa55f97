import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { ScoreRecord } from '@/payload-types'

const idOf = (index: ScoreRecord['index']) => (typeof index === 'object' ? index.id : index)

/**
 * The change from the year before: computed from last year's record when there is one with a total,
 * otherwise kept as staff stated it (the source gives +3,67 points and +4 ranks with no 2022 total).
 */
export const computeChange: CollectionBeforeChangeHook<ScoreRecord> = async ({ data, originalDoc, req }) => {
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
  // No year before any more: figures that were computed from it are gone with it, never "stated".
  const change = originalDoc?.change?.basis === 'computed' && data.change?.basis !== 'stated' ? {} : data.change
  const stated = change?.points != null || change?.ranks != null
  return { ...data, change: { points: change?.points ?? null, ranks: change?.ranks ?? null, basis: stated ? 'stated' : null } }
}

/** Saves the record of the year after `record` again, so its computed change follows. */
async function recomputeYearAfter(req: PayloadRequest, record: Pick<ScoreRecord, 'index' | 'year' | 'subject'>): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'score-records',
    where: { index: { equals: idOf(record.index) }, year: { equals: record.year + 1 }, subject: { equals: record.subject } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs[0]) {
    await req.payload.update({
      collection: 'score-records',
      id: docs[0].id,
      data: {},
      overrideAccess: true,
      req,
      context: { ...req.context, recomputingChange: true },
    })
  }
}

/** When a year's record changes (or moves to another year, index or subject), the years after follow. */
export const recomputeNextYear: CollectionAfterChangeHook<ScoreRecord> = async ({ doc, operation, previousDoc, req }) => {
  if (req.context.recomputingChange) return doc
  await recomputeYearAfter(req, doc)
  const moved =
    operation === 'update' &&
    previousDoc?.id &&
    (previousDoc.year !== doc.year || previousDoc.subject !== doc.subject || idOf(previousDoc.index) !== idOf(doc.index))
  if (moved) await recomputeYearAfter(req, previousDoc)
  return doc
}

export const recomputeAfterDelete: CollectionAfterDeleteHook<ScoreRecord> = async ({ doc, req }) => {
  await recomputeYearAfter(req, doc)
  return doc
}

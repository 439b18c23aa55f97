import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import type { ScoreRecord } from '@/payload-types'
import { findDuplicateRecord } from '@/scores/duplicates'
import { validateScoreRecord } from '@/scores/validate'

/** Refuses out-of-range figures and a second record for the same index, year and subject. */
export const validateRecord: CollectionBeforeChangeHook<ScoreRecord> = async ({ data, originalDoc, req }) => {
  const errors = validateScoreRecord(data)
  const indexId = typeof data.index === 'object' ? data.index?.id : data.index
  if (errors.length === 0 && indexId && data.year && data.subject) {
    const duplicate = await findDuplicateRecord(
      req.payload,
      { index: indexId, year: data.year, subject: data.subject, id: originalDoc?.id },
      req,
    )
    if (duplicate) errors.push(duplicate)
  }
  if (errors.length > 0) throw new ValidationError({ collection: 'score-records', errors, req }, req.t)
  return data
}

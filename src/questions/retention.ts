// Erases the contact details of questions that were answered (or rejected) longer ago than the period admins
// set under "Cài đặt hỏi đáp" (12 months unless changed). Run every hour by Payload's job queue; the log says
// how many and which records, never what was erased.
import type { Payload, TaskConfig, Where } from 'payload'

import { DEFAULT_RETENTION_MONTHS } from '@/globals/QuestionSettings'

export const ERASE_CONTACTS_TASK = 'eraseQuestionContacts'

export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff
}

/** Erases what has outlived its period; returns the ids of the questions whose contact was erased. */
export async function eraseExpiredContacts(payload: Payload, now = new Date()): Promise<number[]> {
  const settings = await payload.findGlobal({ slug: 'question-settings', overrideAccess: true })
  const cutoff = retentionCutoff(now, settings.retentionMonths ?? DEFAULT_RETENTION_MONTHS).toISOString()
  const where: Where = {
    and: [
      { contact: { exists: true } },
      { contactErasedAt: { exists: false } },
      {
        or: [
          { and: [{ status: { in: ['answered', 'published'] } }, { answeredAt: { less_than: cutoff } }] },
          { and: [{ status: { equals: 'rejected' } }, { updatedAt: { less_than: cutoff } }] },
        ],
      },
    ],
  }
  const { docs, errors } = await payload.update({
    collection: 'questions',
    where,
    data: { contact: null, contactErasedAt: now.toISOString() },
    overrideAccess: true,
    depth: 0,
    select: { contactErasedAt: true },
  })
  const ids = docs.map((doc) => doc.id)
  if (ids.length > 0) {
    payload.logger.info({ questionIds: ids }, `Hỏi đáp: đã xóa thông tin liên hệ của ${ids.length} câu hỏi quá thời hạn lưu giữ.`)
  }
  if (errors.length > 0)
    payload.logger.error({ questionIds: errors.map((error) => error.id) }, 'Hỏi đáp: không xóa được thông tin liên hệ.')
  return ids
}

export const eraseQuestionContacts: TaskConfig = {
  slug: ERASE_CONTACTS_TASK,
  label: 'Xóa thông tin liên hệ hỏi đáp quá hạn',
  // Hourly: an erasure is never more than an hour late, and the query walks only a few rows.
  schedule: [{ cron: '0 * * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => {
    const erased = await eraseExpiredContacts(req.payload)
    return { output: { erased: erased.length } }
  },
}

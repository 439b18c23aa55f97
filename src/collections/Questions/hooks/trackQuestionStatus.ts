import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import type { Question } from '@/payload-types'

/**
 * An answered or published question must carry its answer; the dates it was answered and published are the
 * server's, set the first time, so the public list's order and the retention period cannot be edited.
 */
export const trackQuestionStatus: CollectionBeforeChangeHook<Question> = ({ data, originalDoc, req }) => {
  const status = data.status ?? originalDoc?.status ?? 'new'
  const answer = (data.answer ?? originalDoc?.answer ?? '').trim()
  if ((status === 'answered' || status === 'published') && !answer) {
    throw new ValidationError({
      collection: 'questions',
      errors: [{ path: 'answer', message: 'Cần nhập câu trả lời trước khi chuyển sang "Đã trả lời" hoặc "Đã công khai".' }],
      req,
    })
  }
  const now = new Date().toISOString()
  if ((status === 'answered' || status === 'published') && !originalDoc?.answeredAt) data.answeredAt = now
  else if (originalDoc?.answeredAt) data.answeredAt = originalDoc.answeredAt
  if (status === 'published' && !originalDoc?.publishedAt) data.publishedAt = now
  else if (originalDoc?.publishedAt) data.publishedAt = originalDoc.publishedAt
  if (data.assignedTo && status === 'new') data.status = 'assigned'
  return data
}

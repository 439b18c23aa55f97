import type { CollectionBeforeChangeHook, TextareaField } from 'payload'

import type { Question } from '@/payload-types'

export const ANSWER_REQUIRED = 'Cần nhập câu trả lời trước khi chuyển sang "Đã trả lời" hoặc "Đã công khai".'

/** An answered or published question must carry its answer (shown beside the field in the admin). */
export const answerWhenAnswered: NonNullable<TextareaField['validate']> = (value, { siblingData }) => {
  const status = (siblingData as Partial<Question>).status
  return (status === 'answered' || status === 'published') && !value?.trim() ? ANSWER_REQUIRED : true
}

/**
 * The dates a question was answered and published are the server's, set the first time, so the public list's
 * order and the retention period cannot be edited.
 */
export const trackQuestionStatus: CollectionBeforeChangeHook<Question> = ({ data, originalDoc }) => {
  const status = data.status ?? originalDoc?.status ?? 'new'
  const now = new Date().toISOString()
  if ((status === 'answered' || status === 'published') && !originalDoc?.answeredAt) data.answeredAt = now
  else if (originalDoc?.answeredAt) data.answeredAt = originalDoc.answeredAt
  if (status === 'published' && !originalDoc?.publishedAt) data.publishedAt = now
  else if (originalDoc?.publishedAt) data.publishedAt = originalDoc.publishedAt
  if (data.assignedTo && status === 'new') data.status = 'assigned'
  return data
}

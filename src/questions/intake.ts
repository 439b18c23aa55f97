// Takes a citizen's question from the public form, with or without JavaScript: the per-address limit, the
// honeypot, the field checks, then the moderation queue. Nothing here trusts the browser.
import type { Payload } from 'payload'

import { getQuestionLimiter, limitMessage, type QuestionLimiter } from './limit'
import { type QuestionValues, type SubmissionResult, validateQuestion } from './submission'

export type Submission = {
  values: QuestionValues
  /** The hidden "website" field: people never see it, so anything in it was typed by a robot. */
  honeypot: string
  /** The client's address as the server pinned it (src/server/clientAddress.ts). */
  address: string
}

export async function submitQuestion(
  payload: Payload,
  { values, honeypot, address }: Submission,
  limiter: QuestionLimiter = getQuestionLimiter(),
): Promise<SubmissionResult> {
  const wait = limiter.waitMinutes(address)
  if (wait > 0) return { outcome: 'limited', values, message: limitMessage(wait) }

  // A robot that filled the honeypot is told its question was received, exactly as a person is, so it has no
  // reason to try otherwise; nothing is stored. It still counts against its address's hourly limit.
  if (honeypot.trim()) {
    limiter.count(address)
    payload.logger.info('Hỏi đáp: bỏ qua một câu hỏi do máy gửi (ô bẫy "website" có nội dung).')
    return { outcome: 'accepted' }
  }

  const errors = validateQuestion(values)
  if (Object.keys(errors).length > 0) return { outcome: 'invalid', values, errors }

  limiter.count(address)
  await payload.create({
    collection: 'questions',
    data: {
      name: values.name.trim(),
      contact: values.contact.trim(),
      subject: values.subject.trim(),
      question: values.question.trim(),
      consentAt: new Date().toISOString(),
      status: 'new',
    },
    overrideAccess: true,
  })
  return { outcome: 'accepted' }
}

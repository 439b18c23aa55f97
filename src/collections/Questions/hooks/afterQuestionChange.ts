import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { expireTags } from '@/news/revalidate'
import type { Question } from '@/payload-types'
import { mailAnswer } from '@/questions/answerMail'
import { QUESTIONS_TAG } from '@/questions/tags'

/**
 * When a question is published the asker gets the answer by mail (if they gave an email address and SMTP is
 * set), and /hoi-dap is expired whenever a published question appears, changes or disappears.
 */
export const afterQuestionChange: CollectionAfterChangeHook<Question> = async ({ doc, previousDoc, req }) => {
  const wasPublished = previousDoc?.status === 'published'
  if (doc.status === 'published' && !wasPublished) await mailAnswer(req.payload, doc)
  if ((doc.status === 'published' || wasPublished) && !req.context.disableRevalidate) expireTags([QUESTIONS_TAG])
  return doc
}

export const afterQuestionDelete: CollectionAfterDeleteHook<Question> = ({ doc, req }) => {
  if (doc.status === 'published' && !req.context.disableRevalidate) expireTags([QUESTIONS_TAG])
  return doc
}

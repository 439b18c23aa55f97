// The public list of answered questions. Readers may not read the questions collection at all (it holds
// names and contacts), so the list is read here, on the server, with its public fields only.
import configPromise from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import { DEFAULT_RETENTION_MONTHS } from '@/globals/QuestionSettings'

import { QUESTIONS_PER_PAGE, QUESTIONS_TAG } from './tags'

export type PublicQuestion = { id: number; subject: string; question: string; answer: string; publishedAt: string }
export type PublicQuestionPage = { docs: PublicQuestion[]; page: number; totalPages: number; totalDocs: number }

/** What the public sees of a question: never the name, the contact, who answered it or when consent was given. */
const PUBLIC_FIELDS = { subject: true, question: true, answer: true, publishedAt: true } as const

export async function findPublishedQuestions(page: number, limit = QUESTIONS_PER_PAGE): Promise<PublicQuestionPage> {
  const payload = await getPayload({ config: configPromise })
  const result = await payload.find({
    collection: 'questions',
    where: { status: { equals: 'published' } },
    sort: ['-publishedAt', '-id'],
    select: PUBLIC_FIELDS,
    page,
    limit,
    depth: 0,
    // Readers cannot read the collection; what leaves here is PUBLIC_FIELDS of published questions.
    overrideAccess: true,
  })
  return {
    docs: result.docs.map((doc) => ({
      id: doc.id,
      subject: doc.subject,
      question: doc.question,
      answer: doc.answer ?? '',
      publishedAt: doc.publishedAt ?? '',
    })),
    page: result.page ?? page,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}

/** Published questions, newest first, a page at a time; cached until a published question changes. */
export const listPublishedQuestions = (page = 1): Promise<PublicQuestionPage> =>
  unstable_cache(() => findPublishedQuestions(page), ['published-questions', String(page)], { tags: [QUESTIONS_TAG] })()

/** How many months contacts are kept, as the consent text states it; cached with the list. */
export const getRetentionMonths = (): Promise<number> =>
  unstable_cache(
    async () => {
      const payload = await getPayload({ config: configPromise })
      const settings = await payload.findGlobal({ slug: 'question-settings', overrideAccess: true })
      return settings.retentionMonths ?? DEFAULT_RETENTION_MONTHS
    },
    ['question-retention'],
    { tags: [QUESTIONS_TAG] },
  )()

// The answer to a plain POST /hoi-dap (no JavaScript), which the server hands here with a one-time token
// (src/server/questionPost.ts): the confirmation, or the form again with what was typed and what to fix. The
// status goes back to the server, which sends it (400 for refused input, 429 past the hourly limit).
import configPromise from '@payload-config'
import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { Confirmation } from '@/components/questions/QuestionForm.client'
import { QuestionsPage } from '@/components/questions/QuestionsPage'
import { submitQuestion } from '@/questions/intake'
import { type SubmissionResult, valuesFrom } from '@/questions/submission'
import { QUESTIONS_PATH } from '@/questions/tags'
import { QUESTION_TOKEN_HEADER, takeQuestionPost } from '@/server/questionPost'

export const metadata: Metadata = { title: 'Hỏi đáp – gửi câu hỏi', robots: { index: false } }

const STATUS: Record<SubmissionResult['outcome'], number> = { accepted: 200, idle: 200, invalid: 400, limited: 429 }

export default async function QuestionOutcomeRoute() {
  const post = takeQuestionPost((await headers()).get(QUESTION_TOKEN_HEADER))
  if (!post) redirect(QUESTIONS_PATH)
  // A render can run twice for one request: the outcome is computed once and kept with the post.
  post.outcome ??= submitQuestion(await getPayload({ config: configPromise }), {
    values: valuesFrom((name) => post.fields.get(name)),
    honeypot: post.fields.get('website') ?? '',
    address: post.address,
  })
  const result = await post.outcome
  post.status = STATUS[result.outcome]
  if (result.outcome === 'accepted') {
    return (
      <section aria-labelledby="hoi-dap">
        <Breadcrumbs items={[{ label: 'Hỏi đáp', href: QUESTIONS_PATH }, { label: 'Đã gửi câu hỏi' }]} />
        <h1 id="hoi-dap" className="section-title">
          Hỏi đáp
        </h1>
        <Confirmation />
      </section>
    )
  }
  return <QuestionsPage page={1} initial={result} />
}

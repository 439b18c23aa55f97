import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { KeepsReact } from '@/components/KeepsReact'
import { Pagination } from '@/components/Pagination'
import { getRetentionMonths, listPublishedQuestions } from '@/questions/queries'
import { EMPTY_VALUES, type SubmissionResult } from '@/questions/submission'
import { QUESTIONS_PATH, questionsPagePath } from '@/questions/tags'
import { formatDate } from '@/utilities/format'

import { QuestionForm } from './QuestionForm.client'
import styles from './QuestionForm.module.css'

/** /hoi-dap (the form, then the answered questions) and /hoi-dap/trang/N (answered questions only). */
export async function QuestionsPage({ page, initial }: { page: number; initial?: SubmissionResult }) {
  const [result, retentionMonths] = await Promise.all([listPublishedQuestions(page), getRetentionMonths()])
  if (page > 1 && page > result.totalPages) notFound()
  return (
    <section aria-labelledby="hoi-dap">
      <Breadcrumbs items={[{ label: 'Hỏi đáp' }]} />
      <h1 id="hoi-dap" className="section-title">
        Hỏi đáp{page > 1 ? ` – trang ${page}` : ''}
      </h1>
      {page === 1 ? (
        <>
          <p>
            Người dân, tổ chức gửi câu hỏi về lĩnh vực của Sở Nội vụ tỉnh Lào Cai tại đây. Câu hỏi được chuyển đến đơn vị phụ trách; câu trả
            lời được gửi lại cho bạn và có thể được đăng dưới đây.
          </p>
          <QuestionForm initial={initial ?? { outcome: 'idle', values: EMPTY_VALUES }} retentionMonths={retentionMonths} />
          {/* The form answers in place: this page keeps React's runtime. */}
          <KeepsReact />
        </>
      ) : (
        <p>
          <a href={QUESTIONS_PATH}>Gửi câu hỏi mới</a>
        </p>
      )}
      <h2 id="da-tra-loi">Câu hỏi đã được trả lời</h2>
      {result.docs.length === 0 ? (
        <p>Chưa có câu hỏi nào được trả lời công khai.</p>
      ) : (
        <ol className={styles.list} aria-labelledby="da-tra-loi">
          {result.docs.map((item) => (
            <li key={item.id} className={styles.item}>
              <article aria-labelledby={`cau-hoi-${item.id}`}>
                <h3 id={`cau-hoi-${item.id}`}>{item.subject}</h3>
                {item.publishedAt ? (
                  <p className={styles.meta}>
                    Đăng ngày <time dateTime={item.publishedAt}>{formatDate(item.publishedAt)}</time>
                  </p>
                ) : null}
                <p className={styles.text}>{item.question}</p>
                <div className={styles.answer}>
                  <p>
                    <strong>Trả lời:</strong>
                  </p>
                  <p className={styles.text}>{item.answer}</p>
                </div>
              </article>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} totalPages={result.totalPages} hrefFor={questionsPagePath} label="Các trang hỏi đáp" />
    </section>
  )
}

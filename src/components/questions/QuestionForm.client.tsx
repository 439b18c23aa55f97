'use client'
// The Hỏi đáp form. Without JavaScript it is a plain POST to /hoi-dap (the server takes it: src/server/questionPost.ts)
// and the answer is a whole page; with JavaScript the same fields go to the Server Action and the outcome is shown
// in place. Either way the server checks everything and the errors stand next to their fields.
import { type FormEvent, startTransition, useActionState, useEffect, useRef } from 'react'

import { askQuestion } from '@/questions/actions'
import { EMPTY_VALUES, type FieldErrors, type FieldName, LIMITS, type SubmissionResult } from '@/questions/submission'
import { QUESTIONS_PATH } from '@/questions/tags'

import styles from './QuestionForm.module.css'

type Props = { initial: SubmissionResult; retentionMonths: number }

const LABELS: Record<FieldName, string> = {
  name: 'Họ và tên',
  contact: 'Thư điện tử hoặc số điện thoại',
  subject: 'Tiêu đề',
  question: 'Nội dung câu hỏi',
  consent: 'Đồng ý xử lý dữ liệu cá nhân',
}

const fieldId = (name: FieldName) => `hoi-dap-${name}`
const errorId = (name: FieldName) => `hoi-dap-${name}-loi`
const hintId = (name: FieldName) => `hoi-dap-${name}-goi-y`

/** aria attributes linking a field to its hint and, when refused, to its error. */
function described(name: FieldName, errors: FieldErrors, hint = false) {
  const ids = [hint ? hintId(name) : '', errors[name] ? errorId(name) : ''].filter(Boolean).join(' ')
  return { 'aria-invalid': errors[name] ? true : undefined, 'aria-describedby': ids || undefined }
}

function FieldError({ name, errors }: { name: FieldName; errors: FieldErrors }) {
  if (!errors[name]) return null
  return (
    <p id={errorId(name)} className={styles.error}>
      <span className={styles.errorMark} aria-hidden="true">
        !
      </span>{' '}
      {errors[name]}
    </p>
  )
}

export function Confirmation() {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <section className={styles.confirmation} aria-labelledby="hoi-dap-da-nhan">
      <h2 id="hoi-dap-da-nhan" ref={heading} tabIndex={-1}>
        Đã nhận câu hỏi của bạn
      </h2>
      <p>
        Cảm ơn bạn đã gửi câu hỏi đến Sở Nội vụ tỉnh Lào Cai. Câu hỏi sẽ được chuyển đến đơn vị phụ trách để trả lời; câu trả lời được gửi
        đến thư điện tử của bạn (nếu bạn để lại thư điện tử) và có thể được đăng trên trang Hỏi đáp, không kèm họ tên và thông tin liên hệ
        của bạn.
      </p>
      <p>
        <a href={QUESTIONS_PATH}>Quay lại trang Hỏi đáp</a>
      </p>
    </section>
  )
}

export function QuestionForm({ initial, retentionMonths }: Props) {
  const [state, formAction, pending] = useActionState(askQuestion, initial)
  const summary = useRef<HTMLDivElement>(null)
  const values = state.outcome === 'accepted' ? EMPTY_VALUES : state.values
  const errors: FieldErrors = state.outcome === 'invalid' ? state.errors : {}
  const problems = Object.entries(errors) as Array<[FieldName, string]>

  // After a refused submission with JavaScript, the summary of what to fix is where the reader lands.
  useEffect(() => {
    if (state !== initial && state.outcome !== 'accepted') summary.current?.focus()
  }, [state, initial])

  if (state.outcome === 'accepted') return <Confirmation />

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    startTransition(() => formAction(form))
  }

  return (
    <form method="post" action={QUESTIONS_PATH} onSubmit={submit} noValidate className={styles.form} aria-labelledby="hoi-dap-gui">
      <h2 id="hoi-dap-gui">Gửi câu hỏi</h2>
      {state.outcome === 'limited' || problems.length > 0 ? (
        <div ref={summary} tabIndex={-1} role="alert" className={styles.summary}>
          {state.outcome === 'limited' ? (
            <p>{state.message}</p>
          ) : (
            <>
              <p>Câu hỏi chưa được gửi. Vui lòng sửa {problems.length} mục sau:</p>
              <ul>
                {problems.map(([name, message]) => (
                  <li key={name}>
                    <a href={`#${fieldId(name)}`}>
                      {LABELS[name]}: {message}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
      <p className={styles.note}>Các mục có dấu * là bắt buộc.</p>

      <div className={styles.field}>
        <label htmlFor={fieldId('name')}>{LABELS.name} *</label>
        <input
          id={fieldId('name')}
          name="name"
          type="text"
          autoComplete="name"
          required
          defaultValue={values.name}
          {...described('name', errors)}
        />
        <FieldError name="name" errors={errors} />
      </div>

      <div className={styles.field}>
        <label htmlFor={fieldId('contact')}>{LABELS.contact} *</label>
        <p id={hintId('contact')} className={styles.hint}>
          Để nhận câu trả lời. Ví dụ: ten@example.vn hoặc 0912 345 678.
        </p>
        <input
          id={fieldId('contact')}
          name="contact"
          type="text"
          autoComplete="email"
          required
          defaultValue={values.contact}
          {...described('contact', errors, true)}
        />
        <FieldError name="contact" errors={errors} />
      </div>

      <div className={styles.field}>
        <label htmlFor={fieldId('subject')}>{LABELS.subject} *</label>
        <p id={hintId('subject')} className={styles.hint}>
          Tối đa {LIMITS.subject} ký tự.
        </p>
        <input
          id={fieldId('subject')}
          name="subject"
          type="text"
          required
          defaultValue={values.subject}
          {...described('subject', errors, true)}
        />
        <FieldError name="subject" errors={errors} />
      </div>

      <div className={styles.field}>
        <label htmlFor={fieldId('question')}>{LABELS.question} *</label>
        <p id={hintId('question')} className={styles.hint}>
          Tối đa {LIMITS.question.toLocaleString('vi-VN')} ký tự, chữ thường (không dùng mã HTML).
        </p>
        <textarea
          id={fieldId('question')}
          name="question"
          rows={8}
          required
          defaultValue={values.question}
          {...described('question', errors, true)}
        />
        <FieldError name="question" errors={errors} />
      </div>

      {/* A trap for robots: hidden from people and from assistive technology, never filled by a person. */}
      <div className={styles.trap} aria-hidden="true">
        <label htmlFor="hoi-dap-website">Để trống ô này</label>
        <input id="hoi-dap-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <fieldset className={styles.consent}>
        <legend>Bảo vệ dữ liệu cá nhân</legend>
        <p id={hintId('consent')} className={styles.hint}>
          Theo Nghị định 13/2023/NĐ-CP: Sở Nội vụ tỉnh Lào Cai xử lý họ tên, thư điện tử hoặc số điện thoại và nội dung câu hỏi của bạn chỉ
          để trả lời câu hỏi này. Câu hỏi và câu trả lời có thể được đăng công khai, không kèm họ tên và thông tin liên hệ. Thông tin liên
          hệ được xóa {retentionMonths} tháng sau khi câu hỏi được trả lời. Xem{' '}
          <a href="/chinh-sach-bao-mat">chính sách bảo vệ dữ liệu cá nhân</a>.
        </p>
        <div className={styles.check}>
          <input
            id={fieldId('consent')}
            name="consent"
            type="checkbox"
            value="yes"
            required
            defaultChecked={values.consent}
            {...described('consent', errors, true)}
          />
          <label htmlFor={fieldId('consent')}>
            Tôi đồng ý để Sở Nội vụ tỉnh Lào Cai xử lý dữ liệu cá nhân của tôi cho mục đích trả lời câu hỏi như trên. *
          </label>
        </div>
        <FieldError name="consent" errors={errors} />
      </fieldset>

      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? 'Đang gửi…' : 'Gửi câu hỏi'}
      </button>
    </form>
  )
}

// What a citizen's question must be before it is stored: the form's fields, their limits and the Vietnamese
// message for each refusal. Shared by the plain form POST (no JavaScript) and the Server Action.

export const FIELD_NAMES = ['name', 'contact', 'subject', 'question'] as const
export type FieldName = (typeof FIELD_NAMES)[number] | 'consent'

/** What the person typed, kept to fill the form again when something is refused. */
export type QuestionValues = Record<(typeof FIELD_NAMES)[number], string> & { consent: boolean }
export type FieldErrors = Partial<Record<FieldName, string>>

export const LIMITS = { name: 100, contact: 254, subject: 200, question: 5000 } as const
/** A question shorter than this says nothing staff could answer. */
export const MIN_QUESTION = 10

export const EMPTY_VALUES: QuestionValues = { name: '', contact: '', subject: '', question: '', consent: false }

/** A form's raw fields (URLSearchParams or FormData) as the values the form shows again. */
export function valuesFrom(read: (name: string) => unknown): QuestionValues {
  const text = (name: string) => {
    const value = read(name)
    // What is kept to show again is bounded too: a megabyte pasted into a field is not echoed back.
    return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').slice(0, LIMITS.question * 2) : ''
  }
  const consent = read('consent')
  return {
    name: text('name'),
    contact: text('contact'),
    subject: text('subject'),
    question: text('question'),
    consent: typeof consent === 'string' && consent !== '' && consent !== 'false' && consent !== '0',
  }
}

// A tag, a comment or a doctype: "<b>", "</p>", "<!--", "<img src=…". A lone "<" (as in "lương < 5 triệu") is fine.
const HTML = /<\s*[a-z!/?]/i
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i

/** A Vietnamese phone number: 0 or +84 then 9 or 10 digits; spaces, dots and dashes between digits allowed. */
export function normalisePhone(contact: string): string | null {
  if (!/^\+?[\d\s.\-()]+$/.test(contact)) return null
  const digits = contact.replace(/[\s.\-()]/g, '')
  const national = digits.startsWith('+84')
    ? `0${digits.slice(3)}`
    : digits.startsWith('84') && digits.length >= 11
      ? `0${digits.slice(2)}`
      : digits
  return /^0\d{9,10}$/.test(national) ? national : null
}

export const isEmail = (contact: string): boolean => EMAIL.test(contact) && contact.length <= LIMITS.contact

/** The refusals for each field, in Vietnamese; empty when the question may be stored. */
export function validateQuestion(values: QuestionValues): FieldErrors {
  const errors: FieldErrors = {}
  const name = values.name.trim()
  const contact = values.contact.trim()
  const subject = values.subject.trim()
  const question = values.question.trim()

  if (!name) errors.name = 'Vui lòng nhập họ và tên.'
  else if (name.length > LIMITS.name) errors.name = `Họ và tên dài quá ${LIMITS.name} ký tự (hiện có ${name.length}).`
  else if (HTML.test(name)) errors.name = 'Họ và tên không được chứa mã HTML (dấu < liền chữ).'

  if (!contact) errors.contact = 'Vui lòng nhập thư điện tử hoặc số điện thoại để nhận trả lời.'
  else if (contact.length > LIMITS.contact) errors.contact = `Thông tin liên hệ dài quá ${LIMITS.contact} ký tự.`
  else if (contact.includes('@') ? !isEmail(contact) : !normalisePhone(contact)) {
    errors.contact = contact.includes('@')
      ? 'Địa chỉ thư điện tử không hợp lệ (ví dụ đúng: ten@example.vn).'
      : 'Số điện thoại không hợp lệ (ví dụ đúng: 0214 3840 123 hoặc 0912 345 678).'
  }

  if (!subject) errors.subject = 'Vui lòng nhập tiêu đề câu hỏi.'
  else if (subject.length > LIMITS.subject) errors.subject = `Tiêu đề dài quá ${LIMITS.subject} ký tự (hiện có ${subject.length}).`
  else if (HTML.test(subject)) errors.subject = 'Tiêu đề không được chứa mã HTML (dấu < liền chữ).'

  if (!question) errors.question = 'Vui lòng nhập nội dung câu hỏi.'
  else if (question.length < MIN_QUESTION) errors.question = `Nội dung câu hỏi quá ngắn (ít nhất ${MIN_QUESTION} ký tự).`
  else if (question.length > LIMITS.question) {
    errors.question = `Nội dung câu hỏi dài quá ${LIMITS.question} ký tự (hiện có ${question.length}).`
  } else if (HTML.test(question)) errors.question = 'Nội dung câu hỏi không được chứa mã HTML (dấu < liền chữ).'

  if (!values.consent) {
    errors.consent = 'Vui lòng đồng ý cho Sở Nội vụ xử lý dữ liệu cá nhân để trả lời câu hỏi; nếu không, chúng tôi không thể nhận câu hỏi.'
  }
  return errors
}

/** The outcome the form shows: accepted (the confirmation), or refused with the values kept. */
export type SubmissionResult =
  | { outcome: 'accepted' }
  | { outcome: 'invalid'; values: QuestionValues; errors: FieldErrors }
  | { outcome: 'limited'; values: QuestionValues; message: string }
  | { outcome: 'idle'; values: QuestionValues }

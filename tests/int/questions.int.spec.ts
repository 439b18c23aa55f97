// Hỏi đáp: what the intake refuses and why (in Vietnamese), the hourly limit per address, the honeypot, the
// retention job, and that no reader (signed out, with or without `where`) reads a question through REST.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { ANSWER_REQUIRED } from '@/collections/Questions/hooks/trackQuestionStatus'
import type { Question } from '@/payload-types'
import { submitQuestion, type Submission } from '@/questions/intake'
import { QuestionLimiter, QUESTIONS_PER_HOUR } from '@/questions/limit'
import { ERASE_CONTACTS_TASK, eraseExpiredContacts } from '@/questions/retention'
import type { QuestionValues } from '@/questions/submission'

import { seedUser, TEST_PASSWORD } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { outsideClient, refusal } from '../helpers/sdk'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

const good: QuestionValues = {
  name: 'Nguyễn Văn An',
  contact: 'an.nv@example.vn',
  subject: 'Thi tuyển công chức năm 2025',
  question: 'Xin hỏi khi nào Sở tổ chức thi tuyển công chức năm 2025 và hồ sơ gồm những gì?',
  consent: true,
}

let addresses = 0
const ask = (values: Partial<QuestionValues>, extra: Partial<Submission> = {}, limiter = new QuestionLimiter()) =>
  submitQuestion(payload, { values: { ...good, ...values }, honeypot: '', address: `203.0.113.${++addresses}`, ...extra }, limiter)

const stored = async (subject: string) =>
  (await payload.find({ collection: 'questions', where: { subject: { equals: subject } }, overrideAccess: true })).docs

describe('the form refuses bad input with a Vietnamese message next to the field, keeping what was typed', () => {
  const cases: Array<[string, Partial<QuestionValues>, keyof QuestionValues, RegExp]> = [
    ['an over-long name', { name: 'A'.repeat(101) }, 'name', /Họ và tên dài quá 100 ký tự \(hiện có 101\)/],
    ['an over-long subject', { subject: 'Đ'.repeat(201) }, 'subject', /Tiêu đề dài quá 200 ký tự/],
    ['an over-long question', { question: 'ă'.repeat(5001) }, 'question', /Nội dung câu hỏi dài quá 5000 ký tự \(hiện có 5001\)/],
    ['HTML in the question', { question: 'Xin hỏi <script>alert(1)</script> về thủ tục' }, 'question', /không được chứa mã HTML/],
    ['HTML in the subject', { subject: '<b>Gấp</b> thủ tục' }, 'subject', /không được chứa mã HTML/],
    ['a missing consent', { consent: false }, 'consent', /Vui lòng đồng ý cho Sở Nội vụ xử lý dữ liệu cá nhân/],
    ['a bad email', { contact: 'an.nv@example' }, 'contact', /Địa chỉ thư điện tử không hợp lệ/],
    ['a bad phone', { contact: '12345' }, 'contact', /Số điện thoại không hợp lệ/],
    ['no contact', { contact: '  ' }, 'contact', /Vui lòng nhập thư điện tử hoặc số điện thoại/],
    ['an empty question', { question: '' }, 'question', /Vui lòng nhập nội dung câu hỏi/],
  ]
  it.each(cases)('%s', async (_label, values, field, message) => {
    const subject = values.subject ?? `${good.subject} (${field} ${addresses})`
    const result = await ask({ ...values, subject })
    expect(result.outcome).toBe('invalid')
    if (result.outcome !== 'invalid') return
    expect(result.errors[field]).toMatch(message)
    expect(Object.keys(result.errors)).toEqual([field])
    expect(result.values).toEqual({ ...good, ...values, subject })
    expect(await stored(subject)).toHaveLength(0)
  })

  it('takes a lone "<" in prose, phone numbers written the Vietnamese ways, and a good email', async () => {
    for (const [contact, subject] of [
      ['0912 345 678', 'Phụ cấp cho lương < 5 triệu'],
      ['+84 214.3840.123', 'Số điện thoại bàn'],
      ['an.nv@laocai.gov.vn', 'Thư điện tử công vụ'],
    ]) {
      expect((await ask({ contact, subject })).outcome, contact).toBe('accepted')
      const [question] = await stored(subject)
      expect(question).toMatchObject({ contact, status: 'new', name: good.name })
      expect(new Date(question.consentAt!).getTime()).toBeGreaterThan(Date.now() - 60_000)
    }
  })
})

describe('spam', () => {
  it(`takes ${QUESTIONS_PER_HOUR} questions an hour from one address, then refuses with a Vietnamese message until the hour has passed`, async () => {
    let now = Date.parse('2026-12-01T03:00:00Z')
    const limiter = new QuestionLimiter(() => now)
    const from = (address: string, n: number) => ask({ subject: `Giới hạn ${address} ${n}` }, { address }, limiter)
    for (let n = 1; n <= QUESTIONS_PER_HOUR; n++) {
      expect((await from('198.51.100.7', n)).outcome).toBe('accepted')
      now += 60_000
    }
    const refused = await from('198.51.100.7', 6)
    expect(refused).toMatchObject({ outcome: 'limited' })
    expect(refused.outcome === 'limited' && refused.message).toMatch(/đã gửi 5 câu hỏi trong một giờ qua.*sau khoảng 55 phút/)
    expect(await stored('Giới hạn 198.51.100.7 6')).toHaveLength(0)
    // The same machine written IPv4-mapped is the same address; another address is not held up.
    expect((await from('::ffff:198.51.100.7', 7)).outcome).toBe('limited')
    expect((await from('198.51.100.8', 1)).outcome).toBe('accepted')
    // An IPv6 subscriber is counted by its /64, whichever address in it they pick.
    for (let n = 1; n <= QUESTIONS_PER_HOUR; n++) expect((await from(`2001:db8:1:2::${n}`, n)).outcome).toBe('accepted')
    expect((await from('2001:db8:1:2:ffff::9', 6)).outcome).toBe('limited')
    // An hour after the first question, one more is allowed.
    now = Date.parse('2026-12-01T04:00:30Z')
    expect((await from('198.51.100.7', 8)).outcome).toBe('accepted')
  })

  it('answers a robot that filled the honeypot as if accepted, stores nothing, and counts it against the address', async () => {
    const limiter = new QuestionLimiter()
    const address = '192.0.2.50'
    for (let n = 1; n <= QUESTIONS_PER_HOUR; n++) {
      const result = await ask({ subject: `Quảng cáo ${n}` }, { honeypot: 'https://spam.example', address }, limiter)
      expect(result.outcome).toBe('accepted')
      expect(await stored(`Quảng cáo ${n}`)).toHaveLength(0)
    }
    expect((await ask({ subject: 'Người thật cùng địa chỉ' }, { address }, limiter)).outcome).toBe('limited')
  })
})

describe('retention', () => {
  const DAY = 24 * 60 * 60 * 1000
  async function question(subject: string, status: Question['status'], answeredDaysAgo: number | null): Promise<Question> {
    const created = await payload.create({
      collection: 'questions',
      data: { ...good, subject, contact: `${subject.length}.nguoi.hoi@example.vn`, consentAt: new Date().toISOString(), status: 'new' },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    if (status === 'new') return created
    await payload.update({
      collection: 'questions',
      id: created.id,
      data: { status, answer: 'Sở trả lời như sau: hồ sơ gồm đơn và bản sao văn bằng.' },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    // The dates are the server's; the past is written beneath the hooks.
    const when = new Date(Date.now() - (answeredDaysAgo ?? 0) * DAY).toISOString()
    await payload.db.updateOne({ collection: 'questions', id: created.id, data: { answeredAt: when, updatedAt: when } })
    return payload.findByID({ collection: 'questions', id: created.id, overrideAccess: true })
  }

  it('erases the contacts of questions answered longer ago than the period (12 months by default), and keeps the rest', async () => {
    const old = await question('Đã trả lời 13 tháng trước', 'published', 400)
    const oldAnswered = await question('Trả lời riêng 13 tháng trước', 'answered', 400)
    const oldRejected = await question('Từ chối 13 tháng trước', 'rejected', 400)
    const recent = await question('Đã trả lời tháng trước', 'published', 30)
    const waiting = await question('Chưa trả lời', 'new', null)
    await payload.db.updateOne({
      collection: 'questions',
      id: waiting.id,
      data: { createdAt: new Date(Date.now() - 500 * DAY).toISOString() },
    })

    const info = vi.spyOn(payload.logger, 'info')
    expect((await payload.findGlobal({ slug: 'question-settings' })).retentionMonths).toBe(12)
    // Through the job queue, as the hourly schedule runs it.
    await payload.jobs.queue({ task: ERASE_CONTACTS_TASK, input: {} })
    await payload.jobs.run()

    const read = async (doc: Question) => payload.findByID({ collection: 'questions', id: doc.id, overrideAccess: true })
    for (const doc of [old, oldAnswered, oldRejected]) {
      const after = await read(doc)
      expect(after.contact, doc.subject).toBeNull()
      expect(after.contactErasedAt).toBeTruthy()
      expect(after).toMatchObject({ subject: doc.subject, question: doc.question, answer: doc.answer, status: doc.status, name: doc.name })
    }
    expect((await read(recent)).contact).toBe(recent.contact)
    expect((await read(waiting)).contact).toBe(waiting.contact)

    // The log names how many and which records, never what was erased.
    const logged = JSON.stringify(info.mock.calls)
    expect(logged).toContain('đã xóa thông tin liên hệ của 3 câu hỏi')
    for (const doc of [old, oldAnswered, oldRejected]) expect(logged).not.toContain(doc.contact!)
    info.mockRestore()

    // Admins shorten the period: last month's answer goes too.
    await payload.updateGlobal({ slug: 'question-settings', data: { retentionMonths: 1 }, context: { disableRevalidate: true } })
    expect(await eraseExpiredContacts(payload)).toEqual([recent.id])
    expect((await read(recent)).answer).toBe(recent.answer)
    await payload.updateGlobal({ slug: 'question-settings', data: { retentionMonths: 12 }, context: { disableRevalidate: true } })
  })

  it('runs every hour on the default queue', () => {
    const task = payload.config.jobs.tasks?.find((candidate) => candidate.slug === ERASE_CONTACTS_TASK)
    expect(task?.schedule).toEqual([{ cron: '0 * * * *', queue: 'default' }])
  })
})

describe('REST', () => {
  it('never shows a question to a reader, published or not, whatever the query', async () => {
    const published = await payload.create({
      collection: 'questions',
      data: { ...good, subject: 'Câu hỏi công khai', consentAt: new Date().toISOString(), status: 'published', answer: 'Đã trả lời.' },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const reader = outsideClient()
    // Each call is made when it is awaited, so an early refusal is never an unhandled rejection.
    const attempts = [
      () => reader.find({ collection: 'questions' }),
      () => reader.find({ collection: 'questions', where: { status: { equals: 'published' } } }),
      () => reader.find({ collection: 'questions', where: { contact: { like: '@' } } }),
      () => reader.find({ collection: 'questions', select: { subject: true } }),
      () => reader.findByID({ collection: 'questions', id: published.id }),
      () => reader.count({ collection: 'questions' }),
      () =>
        reader.create({
          collection: 'questions',
          data: { subject: 'Gửi thẳng qua REST', question: 'Vượt qua giới hạn gửi câu hỏi?', status: 'new' },
        }),
      () => reader.update({ collection: 'questions', id: published.id, data: { answer: 'Sửa bậy' } }),
      () => reader.findGlobal({ slug: 'question-settings' }),
    ]
    for (const attempt of attempts) expect((await refusal(attempt())).status).toBe(403)
    expect((await payload.findByID({ collection: 'questions', id: published.id, overrideAccess: true })).answer).toBe('Đã trả lời.')
  })

  it('lets staff read and answer, but not rewrite when consent was given', async () => {
    const editor = await seedUser(payload, 'editor', 'Biên tập hỏi đáp')
    const { token } = await outsideClient().login({ collection: 'users', data: { email: editor.email, password: TEST_PASSWORD } })
    const staff = outsideClient(token!)
    const [doc] = await stored(good.subject + ' (nhân viên)').then(async (found) =>
      found.length
        ? found
        : [
            await payload.create({
              collection: 'questions',
              data: { ...good, subject: good.subject + ' (nhân viên)', consentAt: '2026-11-30T01:00:00.000Z', status: 'new' },
              overrideAccess: true,
            }),
          ],
    )
    const listed = await staff.find({ collection: 'questions', where: { id: { equals: doc.id } } })
    expect(listed.docs[0].contact).toBe(good.contact)
    const unanswered = await payload
      .update({ collection: 'questions', id: doc.id, data: { status: 'published' }, user: editor, overrideAccess: false })
      .catch((error: { data?: { errors?: Array<{ path: string; message: string }> } }) => error.data?.errors?.[0])
    expect(unanswered).toEqual({ path: 'answer', message: ANSWER_REQUIRED, label: expect.anything() })
    const answered = await staff.update({
      collection: 'questions',
      id: doc.id,
      data: { status: 'published', answer: 'Lịch thi dự kiến tháng 6.', consentAt: '2020-01-01T00:00:00.000Z' },
    })
    expect(answered).toMatchObject({ status: 'published', consentAt: '2026-11-30T01:00:00.000Z' })
    expect(answered.publishedAt).toBeTruthy()
    expect(answered.answeredAt).toBeTruthy()
  })
})

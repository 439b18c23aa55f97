// The mail that tells an asker their question has been answered and published: Vietnamese, the answer in full,
// and a link to /hoi-dap on SITE_URL. Sent only when SMTP is set and the contact given is an email address.
import type { Payload } from 'payload'

import { mailSettings } from '@/email/adapter'
import { siteUrl } from '@/env'
import type { Question } from '@/payload-types'

import { isEmail } from './submission'
import { QUESTIONS_PATH } from './tags'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
    .join('\n')

export function answerMailHtml(question: Pick<Question, 'name' | 'subject' | 'question' | 'answer'>): string {
  const link = escapeHtml(`${siteUrl()}${QUESTIONS_PATH}`)
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>Trả lời câu hỏi</title></head>
<body>
<p>Xin chào ${escapeHtml(question.name ?? '')},</p>
<p>Sở Nội vụ tỉnh Lào Cai đã trả lời câu hỏi của bạn: <strong>${escapeHtml(question.subject)}</strong></p>
<h2>Câu hỏi</h2>
${paragraphs(question.question)}
<h2>Trả lời</h2>
${paragraphs(question.answer ?? '')}
<p>Câu hỏi và câu trả lời (không kèm thông tin liên hệ của bạn) đã được đăng tại <a href="${link}">${link}</a>.</p>
<p>Thư này được gửi tự động, vui lòng không trả lời.</p>
</body>
</html>`
}

/** Mails the answer to the asker when that is possible; a failure is logged and never undoes the publication. */
export async function mailAnswer(payload: Payload, question: Question): Promise<boolean> {
  const to = question.contact?.trim()
  if (!to || !isEmail(to) || !mailSettings()) return false
  try {
    await payload.sendEmail({
      to,
      subject: `Trả lời câu hỏi: ${question.subject}`.slice(0, 200),
      html: answerMailHtml(question),
    })
    payload.logger.info(`Hỏi đáp: đã gửi thư trả lời câu hỏi ${question.id}.`)
    return true
  } catch (error) {
    payload.logger.error({ err: error }, `Hỏi đáp: không gửi được thư trả lời câu hỏi ${question.id}.`)
    return false
  }
}

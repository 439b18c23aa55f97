// Hỏi đáp: when staff publish an answer, an asker who left an email address gets it by mail, in Vietnamese,
// through a real SMTP server on loopback; an asker who left a phone number gets nothing, and no mail goes twice.
import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'
import { afterAll, describe, expect, it } from 'vitest'

type Received = { recipients: string[]; raw: string }
const received: Received[] = []

// Started, and SMTP_* set, before anything imports the config: the config reads them once.
const smtp = new SMTPServer({
  hideSTARTTLS: true,
  authOptional: true,
  onData(stream, session, callback) {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => {
      received.push({ recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') })
      callback()
    })
  },
})
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
process.env.SITE_URL = 'https://sonoivu.laocai.gov.vn'
process.env.SMTP_HOST = '127.0.0.1'
process.env.SMTP_PORT = String((smtp.server.address() as AddressInfo).port)
delete process.env.SMTP_USER
delete process.env.SMTP_FROM

const { testPayload } = await import('../helpers/payload')
const { seedUser } = await import('../helpers/fixtures')

afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())))

/** The mail's HTML, decoded from quoted-printable or base64. */
function html(mail: Received): string {
  const [head, ...rest] = mail.raw.split(/\r?\n\r?\n/)
  const text = rest.join('\n\n')
  if (/Content-Transfer-Encoding: base64/i.test(head)) return Buffer.from(text, 'base64').toString('utf8')
  return Buffer.from(
    text.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8')
}

describe('the answer by mail', () => {
  it('goes to an asker’s email when the question is published, once', async () => {
    const payload = await testPayload()
    const editor = await seedUser(payload, 'editor', 'Biên tập trả lời')
    const asEditor = { user: editor, overrideAccess: false, context: { disableRevalidate: true } } as const
    const ask = (contact: string, subject: string) =>
      payload.create({
        collection: 'questions',
        data: {
          name: 'Lò Thị Mai',
          contact,
          subject,
          question: 'Xin hỏi thủ tục chuyển công tác?',
          consentAt: new Date().toISOString(),
          status: 'new',
        },
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
    const byMail = await ask('mai.lt@example.vn', 'Chuyển công tác')
    const byPhone = await ask('0912 345 678', 'Chuyển công tác (điện thoại)')

    const before = received.length
    await payload.update({
      collection: 'questions',
      id: byMail.id,
      data: { status: 'answered', answer: 'Hồ sơ gồm đơn & <quyết định>.' },
      ...asEditor,
    })
    expect(received).toHaveLength(before)

    await payload.update({ collection: 'questions', id: byMail.id, data: { status: 'published' }, ...asEditor })
    expect(received).toHaveLength(before + 1)
    const mail = received.at(-1)!
    expect(mail.recipients).toEqual(['mai.lt@example.vn'])
    const body = html(mail)
    expect(body).toContain('Xin chào Lò Thị Mai')
    expect(body).toContain('Hồ sơ gồm đơn &#38; &#60;quyết định&#62;.')
    expect(body).toContain('https://sonoivu.laocai.gov.vn/hoi-dap')

    // Edited after publication: no second mail. A phone number: no mail at all.
    await payload.update({ collection: 'questions', id: byMail.id, data: { answer: 'Hồ sơ gồm đơn và quyết định.' }, ...asEditor })
    await payload.update({ collection: 'questions', id: byPhone.id, data: { status: 'published', answer: 'Xem trả lời.' }, ...asEditor })
    expect(received).toHaveLength(before + 1)
  })
})

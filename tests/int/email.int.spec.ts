// "Quên mật khẩu" end to end against a real SMTP server on loopback: the mail arrives, in Vietnamese, with a
// link to the admin's reset page on SITE_URL, and that link's token sets a new password. Without SMTP settings
// the portal has no mail adapter and the forgot-password screen says so instead of promising a mail.
import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { getPayload, type AdminViewServerProps, type Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { SMTPServer } from 'smtp-server'
import { afterAll, describe, expect, it, vi } from 'vitest'

import type { User } from '@/payload-types'

type Received = { envelopeFrom: string; recipients: string[]; raw: string }

const SITE_URL = 'https://sonoivu.laocai.gov.vn'
const SMTP_USER = 'cong-thong-tin'
const SMTP_PASS = 'mat-khau-may-chu-thu'
const NOT_CONFIGURED =
  'Cổng chưa được cấu hình gửi thư, nên không gửi được thư đặt lại mật khẩu. Vui lòng liên hệ quản trị viên để được đặt mật khẩu mới.'

const received: Received[] = []
const logins: string[] = []

// The SMTP server starts, and SMTP_* are set, before anything imports the config: the config reads them once.
const smtp = new SMTPServer({
  // Loopback, and no certificate nodemailer would trust: plain SMTP with login, as a relay inside a LAN would be.
  hideSTARTTLS: true,
  allowInsecureAuth: true,
  onAuth(auth, _session, callback) {
    logins.push(`${auth.username}:${auth.password}`)
    if (auth.username === SMTP_USER && auth.password === SMTP_PASS) callback(null, { user: auth.username })
    else callback(new Error('Sai tài khoản máy chủ thư'))
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => {
      received.push({
        envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        raw: Buffer.concat(chunks).toString('latin1'),
      })
      callback()
    })
  },
})
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))

process.env.SITE_URL = SITE_URL
process.env.SMTP_HOST = '127.0.0.1'
process.env.SMTP_PORT = String((smtp.server.address() as AddressInfo).port)
process.env.SMTP_USER = SMTP_USER
process.env.SMTP_PASS = SMTP_PASS
delete process.env.SMTP_FROM

const { testPayload } = await import('../helpers/payload')

afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())))

/** Bytes written as latin1 characters, read back as the UTF-8 text they are. */
const utf8 = (latin1: string) => Buffer.from(latin1, 'latin1').toString('utf8')

/** A header, unfolded, with its RFC 2047 encoded words decoded. */
function header(mail: Received, name: string): string {
  const head = mail.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ')
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`)) ?? ''
  const value = line
    .slice(name.length + 1)
    .trim()
    .replace(/\?=\s+=\?/g, '?==?')
  return utf8(
    value.replace(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('latin1')
        : text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    ),
  )
}

/** The body, decoded from its transfer encoding (the mail is one HTML part). */
function body(mail: Received): string {
  const [, ...rest] = mail.raw.split(/\r?\n\r?\n/)
  const text = rest.join('\n\n')
  const encoding = header(mail, 'Content-Transfer-Encoding').toLowerCase()
  if (encoding === 'base64') return Buffer.from(text, 'base64').toString('utf8')
  if (encoding === 'quoted-printable') {
    return utf8(text.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))))
  }
  return utf8(text)
}

async function createUser(payload: Payload, email: string, role: User['role'] = 'author'): Promise<User> {
  return payload.create({
    collection: 'users',
    data: { email, password: 'mật khẩu cũ rất dài', name: 'Nguyễn Thị Lan', role },
  })
}

/** The Vietnamese message a refused save or reset carries, or 'accepted'. */
async function refusal(operation: Promise<unknown>): Promise<string> {
  try {
    await operation
    return 'accepted'
  } catch (error) {
    return (error as { data?: { errors?: Array<{ message: string }> } }).data?.errors?.[0]?.message ?? String(error)
  }
}

async function signsIn(payload: Payload, email: string, password: string): Promise<boolean> {
  try {
    return Boolean((await payload.login({ collection: 'users', data: { email, password } })).token)
  } catch {
    return false
  }
}

describe('Quên mật khẩu, with an SMTP server', () => {
  it('mails a Vietnamese reset link to SITE_URL/admin/reset/<token>, and that token sets a new password', async () => {
    const payload = await testPayload()
    await createUser(payload, 'quantri@example.vn', 'admin')
    const user = await createUser(payload, 'lan.nt@example.vn')
    expect(payload.email.name).toBe('nodemailer')

    const before = received.length
    await payload.forgotPassword({ collection: 'users', data: { email: 'lan.nt@example.vn' } })
    expect(received).toHaveLength(before + 1)
    const mail = received.at(-1)!

    expect(logins).toContain(`${SMTP_USER}:${SMTP_PASS}`)
    expect(mail.recipients).toEqual(['lan.nt@example.vn'])
    // SMTP_FROM unset: the department, at no-reply@ the site's own host.
    expect(mail.envelopeFrom).toBe('no-reply@sonoivu.laocai.gov.vn')
    expect(header(mail, 'From')).toBe('Sở Nội vụ tỉnh Lào Cai <no-reply@sonoivu.laocai.gov.vn>')
    expect(header(mail, 'Subject')).toBe('Đặt lại mật khẩu tài khoản Cổng thông tin điện tử Sở Nội vụ tỉnh Lào Cai')

    const html = body(mail)
    expect(html).toContain('Xin chào Nguyễn Thị Lan')
    expect(html).toContain('hiệu lực trong 1 giờ')
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1])
    expect(links).toHaveLength(1)
    const token = new RegExp(`^${SITE_URL}/admin/reset/([0-9a-f]{40})$`).exec(links[0])?.[1]
    expect(token, links[0]).toBeDefined()

    await payload.resetPassword({
      collection: 'users',
      data: { token: token!, password: 'mật khẩu mới sau khi quên' },
      overrideAccess: true,
    })
    expect(await signsIn(payload, user.email, 'mật khẩu mới sau khi quên')).toBe(true)
    expect(await signsIn(payload, user.email, 'mật khẩu cũ rất dài')).toBe(false)
    // The link works once.
    await expect(
      payload.resetPassword({ collection: 'users', data: { token: token!, password: 'lại một mật khẩu khác' }, overrideAccess: true }),
    ).rejects.toThrow()
  })

  it('keeps the password policy on the reset page: a weak new password is refused and the old one still works', async () => {
    const payload = await testPayload()
    const user = await createUser(payload, 'yeu.mk@example.vn')
    const token = await payload.forgotPassword({ collection: 'users', data: { email: user.email } })
    expect(received.at(-1)?.recipients).toEqual([user.email])
    expect(body(received.at(-1)!)).toContain(`${SITE_URL}/admin/reset/${token}`)

    expect(
      await refusal(
        payload.resetPassword({ collection: 'users', data: { token: token!, password: 'password1234' }, overrideAccess: true }),
      ),
    ).toBe('Mật khẩu này nằm trong danh sách mật khẩu phổ biến, rất dễ bị đoán. Hãy chọn mật khẩu khác.')
    expect(await signsIn(payload, user.email, 'password1234')).toBe(false)
    expect(await signsIn(payload, user.email, 'mật khẩu cũ rất dài')).toBe(true)
  })

  it('shows Payload’s own forgot-password form, since mail can be sent', async () => {
    const payload = await testPayload()
    expect(payload.config.admin.components.views?.forgot).toBeUndefined()
  })

  it('reads SMTP_PORT 465 as implicit TLS and any other port as STARTTLS when offered; SMTP_FROM names the sender', async () => {
    const { mailSettings } = await import('@/email/adapter')
    const implicit = mailSettings({ SMTP_HOST: 'mail.laocai.gov.vn', SMTP_PORT: '465', SITE_URL })
    expect(implicit?.transport).toMatchObject({ host: 'mail.laocai.gov.vn', port: 465, secure: true })
    const submission = mailSettings({ SMTP_HOST: 'mail.laocai.gov.vn', SMTP_PORT: '587', SITE_URL })
    expect(submission?.transport).toMatchObject({ port: 587, secure: false })
    expect(submission?.transport.ignoreTLS).toBeFalsy()
    expect(mailSettings({ SMTP_HOST: 'mail.laocai.gov.vn', SITE_URL })?.transport.port).toBe(587)
    expect(mailSettings({ SMTP_HOST: 'mail.laocai.gov.vn', SITE_URL })?.transport.auth).toBeUndefined()

    expect(mailSettings({ SMTP_HOST: 'mail.laocai.gov.vn', SITE_URL })).toMatchObject({
      fromName: 'Sở Nội vụ tỉnh Lào Cai',
      fromAddress: 'no-reply@sonoivu.laocai.gov.vn',
    })
    expect(mailSettings({ SMTP_HOST: 'mail.laocai.gov.vn', SMTP_FROM: '"Văn phòng Sở" <vanphong@laocai.gov.vn>', SITE_URL })).toMatchObject(
      { fromName: 'Văn phòng Sở', fromAddress: 'vanphong@laocai.gov.vn' },
    )
    expect(mailSettings({ SMTP_HOST: 'mail.laocai.gov.vn', SMTP_FROM: 'thu@laocai.gov.vn', SITE_URL })).toMatchObject({
      fromName: 'Sở Nội vụ tỉnh Lào Cai',
      fromAddress: 'thu@laocai.gov.vn',
    })
    expect(() => mailSettings({ SMTP_HOST: 'mail.laocai.gov.vn', SMTP_PORT: 'smtp' })).toThrow(/SMTP_PORT/)
  })
})

describe('Quên mật khẩu, without SMTP settings', () => {
  it('has no mail adapter, and the forgot-password screen tells the staff member to ask an administrator', async () => {
    const payload = await testPayload()
    const user = await createUser(payload, 'khong-thu@example.vn')

    // The config as a server started without SMTP_HOST builds it.
    const saved = { ...process.env }
    delete process.env.SMTP_HOST
    delete process.env.SMTP_PORT
    delete process.env.SMTP_USER
    delete process.env.SMTP_PASS
    vi.resetModules()
    let withoutMail: Payload | undefined
    try {
      const config = await (await import('@payload-config')).default
      expect(config.email).toBeUndefined()
      withoutMail = await getPayload({ config, key: 'without-smtp' })
      expect(withoutMail.email.name).toBe('console')

      const before = received.length
      await withoutMail.forgotPassword({ collection: 'users', data: { email: user.email } })
      expect(received).toHaveLength(before)

      // What the staff member gets at /admin/forgot: the screen registered for it, which offers no form to fill.
      const screen = config.admin.components.views?.forgot
      expect(screen).toMatchObject({ Component: '@/components/admin/MailNotConfigured#MailNotConfigured' })
      const importMap = readFileSync(path.resolve('src/app/(payload)/admin/importMap.js'), 'utf8')
      expect(importMap).toContain('"@/components/admin/MailNotConfigured#MailNotConfigured"')
      const { MailNotConfigured } = await import('@/components/admin/MailNotConfigured')
      const props = { initPageResult: { req: { payload: withoutMail, user: null } } } as unknown as AdminViewServerProps
      const html = renderToStaticMarkup(MailNotConfigured(props))
      expect(html).toContain(NOT_CONFIGURED)
      expect(html).toContain('href="/admin/login"')
      expect(html).not.toContain('<input')
    } finally {
      Object.assign(process.env, saved)
      await withoutMail?.destroy()
    }
  })
})

describe('an admin setting a new password for another account', () => {
  it('works for an admin, under the password policy; an editor cannot', async () => {
    const payload = await testPayload()
    const admin = await createUser(payload, 'quantri-2@example.vn', 'admin')
    const editor = await createUser(payload, 'bientap@example.vn', 'editor')
    const staff = await createUser(payload, 'quen-mk@example.vn')

    await payload.update({
      collection: 'users',
      id: staff.id,
      data: { password: 'quản trị viên đặt lại' },
      user: admin,
      overrideAccess: false,
    })
    expect(await signsIn(payload, staff.email, 'quản trị viên đặt lại')).toBe(true)
    expect(await signsIn(payload, staff.email, 'mật khẩu cũ rất dài')).toBe(false)

    expect(
      await refusal(
        payload.update({ collection: 'users', id: staff.id, data: { password: 'ngan-qua' }, user: admin, overrideAccess: false }),
      ),
    ).toBe('Mật khẩu phải có ít nhất 12 ký tự (đang có 8). Một câu ngắn dễ nhớ là đủ.')
    await expect(
      payload.update({
        collection: 'users',
        id: staff.id,
        data: { password: 'bien tap vien doi ho' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    expect(await signsIn(payload, staff.email, 'quản trị viên đặt lại')).toBe(true)
  })
})

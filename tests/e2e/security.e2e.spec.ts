import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { expect, test } from '@playwright/test'
import Database from 'libsql'

import { adminToken, authHeader, e2eAdmin } from '../helpers/api'
import { signIn } from '../helpers/login'

import { SOURCE_ARTICLE } from '@/seed/sourceArticle'
import { documentOf, paragraphOf, textNode } from '@/utilities/lexical'

test('public pages carry the security headers, and the site works under its policy', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  const response = await page.goto('/')
  const headers = response!.headers()
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['content-security-policy']).toContain("object-src 'none'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['x-powered-by']).toBeUndefined()
  // The counters' script runs (the beacon answers) and the page's own scripts load.
  const beacon = page.waitForResponse((r) => r.url().endsWith('/api/luot-xem') && r.ok())
  await page.getByRole('link', { name: SOURCE_ARTICLE.title }).click()
  await beacon
  expect(violations).toEqual([])
})

test('the health endpoint reports the database and the counters’ last write', async ({ request }) => {
  const response = await request.get('/api/suc-khoe')
  expect(response.status()).toBe(200)
  const body = await response.json()
  expect(body).toMatchObject({ status: 'ok', database: 'ok' })
  expect(body.counters).toHaveProperty('lastFlushAt')
})

test.describe('signing in under attack', () => {
  const owner = { email: 'bien.tap.bi.tan.cong@example.vn', password: 'mùa lúa chín trên đồi Sa Pa 2024' }
  const attacker = { 'X-Forwarded-For': '203.0.113.50' }
  const elsewhere = { 'X-Forwarded-For': '198.51.100.7' }

  test('fifty wrong passwords from one address are throttled; the owner gets in from elsewhere once the account lock ends', async ({
    request,
  }) => {
    const token = await adminToken(request)
    const created = await request.post('/api/users', {
      headers: authHeader(token),
      data: { ...owner, name: 'Biên tập viên bị tấn công', role: 'editor' },
    })
    expect(created.status()).toBe(201)

    const statuses: number[] = []
    for (let i = 0; i < 50; i++) {
      const response = await request.post('/api/users/login', {
        headers: attacker,
        data: { email: owner.email, password: `doan-mat-khau-${i}-sai` },
      })
      statuses.push(response.status())
      if (response.status() === 429) {
        expect(Number(response.headers()['retry-after'])).toBeGreaterThanOrEqual(1)
        expect((await response.json()).errors[0].message).toMatch(/thử quá nhiều lần.*thử lại sau \d+ giây/)
      }
    }
    expect(statuses).not.toContain(200)
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(40)
    // The attacker's address waits even with the right password, however the path is written.
    expect((await request.post('/api/users/login', { headers: attacker, data: owner })).status()).toBe(429)
    expect((await request.post('/api/users/LOGIN/', { headers: attacker, data: owner })).status()).toBe(429)
    // Tries sent all at once are braked like tries sent one after another.
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        request.post('/api/users/login', {
          headers: { 'X-Forwarded-For': '203.0.113.52' },
          data: { email: `khong-ton-tai-${i}@example.vn`, password: 'mat-khau-doan-bua-ca-loat' },
        }),
      ),
    )
    expect(burst.filter((response) => response.status() !== 429).length).toBeLessThanOrEqual(5)

    // From another address the brake does not apply, but the account's own lock (5 failures, 10 minutes) does.
    const whileLocked = await request.post('/api/users/login', { headers: elsewhere, data: owner })
    expect(whileLocked.status()).toBe(401)
    expect((await whileLocked.json()).errors[0].message).toContain('Tài khoản đã bị khóa')

    // Ten minutes on: the lock's end is moved into the past in the database, as the clock would.
    const db = new Database(process.env.DATABASE_URI!.replace(/^file:/, ''))
    db.prepare('UPDATE users SET lock_until = ? WHERE email = ?').run('2000-01-01T00:00:00.000Z', owner.email)
    db.close()
    const afterLock = await request.post('/api/users/login', { headers: elsewhere, data: owner })
    expect(afterLock.status()).toBe(200)
    expect((await afterLock.json()).user.email).toBe(owner.email)
  })

  test('forgot-password is braked per address too, so it cannot be used to flood a mailbox', async ({ request }) => {
    const flooder = { 'X-Forwarded-For': '203.0.113.51' }
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) {
      const response = await request.post('/api/users/forgot-password', { headers: flooder, data: { email: owner.email } })
      statuses.push(response.status())
    }
    expect(statuses.slice(0, 5).every((status) => status === 200)).toBe(true)
    expect(statuses.slice(5)).toContain(429)
  })
})

test('the preview routes never send a browser to another site', async ({ request }) => {
  const attacks = [
    '/.//evil.example',
    '/x/..//evil.example',
    '/\\evil.example',
    '//evil.example',
    '%2F%2Fevil.example',
    `http://localhost:${process.env.E2E_PORT ?? 3100}//evil.example`,
    '/\t/evil.example',
  ]
  for (const attack of attacks) {
    const response = await request.get(`/thoat-xem-truoc?duong-dan=${attack.startsWith('%') ? attack : encodeURIComponent(attack)}`, {
      maxRedirects: 0,
    })
    expect(response.status(), attack).toBe(307)
    expect(response.headers().location, attack).toBe('/')
  }
  const ok = await request.get(`/thoat-xem-truoc?duong-dan=${encodeURIComponent('/tin-tuc')}`, { maxRedirects: 0 })
  expect(ok.headers().location).toBe('/tin-tuc')
})

test.describe('a curious author', () => {
  const author = { email: 'tac.gia.to.mo@example.vn', password: 'chiều thu trên cầu Kim Tân 2024' }
  const from = { 'X-Forwarded-For': '203.0.113.61' }

  test('cannot unlock the admin, nor clear the tries at the admin by signing in to their own account', async ({ request }) => {
    const token = await adminToken(request)
    expect(
      (
        await request.post('/api/users', { headers: authHeader(token), data: { ...author, name: 'Tác giả tò mò', role: 'author' } })
      ).status(),
    ).toBe(201)
    const login = (data: object) => request.post('/api/users/login', { headers: from, data })
    const guess = (n: number) => login({ email: e2eAdmin.email, password: `doan-mat-khau-quan-tri-${n}` })

    try {
      const statuses: number[] = []
      for (let i = 0; i < 4; i++) statuses.push((await guess(i)).status())
      const own = await login(author)
      expect(own.status()).toBe(200)
      const { token: authorToken } = (await own.json()) as { token: string }
      const unlock = await request.post('/api/users/unlock', {
        headers: { ...from, ...authHeader(authorToken) },
        data: { email: e2eAdmin.email },
      })
      expect(unlock.status()).toBe(403)
      // Signing in to their own account forgave none of the four guesses at the admin: the sixth waits.
      for (let i = 4; i < 6; i++) statuses.push((await guess(i)).status())
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
    } finally {
      // The admin's own lock (5 failures) is lifted for the tests after this one, as an admin would.
      const db = new Database(process.env.DATABASE_URI!.replace(/^file:/, ''))
      db.prepare('UPDATE users SET lock_until = NULL, login_attempts = 0 WHERE email = ?').run(e2eAdmin.email)
      db.close()
    }
  })
})

test('sign-out ends the session on the server: the old token no longer works', async ({ request }) => {
  const token = await adminToken(request)
  const auth = authHeader(token)
  expect((await (await request.get('/api/users/me', { headers: auth })).json()).user?.email).toBe(e2eAdmin.email)
  expect((await request.post('/api/users/logout', { headers: auth })).status()).toBe(200)
  expect((await (await request.get('/api/users/me', { headers: auth })).json()).user).toBeNull()
})

test('a cross-site request does not act with a signed-in editor’s cookie', async ({ page, baseURL }) => {
  await signIn(page, e2eAdmin)
  const cookie = (await page.context().cookies()).find((c) => c.name === 'payload-token')
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
  const asIfFrom = (origin: string) =>
    page.request.get('/api/users/me', { headers: { Origin: origin, Cookie: `payload-token=${cookie!.value}` } })
  expect((await (await asIfFrom(baseURL!)).json()).user?.email).toBe(e2eAdmin.email)
  expect((await (await asIfFrom('https://trang-gia-mao.example')).json()).user).toBeNull()
  const forged = await page.request.post('/api/articles', {
    headers: { Origin: 'https://trang-gia-mao.example', Cookie: `payload-token=${cookie!.value}` },
    data: { title: 'Bài do trang giả mạo gửi' },
  })
  expect(forged.status()).toBe(403)
})

test('script in an article, however it is dressed, never runs in the reader’s browser', async ({ page, request }) => {
  const ran: string[] = []
  page.on('dialog', async (dialog) => {
    ran.push(`dialog: ${dialog.message()}`)
    await dialog.dismiss()
  })
  page.on('console', (message) => {
    if (message.text().includes('XSS')) ran.push(`console: ${message.text()}`)
  })
  const texts = [
    '<script>alert("XSS-1")</script>',
    '<img src=x onerror=alert("XSS-2")>',
    '<svg onload=alert("XSS-3")>',
    '"><script>console.log("XSS-4")</script>',
    '&lt;script&gt;alert("XSS-5")&lt;/script&gt;',
    '</script><script>alert("XSS-6")</script>',
  ]
  const hrefs = [
    'javascript:alert("XSS-7")',
    'JaVaScRiPt:alert("XSS-8")',
    'java\tscript:alert("XSS-9")',
    ' \u0001javascript:alert("XSS-10")',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgiWFNTLTExIik8L3NjcmlwdD4=',
    'vbscript:msgbox("XSS-12")',
    '&#106;avascript:alert("XSS-13")',
  ]
  const token = await adminToken(request)
  const auth = authHeader(token)
  const title = `Bài thử mã độc <img src=x onerror=alert("XSS-14")> </script><script>alert("XSS-15")</script>`
  const created = await request.post('/api/articles', {
    headers: auth,
    data: { title, slug: 'bai-thu-ma-doc', _status: 'published', body: bodyWithLinks(texts, []) },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { id } = (await created.json()).doc
  // Each link is added on its own: the editor's validation may refuse one (a 400, the article untouched);
  // whatever it lets through must still be harmless on the page.
  const kept: string[] = []
  for (const href of hrefs) {
    const saved = await request.patch(`/api/articles/${id}`, { headers: auth, data: { body: bodyWithLinks(texts, [...kept, href]) } })
    expect([200, 400]).toContain(saved.status())
    if (saved.status() === 200) kept.push(href)
  }

  await page.goto('/tin-tuc/bai-thu-ma-doc')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  for (const text of texts) await expect(page.locator('.article-body').getByText(text, { exact: true })).toBeVisible()
  // Every dangerous link kept in the article is shown as plain text, not as a link.
  for (let i = 0; i < kept.length; i++) {
    await expect(page.locator('.article-body').getByText(`liên kết ${i + 1}`, { exact: true })).toBeVisible()
  }
  const linkTargets = await page.locator('.article-body a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  expect(linkTargets.filter((href) => /^\s*(javascript|data|vbscript)|avascript/i.test(href ?? ''))).toEqual([])
  for (let i = 0; i < kept.length; i++)
    await page
      .locator('.article-body')
      .getByText(`liên kết ${i + 1}`)
      .click()
  await page.waitForTimeout(500)
  expect(ran).toEqual([])
  console.log(`Links the editor's validation refused: ${hrefs.length - kept.length} of ${hrefs.length}`)
  expect(await page.evaluate(() => document.querySelectorAll('.article-body script, .article-body img[onerror]').length)).toBe(0)
})

/** A Lexical body: one paragraph per text, then one link per href, each labelled "liên kết N". */
function bodyWithLinks(texts: string[], hrefs: string[]) {
  const link = (url: string, i: number) => ({
    type: 'link',
    version: 3,
    direction: 'ltr',
    format: '',
    indent: 0,
    id: `lien-ket-${i + 1}`,
    fields: { linkType: 'custom', url, newTab: false },
    children: [textNode(`liên kết ${i + 1}`)],
  })
  return documentOf([...texts.map((value) => paragraphOf([textNode(value)])), ...hrefs.map((url, i) => paragraphOf([link(url, i)]))])
}

test('`next start` alone refuses to serve the build: it would skip the brake, the address rules and the headers', () => {
  const port = String(Number(process.env.E2E_PORT ?? 3100) + 9)
  const result = spawnSync(path.resolve('node_modules/.bin/next'), ['start', '-p', port], {
    env: process.env,
    encoding: 'utf8',
    timeout: 60_000,
  })
  expect(result.status).toBe(1)
  expect(result.stderr + result.stdout).toContain('Không chạy cổng bằng `next start`')
})

// The audit trail (src/audit): each staff action leaves one entry with who, from where, what and which
// fields (never a secret); nobody edits or deletes entries; the retention job removes old ones and says so.
import { readFileSync } from 'node:fs'

import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { NextRequest } from 'next/server'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { flushAudit } from '@/audit/record'
import { pruneAuditLog } from '@/audit/retention'
import { metrics } from '@/operations/metrics'
import type { AuditLog, User } from '@/payload-types'

import { seedUser, TEST_PASSWORD } from '../helpers/fixtures'
import { queryRows } from '../helpers/sql'
import { testPayload } from '../helpers/payload'
import { richTextFrom } from '@/utilities/lexical'

const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) }

/** A REST call through Payload's real handlers, from `address`. */
async function rest(
  method: keyof typeof handlers,
  path: string,
  { token, body, address = '198.51.100.7' }: { token?: string; body?: unknown; address?: string } = {},
) {
  const url = new URL(`http://localhost:3000/api/${path}`)
  const headers: Record<string, string> = { 'X-Forwarded-For': address, 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `JWT ${token}`
  const request = new NextRequest(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .map(decodeURIComponent)
  return handlers[method](request, { params: Promise.resolve({ slug }) })
}

let payload: Payload
let admin: User
let editor: User
let adminToken: string

/** The entries written since `since` (an ISO time), oldest first, once every pending write is done. */
async function entriesSince(since: string, where: Record<string, unknown> = {}): Promise<AuditLog[]> {
  await flushAudit()
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: { createdAt: { greater_than_equal: since }, ...where },
    sort: 'createdAt',
    limit: 100,
  })
  return docs
}

const mark = async () => {
  await flushAudit()
  await new Promise((resolve) => setTimeout(resolve, 5))
  return new Date().toISOString()
}

async function login(email: string, password: string, address?: string) {
  const response = await rest('POST', 'users/login', { body: { email, password }, address })
  return { status: response.status, token: ((await response.json()) as { token?: string }).token }
}

beforeAll(async () => {
  payload = await testPayload()
  admin = await seedUser(payload, 'admin', 'Quản trị thử')
  editor = await seedUser(payload, 'editor', 'Biên tập thử')
  adminToken = (await login(admin.email, TEST_PASSWORD)).token!
})

describe('an article through its life', () => {
  it('leaves one entry per action, with the account, the title at the time and the changed fields', async () => {
    const since = await mark()
    const as = { user: editor, overrideAccess: false, context: { disableRevalidate: true } }
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Bài nháp', body: richTextFrom(['Nội dung.']), _status: 'draft' },
      draft: true,
      ...as,
    })
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' }, ...as })
    await payload.update({ collection: 'articles', id: article.id, data: { title: 'Bài đã sửa' }, ...as })
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' }, ...as })
    await payload.delete({ collection: 'articles', id: article.id, ...as })
    const entries = await entriesSince(since, { targetCollection: { equals: 'articles' } })
    expect(entries.map((entry) => entry.action)).toEqual(['create', 'publish', 'update', 'unpublish', 'delete'])
    for (const entry of entries) {
      expect(entry).toMatchObject({ userId: String(editor.id), userEmail: editor.email, targetId: String(article.id) })
    }
    expect(entries[2].title).toBe('Bài đã sửa')
    expect(entries[2].changedFields).toContain('title')
    expect(entries[4].title).toBe('Bài đã sửa')
  })

  it('records a draft saved beside the published version as a change, not as unpublishing it (Local API too)', async () => {
    const as = { user: editor, overrideAccess: false, context: { disableRevalidate: true } }
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Bài đang đăng', body: richTextFrom(['Nội dung.']), _status: 'published' },
      ...as,
    })
    const since = await mark()
    await payload.update({ collection: 'articles', id: article.id, data: { title: 'Bản nháp sửa', _status: 'draft' }, draft: true, ...as })
    const entries = await entriesSince(since, { targetCollection: { equals: 'articles' } })
    expect(entries.map((entry) => entry.action)).toEqual(['update'])
    // The reader still sees the published version.
    expect((await payload.findByID({ collection: 'articles', id: article.id, depth: 0 }))._status).toBe('published')
  })

  it('records a version restored as a restore', async () => {
    const as = { user: editor, overrideAccess: false, context: { disableRevalidate: true } }
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Bản một', body: richTextFrom(['Một.']), _status: 'published' },
      ...as,
    })
    await payload.update({ collection: 'articles', id: article.id, data: { title: 'Bản hai' }, ...as })
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: article.id }, 'version.title': { equals: 'Bản một' } },
      limit: 1,
    })
    const since = await mark()
    await payload.restoreVersion({ collection: 'articles', id: docs[0].id, ...as })
    const entries = await entriesSince(since, { targetCollection: { equals: 'articles' } })
    expect(entries.map((entry) => [entry.action, entry.title])).toEqual([['restore', 'Bản một']])
  })
})

describe('scheduled publishing', () => {
  it('records a schedule set and cancelled, with the account behind it', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Bài hẹn giờ', body: richTextFrom(['Hẹn.']), _status: 'draft' },
      draft: true,
      context: { disableRevalidate: true },
    })
    const since = await mark()
    const waitUntil = new Date(Math.floor(Date.now() / 1000) * 1000 + 24 * 60 * 60 * 1000)
    // As Payload's schedule drawer does it (@payloadcms/ui schedulePublishHandler).
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: article.id }, user: { relationTo: 'users', value: editor.id } },
      waitUntil,
    })
    await payload.delete({ collection: 'payload-jobs', where: { id: { equals: job.id } }, user: editor })
    const entries = await entriesSince(since, { action: { in: ['schedule-set', 'schedule-cancel'] } })
    expect(entries.map((entry) => [entry.action, entry.userEmail, entry.targetId, entry.title])).toEqual([
      ['schedule-set', editor.email, String(article.id), 'Bài hẹn giờ'],
      ['schedule-cancel', editor.email, String(article.id), 'Bài hẹn giờ'],
    ])
    expect(entries[0].detail).toContain(waitUntil.toISOString())
  })
})

describe('accounts', () => {
  it('records sign-in with the client address, and a failed sign-in with the account tried, never the password', async () => {
    const since = await mark()
    expect((await login(editor.email, TEST_PASSWORD, '203.0.113.5')).status).toBe(200)
    expect((await login(editor.email, 'mat-khau-sai-hoan-toan', '203.0.113.6')).status).toBe(401)
    const entries = await entriesSince(since)
    expect(entries.map((entry) => [entry.action, entry.userEmail, entry.clientAddress])).toEqual([
      ['login', editor.email, '203.0.113.5'],
      ['login-failed', editor.email, '203.0.113.6'],
    ])
    expect(JSON.stringify(entries)).not.toMatch(/mat-khau-sai|mat-khau-thu-nghiem/)
  })

  it('records the lock when the fifth wrong password locks the account, and the unlock', async () => {
    const victim = await seedUser(payload, 'author', 'Tác giả bị khoá')
    const since = await mark()
    for (let i = 0; i < 5; i++) await login(victim.email, `sai-${i}-mat-khau-dai`, `203.0.113.${20 + i}`)
    let entries = await entriesSince(since, { userEmail: { equals: victim.email } })
    expect(entries.filter((entry) => entry.action === 'login-failed')).toHaveLength(5)
    expect(entries.filter((entry) => entry.action === 'lock')).toHaveLength(1)
    const unlocked = await rest('POST', 'users/unlock', { token: adminToken, body: { email: victim.email } })
    expect(unlocked.status).toBe(200)
    entries = await entriesSince(since, { action: { equals: 'unlock' } })
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ userEmail: admin.email, detail: victim.email })
  })

  it('records account creation, a role change and a password change by field name only', async () => {
    const since = await mark()
    const created = await payload.create({
      collection: 'users',
      data: { email: `moi-${Date.now()}@example.vn`, password: 'mot-mat-khau-rat-dai-1', name: 'Cán bộ mới', role: 'author' },
      user: admin,
      overrideAccess: false,
    })
    await payload.update({ collection: 'users', id: created.id, data: { role: 'editor' }, user: admin, overrideAccess: false })
    await payload.update({
      collection: 'users',
      id: created.id,
      data: { password: 'mot-mat-khau-moi-rat-dai-2' },
      user: admin,
      overrideAccess: false,
    })
    const entries = await entriesSince(since, { targetCollection: { equals: 'users' } })
    expect(entries.map((entry) => entry.action)).toEqual(['account-create', 'role-change', 'password-change'])
    expect(entries[1].changedFields).toBe('role')
    expect(entries[2].changedFields).toBe('password')
    const all = JSON.stringify(entries)
    expect(all).not.toMatch(/mot-mat-khau|"hash"|salt/)
  })

  it('records sign-out', async () => {
    const { token } = await login(editor.email, TEST_PASSWORD)
    const since = await mark()
    expect((await rest('POST', 'users/logout', { token })).status).toBe(200)
    const entries = await entriesSince(since, { action: { equals: 'logout' } })
    expect(entries.map((entry) => entry.userEmail)).toEqual([editor.email])
  })
})

describe('settings and uploads', () => {
  it('records a setting changed, with the field that changed', async () => {
    const since = await mark()
    await payload.updateGlobal({ slug: 'counter-settings', data: { dedupeMinutes: 45 }, user: admin, overrideAccess: false })
    const entries = await entriesSince(since, { action: { equals: 'settings-change' } })
    expect(entries.map((entry) => [entry.targetCollection, entry.changedFields, entry.userEmail])).toEqual([
      ['counter-settings', 'dedupeMinutes', admin.email],
    ])
  })

  it('records an upload and its deletion', async () => {
    const data = readFileSync('src/seed/anh-thay-the-hoi-nghi-cong-bo-chi-so.png')
    const since = await mark()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Ảnh thử nhật ký' },
      file: { data, name: 'anh-nhat-ky.png', mimetype: 'image/png', size: data.length },
      user: editor,
      overrideAccess: false,
    })
    await payload.delete({ collection: 'media', id: media.id, user: editor, overrideAccess: false })
    const entries = await entriesSince(since, { targetCollection: { equals: 'media' } })
    expect(entries.map((entry) => entry.action)).toEqual(['upload', 'upload-delete'])
  })

  it('leaves the server’s own work (no one signed in, Local API) out of the trail', async () => {
    const since = await mark()
    await payload.updateGlobal({ slug: 'counter-settings', data: { dedupeMinutes: 31 } })
    expect(await entriesSince(since)).toHaveLength(0)
  })
})

describe('the trail cannot be changed', () => {
  it('refuses edits and deletes through REST and the Local API, admins included', async () => {
    const [entry] = (await payload.find({ collection: 'audit-log', limit: 1 })).docs
    expect(entry).toBeDefined()
    expect((await rest('PATCH', `audit-log/${entry.id}`, { token: adminToken, body: { action: 'login' } })).status).toBe(403)
    expect((await rest('DELETE', `audit-log/${entry.id}`, { token: adminToken })).status).toBe(403)
    expect((await rest('POST', 'audit-log', { token: adminToken, body: { action: 'login' } })).status).toBe(403)
    const asAdmin = { user: admin, overrideAccess: false } as const
    await expect(payload.update({ collection: 'audit-log', id: entry.id, data: { title: 'sửa' }, ...asAdmin })).rejects.toThrow()
    await expect(payload.delete({ collection: 'audit-log', id: entry.id, ...asAdmin })).rejects.toThrow()
    const still = await payload.findByID({ collection: 'audit-log', id: entry.id })
    expect(still.title).toBe(entry.title)
  })

  it('is read through REST by admins only', async () => {
    expect((await rest('GET', 'audit-log?limit=1', { token: adminToken })).status).toBe(200)
    const editorToken = (await login(editor.email, TEST_PASSWORD)).token
    expect((await rest('GET', 'audit-log?limit=1', { token: editorToken })).status).toBe(403)
    expect((await rest('GET', 'audit-log?limit=1')).status).toBe(403)
  })
})

describe('a failed write', () => {
  it('leaves the action done, and is counted', async () => {
    const failures = async () => (await metrics().auditFailures.get()).values[0]?.value ?? 0
    await flushAudit()
    const before = await failures()
    // The trail's table gone for a moment (a disk fault, a broken restore): the save must not notice.
    await queryRows(payload, 'ALTER TABLE audit_log RENAME TO audit_log_away')
    try {
      const updated = await payload.updateGlobal({
        slug: 'counter-settings',
        data: { dedupeMinutes: 50 },
        user: admin,
        overrideAccess: false,
      })
      expect(updated.dedupeMinutes).toBe(50)
      await flushAudit()
    } finally {
      await queryRows(payload, 'ALTER TABLE audit_log_away RENAME TO audit_log')
    }
    expect(await failures()).toBe(before + 1)
  })
})

describe('export', () => {
  it('gives admins a CSV of the filtered entries (BOM, ISO times), and nobody else', async () => {
    await flushAudit()
    const response = await rest('GET', `audit-log/export?where[userEmail][equals]=${encodeURIComponent(editor.email)}`, {
      token: adminToken,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/csv/)
    const bytes = Buffer.from(await response.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    const lines = text.slice(1).trim().split('\r\n')
    expect(lines[0]).toBe('createdAt,action,userId,userEmail,clientAddress,targetCollection,targetId,title,changedFields,detail')
    expect(lines.length).toBeGreaterThan(3)
    for (const line of lines.slice(1))
      expect(line).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z,[a-z-]+,[^,]*,${editor.email.replace(/[.]/g, '\\.')},`))
    const editorToken = (await login(editor.email, TEST_PASSWORD)).token
    expect((await rest('GET', 'audit-log/export', { token: editorToken })).status).toBe(403)
  })
})

describe('retention', () => {
  it('removes entries older than the admins’ retention and leaves one entry saying so', async () => {
    const old = new Date(Date.now() - 800 * 24 * 60 * 60 * 1000).toISOString()
    const recent = new Date(Date.now() - 100 * 24 * 60 * 60 * 1000).toISOString()
    for (const at of [old, old, recent]) {
      await payload.db.create({
        collection: 'audit-log',
        data: { action: 'login', userEmail: 'cu@example.vn', createdAt: at, updatedAt: at },
      })
    }
    const since = await mark()
    const { removed } = await pruneAuditLog(payload)
    expect(removed).toBe(2)
    const left = await payload.find({ collection: 'audit-log', where: { userEmail: { equals: 'cu@example.vn' } } })
    expect(left.docs.map((doc) => doc.createdAt)).toEqual([recent])
    const summary = await entriesSince(since, { action: { equals: 'retention' } })
    expect(summary).toHaveLength(1)
    expect(summary[0].detail).toMatch(/Đã xoá 2 mục/)
    // A shorter retention set by an admin takes the recent one too.
    await payload.updateGlobal({ slug: 'audit-settings', data: { retentionDays: 30 }, user: admin, overrideAccess: false })
    expect((await pruneAuditLog(payload)).removed).toBeGreaterThanOrEqual(1)
    expect((await payload.count({ collection: 'audit-log', where: { userEmail: { equals: 'cu@example.vn' } } })).totalDocs).toBe(0)
  })
})

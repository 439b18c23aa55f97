// "Lượt xem" and "Thống kê truy cập" by the rules of docs/counting-rules.md, on a real SQLite file.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Database from 'libsql'
import { NextRequest } from 'next/server'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getCounter, openCounterStore } from '@/analytics'
import { Counter, MAX_VISITORS_PER_ADDRESS, MEMORY_BOUNDS } from '@/analytics/counter'
import { isoWeekStart, vnDay } from '@/analytics/time'
import { POST } from '@/app/(frontend)/api/luot-xem/route'
import { databaseUrl } from '@/env'

import { seedArticle } from '../helpers/fixtures'
import { onPostgres, queryRows } from '../helpers/sql'
import { NOT_A_READER_UA, READER_UA } from '../helpers/userAgents'
import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

function beacon(body: unknown, headers: Record<string, string> = { 'user-agent': READER_UA }, method = 'POST') {
  return new NextRequest('http://localhost/api/luot-xem', {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

const visitorId = (n: number) => `trinh-duyet-thu-nghiem-${String(n).padStart(6, '0')}`

async function clockCounter(start: string) {
  let now = new Date(start).getTime()
  const counter = await Counter.open({ store: openCounterStore(), now: () => now, flushEveryMs: 0 })
  return { counter, at: (iso: string) => (now = new Date(iso).getTime()), advance: (ms: number) => (now += ms) }
}

describe('the beacon endpoint', () => {
  it('counts 500 concurrent beacons from 500 visitors exactly', async () => {
    const article = await seedArticle(payload, { title: 'Bài đọc nhiều', legacyViews: 76 })
    const responses = await Promise.all(
      Array.from({ length: 500 }, (_, n) => POST(beacon({ visitorId: visitorId(n), articleId: article.id }))),
    )
    expect(responses.map((response) => response.status)).toEqual(Array(500).fill(200))
    await (await getCounter()).flush()
    const last = await POST(beacon({ visitorId: visitorId(0), articleId: article.id }))
    const figures = await last.json()
    expect(figures.counted).toBe(false)
    expect(figures.views).toBe(76 + 500)
    expect(figures.today).toBeGreaterThanOrEqual(500)
  })

  it('counts nothing for bots, requests without a user agent, or prefetches', async () => {
    const article = await seedArticle(payload, { title: 'Bài bị bot ghé' })
    const cases: Array<Record<string, string>> = [
      { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
      { 'user-agent': 'facebookexternalhit/1.1' },
      {},
      { 'user-agent': READER_UA, 'sec-purpose': 'prefetch' },
    ]
    for (const [n, headers] of cases.entries()) {
      const response = await POST(beacon({ visitorId: visitorId(9000 + n), articleId: article.id }, headers))
      expect((await response.json()).counted).toBe(false)
    }
    const check = await POST(beacon({ articleId: article.id }, { 'user-agent': NOT_A_READER_UA }))
    expect((await check.json()).views).toBe(0)
  })

  it('refuses what is not a beacon with a 4xx, counting nothing', async () => {
    const article = await seedArticle(payload, { title: 'Bài bị gửi rác' })
    const unpublished = await seedArticle(payload, { title: 'Bản nháp không đếm' }, 'draft')
    expect((await POST(beacon({ articleId: 987654 }))).status).toBe(404)
    expect((await POST(beacon({ articleId: unpublished.id }))).status).toBe(404)
    expect((await POST(beacon('{"articleId": '))).status).toBe(400)
    expect((await POST(beacon({ articleId: 'một' }))).status).toBe(400)
    expect((await POST(beacon({ visitorId: '<script>', articleId: article.id }))).status).toBe(400)
    expect((await POST(beacon([1, 2, 3]))).status).toBe(400)
    expect((await POST(beacon({ articleId: article.id, padding: 'x'.repeat(2000) }))).status).toBe(413)
    await (await getCounter()).flush()
    const figures = await (await POST(beacon({ articleId: article.id }, { 'user-agent': NOT_A_READER_UA }))).json()
    expect(figures.views).toBe(0)
  })
})

describe('a flush under way', () => {
  it('keeps the views it is writing in the figures, and a second flush() waits for its commit', async () => {
    const article = await seedArticle(payload, { title: 'Bài đang được ghi', legacyViews: 76 })
    // The real store of this database, whose first write is held open until the test lets it go.
    const store = openCounterStore()
    const write = store.write.bind(store)
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let writes = 0
    store.write = async (...args) => {
      if (writes++ === 0) await held
      return write(...args)
    }
    const counter = await Counter.open({ store, flushEveryMs: 0 })
    const shown = async () => (await counter.figures(0, { id: article.id, legacyViews: 76 })).views
    expect(await shown()).toBe(76)
    for (let n = 0; n < 500; n++) await counter.record(`dang-ghi-${n}`, article.id)
    expect(await shown()).toBe(576)

    const first = counter.flush() // takes the 500 views and waits, uncommitted
    expect(await shown()).toBe(576)
    await counter.record('dang-ghi-500', article.id)
    let secondDone = false
    const second = counter.flush().then(() => (secondDone = true))
    // Long enough for a flush that does not wait to have read the database and returned.
    await Promise.race([second, new Promise((resolve) => setTimeout(resolve, 1000))])
    expect(secondDone).toBe(false)
    expect(await shown()).toBe(577)

    release()
    await second
    const stored = await queryRows(payload, 'SELECT views FROM counter_article_views WHERE article_id = ?', [article.id])
    expect(Number(stored[0]?.views)).toBe(501) // everything counted before the second flush() is committed
    await first
    expect(await shown()).toBe(577)
    await counter.stop()
    await store.close()
  })
})

describe('counting rules', () => {
  it('counts the same visitor once within the dedupe window, and again after it', async () => {
    const article = await seedArticle(payload, { title: 'Bài đọc lại' })
    const { counter, advance } = await clockCounter('2026-03-02T03:00:00Z')
    counter.setDedupeMinutes(30)
    expect(await counter.record('khach-a', article.id)).toBe(true)
    advance(29 * 60 * 1000)
    expect(await counter.record('khach-a', article.id)).toBe(false)
    advance(2 * 60 * 1000)
    expect(await counter.record('khach-a', article.id)).toBe(true)
    expect(await counter.record('khach-b', article.id)).toBe(true)
    await counter.flush()
    expect((await counter.figures(0, { id: article.id, legacyViews: 0 })).views).toBe(3)
  })

  it('puts a view at 23:59 and one at 00:01 (UTC+7) on different days', async () => {
    const article = await seedArticle(payload, { title: 'Bài lúc nửa đêm' })
    const { counter, at } = await clockCounter('2026-04-16T16:59:00Z')
    expect(vnDay(Date.parse('2026-04-16T16:59:00Z'))).toBe('2026-04-16') // 23:59 in Lào Cai
    await counter.record('dem-1', article.id)
    at('2026-04-16T17:01:00Z')
    expect(vnDay(Date.parse('2026-04-16T17:01:00Z'))).toBe('2026-04-17') // 00:01 the next day
    await counter.record('dem-2', article.id)
    await counter.flush()
    const rows = await queryRows(payload, 'SELECT day, views FROM counter_article_days WHERE article_id = ? ORDER BY day', [article.id])
    expect(rows.map((row) => [row.day, row.views])).toEqual([
      ['2026-04-16', 1],
      ['2026-04-17', 1],
    ])
  })

  it('starts the week on Monday, Vietnam time', async () => {
    expect(isoWeekStart('2026-11-29')).toBe('2026-11-23') // a Sunday belongs to the week before
    expect(isoWeekStart('2026-11-30')).toBe('2026-11-30') // Monday starts a new one
    // Long past, so that visits other tests record today fall outside this week.
    const { counter, at } = await clockCounter('2001-01-06T10:00:00Z') // Saturday 6/1/2001
    await counter.record('thu-bay')
    await counter.flush()
    at('2001-01-07T10:00:00Z') // Sunday 7/1
    await counter.record('chu-nhat')
    await counter.flush()
    expect(await counter.figures(0)).toMatchObject({ today: 1, week: 2 })
    at('2001-01-07T17:30:00Z') // 00:30 on Monday 8/1/2001 in Lào Cai
    await counter.record('thu-hai')
    await counter.flush()
    expect(await counter.figures(0)).toMatchObject({ today: 1, week: 1 })
  })

  it('keeps no raw IP address: visitors are salted hashes that change every day', async () => {
    const { counter } = await clockCounter('2026-05-05T05:00:00Z')
    const clue = { ip: '203.113.1.10', userAgent: READER_UA }
    const monday = await counter.visitorKey('2026-05-04', clue)
    expect(monday).toMatch(/^[0-9a-f]{32}$/)
    expect(await counter.visitorKey('2026-05-04', clue)).toBe(monday)
    expect(await counter.visitorKey('2026-05-05', clue)).not.toBe(monday)
    expect(await counter.visitorKey('2026-05-04', { ...clue, browserId: visitorId(1) })).not.toBe(monday)
  })

  it('a script inventing browser ids from one address counts as at most 1,000 visitors a day, others unaffected', async () => {
    const article = await seedArticle(payload, { title: 'Bài bị gửi tin giả' })
    const { counter } = await clockCounter('2026-06-01T03:00:00Z')
    const day = '2026-06-01'
    let views = 0
    for (let n = 0; n < 1500; n++) {
      const visitor = await counter.visitorKey(day, { browserId: `bia-dat-${n}`, ip: '198.51.100.66', userAgent: READER_UA })
      if (await counter.record(visitor, article.id)) views++
    }
    expect(views).toBe(MAX_VISITORS_PER_ADDRESS + 1)
    // A reader behind another address, and a browser already counted today, are still themselves.
    const reader = await counter.visitorKey(day, { browserId: 'ban-doc-that', ip: '203.113.1.10', userAgent: READER_UA })
    expect(await counter.record(reader, article.id)).toBe(true)
    const earlier = await counter.visitorKey(day, { browserId: 'bia-dat-5', ip: '198.51.100.66', userAgent: READER_UA })
    expect(earlier).toBe(await counter.visitorKey(day, { browserId: 'bia-dat-5', ip: '203.113.1.10', userAgent: READER_UA }))
  })
})

describe('one machine cannot run the counters up', () => {
  it('varying the user agent without a browser id, or both, counts as at most 1,000 visitors from one address', async () => {
    const article = await seedArticle(payload, { title: 'Bài bị đổi trình duyệt liên tục' })
    const { counter } = await clockCounter('2026-06-02T03:00:00Z')
    const day = '2026-06-02'
    let views = 0
    for (let n = 0; n < 1500; n++) {
      const userAgent = `${READER_UA} Gia/${n}`
      const clue = n % 2 ? { ip: '198.51.100.67', userAgent } : { ip: '198.51.100.67', userAgent, browserId: `gia-${n}` }
      if (await counter.record(await counter.visitorKey(day, clue), article.id)) views++
    }
    expect(views).toBe(MAX_VISITORS_PER_ADDRESS + 1)
  })

  it('counts an IPv6 /64 as one address, and an IPv4-mapped address as its IPv4 address', async () => {
    const article = await seedArticle(payload, { title: 'Bài bị gửi từ IPv6' })
    const { counter } = await clockCounter('2026-06-03T03:00:00Z')
    const day = '2026-06-03'
    let views = 0
    for (let n = 0; n < 1200; n++) {
      const ip = n % 2 ? `2001:db8:77:1:${n.toString(16)}::1` : '::ffff:198.51.100.68'
      const visitor = await counter.visitorKey(day, { ip, userAgent: `${READER_UA} V6/${n}` })
      if (await counter.record(visitor, article.id)) views++
    }
    // 600 from the /64 and 600 from the mapped IPv4 address: each group stops at its cap.
    expect(views).toBe(2 * 600)
    for (let n = 0; n < 1000; n++) {
      const visitor = await counter.visitorKey(day, { ip: `2001:db8:77:1::${(n + 5000).toString(16)}`, userAgent: `${READER_UA} V6b/${n}` })
      if (await counter.record(visitor, article.id)) views++
    }
    expect(views).toBe(1200 + (MAX_VISITORS_PER_ADDRESS - 600) + 1)
  })

  it('keeps its memory bounded under a flood of distinct visitors, and loads a bounded set at start', async () => {
    const article = await seedArticle(payload, { title: 'Bài bị gửi ồ ạt' })
    const { counter } = await clockCounter('2026-06-04T03:00:00Z')
    const flood = MEMORY_BOUNDS.knownVisitors + 20_000
    for (let n = 0; n < flood; n++) await counter.record(`lu-${n}`, article.id)
    const sizes = counter as unknown as { knownToday: Set<string>; marks: Map<string, number>; lastSeen: Map<string, number> }
    expect(sizes.knownToday.size).toBeLessThanOrEqual(MEMORY_BOUNDS.knownVisitors)
    expect(sizes.marks.size).toBeLessThanOrEqual(MEMORY_BOUNDS.marks)
    expect(sizes.lastSeen.size).toBeLessThanOrEqual(MEMORY_BOUNDS.online)
    expect((await counter.figures(0)).today).toBe(flood) // exact: new visitors are counted, only not all remembered
    // At start a counter loads at most its bounds from the database, the latest first.
    const later = await clockCounter('2026-06-04T04:00:00Z')
    for (let n = 0; n < 30; n++) {
      later.advance(1000)
      await later.counter.record(`gan-day-${n}`, article.id)
    }
    await later.counter.flush()
    const store = openCounterStore()
    expect((await store.visitorsOf('2026-06-04', 10)).size).toBe(10)
    expect((await store.visitorsOf('2026-06-04', 10)).has('gan-day-29')).toBe(true)
    expect(await store.recentMarks(0, 10)).toHaveLength(10)
    await store.close()
  }, 120_000)

  it('forgets a day’s salt as soon as the day is over, even when nobody visits the next day', async () => {
    const { counter, at } = await clockCounter('2026-06-05T10:00:00Z')
    await counter.visitorKey('2026-06-05', { ip: '203.113.1.10', userAgent: READER_UA })
    await counter.flush()
    expect(await queryRows(payload, 'SELECT day FROM counter_salts WHERE day = ?', ['2026-06-05'])).toHaveLength(1)
    at('2026-06-05T17:00:01Z') // 00:00:01 on 6/6 in Lào Cai
    await counter.flush()
    expect(await queryRows(payload, 'SELECT day FROM counter_salts WHERE day <= ?', ['2026-06-05'])).toEqual([])
  })
})

// SQLite only: its counter connection is synchronous; PostgreSQL's writes never hold up the process.
describe.skipIf(onPostgres())('a busy database (SQLite)', () => {
  it('a flush that finds the lock taken keeps its views for the next one, and does not throw', async () => {
    const article = await seedArticle(payload, { title: 'Bài khi cơ sở dữ liệu bận' })
    const { counter } = await clockCounter('2026-03-02T03:00:00Z')
    for (let n = 0; n < 5; n++) await counter.record(`khach-ban-${n}`, article.id)
    // Another connection holds the write lock, as a Payload transaction of the same process would.
    const other = new Database(databaseUrl().replace(/^file:/, ''))
    other.exec('BEGIN IMMEDIATE')
    await expect(counter.flushIfFree()).resolves.toBeUndefined()
    other.exec('ROLLBACK')
    const stored = () => other.prepare('SELECT views FROM counter_article_views WHERE article_id = ?').get([article.id])
    expect(stored()).toBeUndefined()
    expect((await counter.figures(0, { id: article.id, legacyViews: 0 })).views).toBe(5)
    await counter.flushIfFree()
    expect(stored()).toEqual({ views: 5 })
    other.close()
  })
})

describe('shutdown', () => {
  it('a SIGTERM during a burst loses no view', async () => {
    const article = await seedArticle(payload, { title: 'Bài khi máy chủ tắt' })
    const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-sigterm-'))
    const report = path.join(dir, 'accepted')
    const worker = spawn(
      process.execPath,
      [path.resolve('scripts/run.mjs'), 'tests/helpers/counterWorker.ts', String(article.id), report],
      { env: process.env, stdio: 'ignore' },
    )
    const exited = new Promise<number | null>((resolve) => worker.on('exit', (code) => resolve(code)))
    for (let waited = 0; !existsSync(`${report}.ready`) && waited < 60_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    worker.kill('SIGTERM')
    expect(await exited).toBe(143)
    const accepted = Number(readFileSync(report, 'utf8'))
    expect(accepted).toBeGreaterThanOrEqual(500)
    const stored = await queryRows(payload, 'SELECT views FROM counter_article_views WHERE article_id = ?', [article.id])
    expect(Number(stored[0]?.views)).toBe(accepted)
  })
})

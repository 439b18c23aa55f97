// Backup while the site writes, restore round trip, a corrupt backup refused, and files only the portal's user can read.
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Database from 'libsql'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getCounter } from '@/analytics'
import { vnDay } from '@/analytics/time'
import { backup, restore } from '@/backup'
import { databaseUrl, mediaDir } from '@/env'

import { createDatabase } from '../../scripts/lib/postgres'
import { seedArticle } from '../helpers/fixtures'
import { onPostgres, queryRows } from '../helpers/sql'
import { testPayload } from '../helpers/payload'

/** The permission bits in octal, as `chmod` spells them: '600'. */
const modeOf = (file: string) => (statSync(file).mode & 0o777).toString(8)

// A default system's umask, under which files come out readable by everyone unless their mode is set; set
// before the database file is first opened.
let umask: number
beforeAll(() => {
  umask = process.umask(0o022)
})
afterAll(() => {
  process.umask(umask)
})

/** An upload as Payload writes it, in a folder and file readable by everyone. */
function readableUpload(): string {
  mkdirSync(path.join(mediaDir(), 'cu'), { recursive: true })
  const file = path.join(mediaDir(), 'cu', 'anh.jpg')
  writeFileSync(file, 'ảnh')
  chmodSync(file, 0o644)
  chmodSync(mediaDir(), 0o755)
  return file
}

describe("backups are readable by the portal's user only", () => {
  it('writes every folder 0700 and every file 0600, the database and the uploads copy included', async () => {
    await testPayload()
    readableUpload()
    const into = path.join(mkdtempSync(path.join(os.tmpdir(), 'portal-modes-')), 'backups')
    const result = backup({ databaseUrl: databaseUrl(), mediaDir: mediaDir(), into })
    expect(modeOf(into)).toBe('700')
    expect(modeOf(result.dir)).toBe('700')
    expect(modeOf(result.database)).toBe('600')
    expect(modeOf(result.media!)).toBe('700')
    expect(modeOf(path.join(result.media!, 'cu'))).toBe('700')
    expect(modeOf(path.join(result.media!, 'cu', 'anh.jpg'))).toBe('600')
  })
})

describe.skipIf(onPostgres())('backup and restore (SQLite)', () => {
  it('round-trips an article and its counts, taken while counts are being written', async () => {
    const payload = await testPayload()
    const article = await seedArticle(payload, { title: 'Bài được sao lưu', legacyViews: 5 })
    const counter = await getCounter()
    for (let n = 0; n < 40; n++) await counter.record(`sao-luu-${n}`, article.id)
    await counter.flush()
    const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-backup-'))
    // A burst of writes racing the snapshot: it sees a consistent state either way.
    const burst = (async () => {
      for (let n = 40; n < 80; n++) {
        await counter.record(`sao-luu-${n}`, article.id)
        if (n % 10 === 0) await counter.flush()
        await new Promise((resolve) => setImmediate(resolve))
      }
    })()
    const result = backup({ databaseUrl: databaseUrl(), mediaDir: mediaDir(), into: dir })
    await burst

    const target = path.join(dir, 'restored', 'portal.db')
    restore({ from: result.dir, databaseUrl: `file:${target}`, mediaDir: path.join(dir, 'restored', 'media') })
    const db = new Database(target)
    const title = db.prepare('SELECT title FROM articles WHERE id = ?').get([article.id]) as { title: string }
    const views = db.prepare('SELECT views FROM counter_article_views WHERE article_id = ?').get([article.id]) as { views: number }
    const integrity = db.prepare('PRAGMA integrity_check').get([]) as { integrity_check: string }
    db.close()
    expect(title.title).toBe('Bài được sao lưu')
    expect(views.views).toBeGreaterThanOrEqual(40)
    expect(views.views).toBeLessThanOrEqual(80)
    expect(integrity.integrity_check).toBe('ok')
  })

  it('keeps the live database and its -wal and -shm files 0600', async () => {
    await seedArticle(await testPayload(), { title: 'Bài ghi vào tệp WAL' })
    const file = databaseUrl().replace(/^file:/, '')
    for (const suffix of ['', '-wal', '-shm']) {
      expect(existsSync(`${file}${suffix}`)).toBe(true)
      expect(modeOf(`${file}${suffix}`)).toBe('600')
    }
  })

  it('restores into files for the portal user only, even from an older, readable backup', async () => {
    await testPayload()
    readableUpload()
    const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-restore-modes-'))
    const result = backup({ databaseUrl: databaseUrl(), mediaDir: mediaDir(), into: dir })
    // As an older version of the portal wrote it.
    chmodSync(result.database, 0o644)
    chmodSync(path.join(result.media!, 'cu', 'anh.jpg'), 0o644)
    chmodSync(result.media!, 0o755)
    const target = path.join(dir, 'khoi-phuc', 'data', 'portal.db')
    const media = path.join(dir, 'khoi-phuc', 'data', 'media')
    restore({ from: result.dir, databaseUrl: `file:${target}`, mediaDir: media })
    expect(modeOf(path.dirname(target))).toBe('700')
    expect(modeOf(target)).toBe('600')
    expect(modeOf(media)).toBe('700')
    expect(modeOf(path.join(media, 'cu', 'anh.jpg'))).toBe('600')
  })

  it('refuses a corrupt backup and leaves the data as it was', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-corrupt-'))
    const broken = path.join(dir, 'hong')
    const target = path.join(dir, 'live.db')
    writeFileSync(target, 'dữ liệu đang dùng')
    mkdirSync(broken)
    writeFileSync(path.join(broken, 'portal.db'), Buffer.from('đây không phải cơ sở dữ liệu SQLite'.repeat(100)))
    expect(() => restore({ from: broken, databaseUrl: `file:${target}`, mediaDir: path.join(dir, 'media') })).toThrow(
      /^Bản sao lưu hỏng hoặc không phải cơ sở dữ liệu/,
    )
    expect(readFileSync(target, 'utf8')).toBe('dữ liệu đang dùng')
    expect(existsSync(path.join(dir, 'media'))).toBe(false)
  })
})

describe.skipIf(!onPostgres())('backup and restore (PostgreSQL)', () => {
  /** A new empty database on the same server, as a restore target. */
  const freshDatabase = () => createDatabase(databaseUrl(), `portal_restore_${randomBytes(4).toString('hex')}`)

  async function read(url: string, sql: string, args: unknown[]): Promise<Record<string, unknown> | undefined> {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      return (await client.query(sql, args)).rows[0]
    } finally {
      await client.end()
    }
  }

  it('round-trips an article and its counts with pg_dump, taken while counts are being written', async () => {
    const payload = await testPayload()
    const article = await seedArticle(payload, { title: 'Bài được sao lưu trên PostgreSQL' })
    const counter = await getCounter()
    for (let n = 0; n < 40; n++) await counter.record(`sao-luu-pg-${n}`, article.id)
    await counter.flush()
    const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-backup-pg-'))
    const burst = (async () => {
      for (let n = 40; n < 80; n++) {
        await counter.record(`sao-luu-pg-${n}`, article.id)
        if (n % 10 === 0) await counter.flush()
      }
    })()
    const result = backup({ databaseUrl: databaseUrl(), mediaDir: mediaDir(), into: dir })
    await burst
    const target = await freshDatabase()
    restore({ from: result.dir, databaseUrl: target, mediaDir: path.join(dir, 'restored-media') })
    expect(await read(target, 'SELECT title FROM articles WHERE id = $1', [article.id])).toEqual({
      title: 'Bài được sao lưu trên PostgreSQL',
    })
    const views = Number((await read(target, 'SELECT views FROM counter_article_views WHERE article_id = $1', [article.id]))?.views)
    expect(views).toBeGreaterThanOrEqual(40)
    expect(views).toBeLessThanOrEqual(80)
    // The restored search table still answers, accents folded by PostgreSQL itself.
    const found = await read(target, `SELECT article_id FROM article_search WHERE document @@ to_tsquery('simple', 'sao & luu')`, [])
    expect(found).toEqual({ article_id: article.id })
  })

  it('refuses a corrupt dump and leaves the database as it was', async () => {
    const payload = await testPayload()
    const article = await seedArticle(payload, { title: 'Bài không được đụng tới' })
    const broken = mkdtempSync(path.join(os.tmpdir(), 'portal-corrupt-pg-'))
    writeFileSync(path.join(broken, 'portal.dump'), Buffer.from('PGDMP nhưng hỏng'.repeat(100)))
    expect(() => restore({ from: broken, databaseUrl: databaseUrl(), mediaDir: path.join(broken, 'media') })).toThrow(
      /^Bản sao lưu hỏng hoặc không phải cơ sở dữ liệu/,
    )
    expect((await payload.findByID({ collection: 'articles', id: article.id })).title).toBe('Bài không được đụng tới')
  })
})

describe('what a backup leaves behind', () => {
  it('holds no counter salt, so it cannot match visitor hashes to addresses', async () => {
    const payload = await testPayload()
    const counter = await getCounter()
    // Today in Vietnam, as the counter keeps it (a UTC date is yesterday's from 17:00 UTC, and its salt is gone).
    const today = vnDay(Date.now())
    await counter.visitorKey(today, { ip: '203.113.1.10', userAgent: 'Mozilla/5.0' })
    await counter.flush()
    const stored = await queryRows(payload, 'SELECT salt FROM counter_salts')
    expect(stored.length).toBeGreaterThan(0)
    const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-backup-salt-'))
    const result = backup({ databaseUrl: databaseUrl(), mediaDir: mediaDir(), into: dir })
    if (onPostgres()) {
      const target = await createDatabase(databaseUrl(), `portal_salt_${randomBytes(4).toString('hex')}`)
      restore({ from: result.dir, databaseUrl: target, mediaDir: path.join(dir, 'restored-media') })
      const client = new pg.Client({ connectionString: target })
      await client.connect()
      expect((await client.query('SELECT COUNT(*)::int AS n FROM counter_salts')).rows[0].n).toBe(0)
      await client.end()
    } else {
      const copy = new Database(result.database)
      expect(copy.prepare('SELECT COUNT(*) AS n FROM counter_salts').get()).toEqual({ n: 0 })
      copy.close()
      // Not even in the file's free pages.
      const bytes = readFileSync(result.database).toString('latin1')
      for (const row of stored) expect(bytes.includes(String(row.salt))).toBe(false)
    }
  })
})

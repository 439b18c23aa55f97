// Backup while the site writes, restore round trip, and a corrupt backup refused.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Database from 'libsql'
import { describe, expect, it } from 'vitest'

import { getCounter } from '@/analytics'
import { backup, restore } from '@/backup'
import { databaseUrl, mediaDir } from '@/env'

import { seedArticle } from '../helpers/fixtures'
import { onPostgres } from '../helpers/sql'
import { testPayload } from '../helpers/payload'

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

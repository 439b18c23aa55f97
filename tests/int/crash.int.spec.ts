// kill -9 in the middle of a burst of views and edits: the database stays sound, and only the views of
// the last flush interval may be missing. Then a backup of what survived restores whole.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Database from 'libsql'
import { describe, expect, it } from 'vitest'

import { FLUSH_EVERY_MS } from '@/analytics/counter'
import { backup, restore } from '@/backup'
import { databaseUrl, mediaDir } from '@/env'

import { seedArticle } from '../helpers/fixtures'
import { onPostgres } from '../helpers/sql'
import { testPayload } from '../helpers/payload'

type Progress = { at: number; accepted: number; edits: number }

function readProgress(file: string): Progress[] {
  if (!existsSync(file)) return []
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [at, accepted, edits] = line.split(' ').map(Number)
      return { at, accepted, edits }
    })
}

// SQLite only: PostgreSQL's own write-ahead log answers for its files; its counts are tested in counters.
describe.skipIf(onPostgres())('a crash (SQLite)', () => {
  it('kill -9 during beacons and edits: integrity ok, at most one flush interval of views lost, backup round-trips', async () => {
    const payload = await testPayload()
    const article = await seedArticle(payload, { title: 'Bài trước sự cố' })
    const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-crash-'))
    const progressFile = path.join(dir, 'progress')
    const worker = spawn(
      process.execPath,
      [path.resolve('scripts/run.mjs'), 'tests/helpers/crashWorker.ts', String(article.id), progressFile],
      { env: process.env, stdio: 'ignore' },
    )
    const exited = new Promise<NodeJS.Signals | null>((resolve) => worker.on('exit', (_code, signal) => resolve(signal)))
    // Let it run for a few flushes and a good number of edits, then pull the plug.
    for (let waited = 0; waited < 60_000; waited += 50) {
      const last = readProgress(progressFile).at(-1)
      if (last && last.edits >= 20 && last.accepted >= 2000) break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await new Promise((resolve) => setTimeout(resolve, 2.5 * FLUSH_EVERY_MS))
    worker.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')

    const progress = readProgress(progressFile)
    const last = progress.at(-1)!
    // Everything accepted more than one flush interval (plus the 20 ms between notes) before the kill was written.
    const settled = progress.filter((p) => p.at <= last.at - FLUSH_EVERY_MS - 40).at(-1)!

    const file = databaseUrl().replace(/^file:/, '')
    const db = new Database(file)
    const integrity = db.prepare('PRAGMA integrity_check').get([]) as { integrity_check: string }
    const views = db.prepare('SELECT views FROM counter_article_views WHERE article_id = ?').get([article.id]) as { views: number }
    const stored = db.prepare('SELECT title FROM articles WHERE id = ?').get([article.id]) as { title: string }
    db.close()
    expect(integrity.integrity_check).toBe('ok')
    expect(views.views).toBeGreaterThanOrEqual(settled.accepted)
    expect(views.views).toBeLessThanOrEqual(last.accepted + 20 * 50)
    // Every edit the worker saw committed is there (maybe one more, committed after its last note).
    expect(Number(stored.title.replace('Bài sửa lần ', ''))).toBeGreaterThanOrEqual(last.edits)
    console.log(
      `kill -9 after ${last.accepted} views accepted and ${last.edits} edits: ${views.views} views stored, ` +
        `${Math.max(0, last.accepted - views.views)} lost (at most ${last.accepted - settled.accepted} allowed); title "${stored.title}"`,
    )

    // After the restart, a backup of what survived restores the article and its count.
    const result = backup({ databaseUrl: databaseUrl(), mediaDir: mediaDir(), into: path.join(dir, 'backups') })
    const target = path.join(dir, 'restored', 'portal.db')
    restore({ from: result.dir, databaseUrl: `file:${target}`, mediaDir: path.join(dir, 'restored', 'media') })
    const restored = new Database(target)
    expect(restored.prepare('SELECT title FROM articles WHERE id = ?').get([article.id])).toEqual({ title: stored.title })
    expect(restored.prepare('SELECT views FROM counter_article_views WHERE article_id = ?').get([article.id])).toEqual({
      views: views.views,
    })
    restored.close()
  }, 120_000)
})

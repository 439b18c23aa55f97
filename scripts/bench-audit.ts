// `npm run bench:audit`: what the audit trail costs the actions it records. Article saves (Local API as an
// editor, access checked, as the admin's save does) and view beacons (the counter's record) are timed with
// the trail on and then off, on a throwaway SQLite database (or DATABASE_URI when given). Target: a save
// with the trail costs at most a few milliseconds more than without; beacons are not recorded, so the same.
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-bench-audit-'))
process.env.DATABASE_URI ??= `file:${path.join(dir, 'bench.db')}`
process.env.MEDIA_DIR ??= path.join(dir, 'media')
process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')

const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { migrationsFor } = await import('@/database/migrations')
const { flushAudit, setAuditEnabled } = await import('@/audit/record')
const { getCounter } = await import('@/analytics')
const { richTextFrom } = await import('@/utilities/lexical')

const SAVES = Number(process.env.BENCH_SAVES ?? 200)
const BEACONS = Number(process.env.BENCH_BEACONS ?? 20000)

const payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrationsFor() })
const editor = await payload.create({
  collection: 'users',
  data: { email: `bench-${Date.now()}@example.vn`, password: 'mat-khau-bench-du-dai', name: 'Bench', role: 'editor' },
})
const article = await payload.create({
  collection: 'articles',
  data: {
    title: 'Bài đo',
    body: richTextFrom(Array.from({ length: 30 }, (_, i) => `Đoạn ${i} của bài đo thời gian lưu.`)),
    _status: 'published',
  },
  context: { disableRevalidate: true },
})
const counter = await getCounter()

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function saves(label: string) {
  const times: number[] = []
  for (let i = 0; i < SAVES; i++) {
    const started = performance.now()
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: `Bài đo ${label} ${i}` },
      user: editor,
      overrideAccess: false,
      context: { disableRevalidate: true },
    })
    times.push(performance.now() - started)
  }
  const drainStarted = performance.now()
  await flushAudit()
  const drainMs = performance.now() - drainStarted
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p95: percentile(times, 95), drainMs }
}

async function beacons() {
  const started = performance.now()
  for (let i = 0; i < BEACONS; i++) await counter.record(`bench-visitor-${i}-${Math.random()}`, article.id)
  await counter.flush()
  return (BEACONS / (performance.now() - started)) * 1000
}

const rows: Array<Record<string, string | number>> = []
for (const on of [true, false, true, false]) {
  setAuditEnabled(on)
  const saved = await saves(on ? 'on' : 'off')
  const perSecond = await beacons()
  rows.push({
    trail: on ? 'on' : 'off',
    'save p50 ms': saved.p50.toFixed(1),
    'save p95 ms': saved.p95.toFixed(1),
    'trail drain ms': saved.drainMs.toFixed(1),
    'beacons/s': Math.round(perSecond),
  })
}
console.table(rows)
const entries = await payload.count({ collection: 'audit-log' })
console.log(`Mục nhật ký đã ghi: ${entries.totalDocs} (mong đợi ${2 * SAVES}).`)
await payload.destroy()
process.exit(0)

// `npm run bench:lighthouse`: Lighthouse 12, mobile (its default: a mid-range phone, 4× slower CPU, slow 4G),
// on the founding article, against the production build (run `npm start` once first) served by the portal's
// own server on the bench database (`npm run bench:data`) or else a copy of the demo's, or against BENCH_URL. Runs it LIGHTHOUSE_RUNS times
// (3) and reports the median performance score beside the targets, and any audit that keeps a category
// below 1. Needs Chromium (CHROME_PATH, /usr/bin/chromium by default).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import Database from 'libsql'

import { articlePath } from '@/news/paths'
import { SOURCE_ARTICLE } from '@/seed/sourceArticle'
import { slugify } from '@/utilities/slugify'

import { bin, ROOT, SERVE_ARGS, waitForOk } from './lib/run'

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const TARGETS: Record<(typeof CATEGORIES)[number], number> = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 }
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']

type Audit = { id: string; title: string; score: number | null; displayValue?: string; scoreDisplayMode: string }
type Report = {
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>
  audits: Record<string, Audit>
}

/** The bench database, or a copy of the demo's: the demo's own must never be migrated or counted by a bench. */
function database(): { url: string; mediaDir: string } {
  const bench = path.join(ROOT, '.tmp', 'bench', 'portal.db')
  if (existsSync(bench)) return { url: `file:${bench}`, mediaDir: path.join(ROOT, '.tmp', 'bench', 'media') }
  const demo = path.join(ROOT, 'data', 'portal.db')
  if (!existsSync(demo)) {
    console.error('Chưa có cơ sở dữ liệu để đo: chạy `npm run bench:data`, hoặc `npm start` một lần.')
    process.exit(1)
  }
  const copyDir = path.join(ROOT, '.tmp', 'lighthouse-db')
  rmSync(copyDir, { recursive: true, force: true })
  mkdirSync(copyDir, { recursive: true })
  const copy = path.join(copyDir, 'portal.db')
  const source = new Database(demo)
  try {
    source.exec('PRAGMA busy_timeout = 5000')
    source.prepare('VACUUM INTO ?').run([copy])
  } finally {
    source.close()
  }
  return { url: `file:${copy}`, mediaDir: path.join(ROOT, 'data', 'media') }
}

/** The built site on its own port, through the portal's own server. */
async function startServer(): Promise<{ baseUrl: string; stop: () => void }> {
  if (!existsSync(path.join(ROOT, process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'))) {
    console.error('Chưa có bản build: chạy `npm start` một lần trước khi đo.')
    process.exit(1)
  }
  const { url, mediaDir } = database()
  const secretFile = path.join(ROOT, 'data', '.payload-secret')
  const secret = process.env.PAYLOAD_SECRET ?? (existsSync(secretFile) ? readFileSync(secretFile, 'utf8').trim() : '')
  const port = process.env.BENCH_PORT ?? '3201'
  const env = { ...process.env, PAYLOAD_SECRET: secret, PORT: port, DATABASE_URI: url, MEDIA_DIR: mediaDir }
  const migrated = spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/payload.ts', 'migrate'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (migrated.status !== 0) throw new Error('Could not migrate the copy of the demo database.')
  const child = spawn(process.execPath, SERVE_ARGS, { cwd: ROOT, env, stdio: 'ignore' })
  const baseUrl = `http://127.0.0.1:${port}`
  const exited = new Promise<boolean>((resolve) => child.once('exit', () => resolve(false)))
  if (!(await Promise.race([waitForOk(`${baseUrl}/`, 120_000, 100), exited]))) {
    child.kill('SIGTERM')
    throw new Error('The server did not start (is the port taken?).')
  }
  return { baseUrl, stop: () => child.kill('SIGTERM') }
}

function runLighthouse(url: string, output: string): Report {
  const result = spawnSync(
    bin('lighthouse'),
    [
      url,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--output=json',
      `--output-path=${output}`,
      '--quiet',
      // Root cannot run Chromium's sandbox; the page is our own, on loopback.
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  if (result.status !== 0) throw new Error(`Lighthouse failed (${result.status ?? result.signal}).`)
  return JSON.parse(readFileSync(output, 'utf8')) as Report
}

const server = process.env.BENCH_URL ? { baseUrl: process.env.BENCH_URL.replace(/\/$/, ''), stop: () => {} } : await startServer()
try {
  const url = server.baseUrl + (process.env.LIGHTHOUSE_PATH ?? articlePath(slugify(SOURCE_ARTICLE.title)))
  // The first visit renders the page; Lighthouse measures a reader after that one.
  await fetch(url)
  const outDir = path.join(ROOT, '.tmp', 'lighthouse')
  mkdirSync(outDir, { recursive: true })
  const reports: Report[] = []
  for (let run = 1; run <= RUNS; run++) {
    console.log(`Lighthouse (di động) ${run}/${RUNS}: ${url}`)
    reports.push(runLighthouse(url, path.join(outDir, `report-${run}.json`)))
  }
  const score = (report: Report, category: string) => report.categories[category]?.score ?? 0
  reports.sort((a, b) => score(a, 'performance') - score(b, 'performance'))
  const median = reports[Math.floor(reports.length / 2)]
  console.log(
    `\nĐiểm (trung vị của ${RUNS} lần theo hiệu năng; mọi lần: ${reports.map((r) => score(r, 'performance').toFixed(2)).join(', ')}):`,
  )
  for (const category of CATEGORIES) {
    const value = score(median, category)
    console.log(`  ${category}: ${value.toFixed(2)} (mục tiêu ≥ ${TARGETS[category]}: ${value >= TARGETS[category] ? 'đạt' : 'CHƯA ĐẠT'})`)
  }
  console.log('\nChỉ số:')
  for (const id of METRICS) console.log(`  ${median.audits[id]?.title}: ${median.audits[id]?.displayValue ?? ''}`)
  const failing = CATEGORIES.flatMap((category) =>
    (median.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => median.audits[ref.id])
      .filter((audit) => audit && audit.scoreDisplayMode !== 'informative' && audit.score !== null && audit.score < 0.9)
      .map((audit) => `  [${category}] ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}: ${audit.score}`),
  )
  if (failing.length) console.log(`\nCòn chưa đạt:\n${failing.join('\n')}`)
  console.log(`\nBáo cáo đầy đủ: ${path.relative(ROOT, outDir)}/report-*.json`)
} finally {
  server.stop()
}

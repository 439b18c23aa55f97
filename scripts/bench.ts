// `npm run bench`: throughput and latency of the public pages beside a static file served by the same
// server, in one run. It starts the built site from .next on its own port against the demo database
// (run `npm start` once first), or measures BENCH_URL when given. It only reads; it prints figures.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'

import { ARTICLES_PER_PAGE, categoryPath } from '../src/news/paths'
import { ROOT, waitForOk } from './lib/run'

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16)
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10)

/** A query that matches many articles: the hard case for ordering by relevance. */
const SEARCH_QUERY = 'cải cách hành chính'

const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36'

type Figures = { name: string; path: string; rps: number; p50: number; p975: number; p99: number; errors: number; non2xx: number }

async function measure(baseUrl: string, name: string, urlPath: string): Promise<Figures> {
  // Warm the page into the cache first: the figures are for readers after the first one.
  await fetch(baseUrl + urlPath)
  const result = await autocannon({ url: baseUrl + urlPath, connections: CONNECTIONS, duration: DURATION_S })
  return {
    name,
    path: urlPath,
    rps: result.requests.average,
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

async function firstArticle(baseUrl: string): Promise<{ id: number; path: string }> {
  const response = await fetch(`${baseUrl}/api/articles?limit=1&sort=-publishedAt&depth=0&select[slug]=true`)
  const { docs } = (await response.json()) as { docs: Array<{ id: number; slug: string }> }
  if (!docs[0]) throw new Error('No published article to measure: run `npm start` once to seed the demo.')
  return { id: docs[0].id, path: `/tin-tuc/${docs[0].slug}` }
}

async function viewsOf(baseUrl: string, articleId: number): Promise<number> {
  // A curl user agent is not a reader, so asking for the figures counts nothing.
  const response = await fetch(`${baseUrl}/api/luot-xem`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'curl/8.0' },
    body: JSON.stringify({ articleId }),
  })
  return ((await response.json()) as { views: number }).views
}

/**
 * Beacons from distinct visitors, then the count read back: every 2xx must be exactly one more view.
 * A fixed number of requests (not a duration) so that none is cut off in flight and left uncounted here.
 */
async function measureBeacons(baseUrl: string, articleId: number, connections: number, amount: number) {
  const before = await viewsOf(baseUrl, articleId)
  let n = 0
  const run = Date.now().toString(36)
  const result = await autocannon({
    url: `${baseUrl}/api/luot-xem`,
    connections,
    amount,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': BROWSER_UA },
        // Readers come from many addresses (the server trusts one proxy hop here): one address may only
        // bring 1,000 new browser ids a day.
        setupRequest: (request) => {
          const i = n++
          return {
            ...request,
            headers: { ...request.headers, 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
            body: JSON.stringify({ visitorId: `bench-${run}-${String(i).padStart(10, '0')}`, articleId }),
          }
        },
      },
    ],
  })
  await new Promise((resolve) => setTimeout(resolve, 1500)) // one flush interval and a half
  const after = await viewsOf(baseUrl, articleId)
  const ok = result['2xx']
  return {
    row: {
      name: `beacon (${connections} conn.)`,
      path: '/api/luot-xem',
      rps: result.requests.average,
      p50: result.latency.p50,
      p975: result.latency.p97_5,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
    },
    counted: after - before,
    accepted: ok,
  }
}

/** The bench database made by `npm run bench:data`, when there is one; else the demo database. */
function benchDatabase(): { url: string; mediaDir: string; label: string } {
  const configured = process.env.BENCH_DATABASE_URI
  const file = configured ? configured.replace(/^file:/, '') : path.join(ROOT, '.tmp', 'bench', 'portal.db')
  if (existsSync(file)) return { url: `file:${file}`, mediaDir: path.join(path.dirname(file), 'media'), label: path.relative(ROOT, file) }
  console.log('Chưa có cơ sở dữ liệu đo (`npm run bench:data`): đo trên cơ sở dữ liệu chạy thử.\n')
  return { url: `file:${path.join(ROOT, 'data', 'portal.db')}`, mediaDir: path.join(ROOT, 'data', 'media'), label: 'data/portal.db' }
}

type Server = { baseUrl: string; stop: () => void; pid?: number; startMs?: number; database: string }

async function startServer(): Promise<Server> {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    console.error('Chưa có bản build: chạy `npm start` một lần trước khi đo.')
    process.exit(1)
  }
  const secretFile = path.join(ROOT, 'data', '.payload-secret')
  const secret = process.env.PAYLOAD_SECRET ?? (existsSync(secretFile) ? readFileSync(secretFile, 'utf8').trim() : '')
  const port = process.env.BENCH_PORT ?? '3200'
  const database = benchDatabase()
  const started = performance.now()
  const child = spawn(process.execPath, ['scripts/run.mjs', 'scripts/serve.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PAYLOAD_SECRET: secret,
      PORT: port,
      TRUST_PROXY: '1',
      DATABASE_URI: database.url,
      MEDIA_DIR: database.mediaDir,
    },
    stdio: 'ignore',
  })
  const baseUrl = `http://127.0.0.1:${port}`
  if (!(await waitForOk(`${baseUrl}/`, 120_000, 20))) throw new Error('The server did not start.')
  const startMs = performance.now() - started
  return { baseUrl, stop: () => child.kill('SIGTERM'), pid: child.pid, startMs, database: database.label }
}

/** Resident memory of a process, from /proc (Linux). */
function residentMb(pid: number | undefined): number | null {
  if (!pid) return null
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1])
    return kb ? kb / 1024 : null
  } catch {
    return null
  }
}

/** The category with the most published articles, and how many pages it has. */
async function biggestCategory(baseUrl: string): Promise<{ slug: string; pages: number }> {
  const { docs } = (await (await fetch(`${baseUrl}/api/categories?limit=100&depth=0`)).json()) as {
    docs: Array<{ id: number; slug: string }>
  }
  let best = { slug: docs[0]?.slug ?? '', pages: 0 }
  for (const category of docs) {
    const response = await fetch(`${baseUrl}/api/articles?limit=1&depth=0&where[category][equals]=${category.id}`)
    const { totalDocs } = (await response.json()) as { totalDocs: number }
    const pages = Math.ceil(totalDocs / ARTICLES_PER_PAGE)
    if (pages > best.pages) best = { slug: category.slug, pages }
  }
  return best
}

/** How long one uncached request takes (the first visit after a change): the median of a few distinct ones. */
async function coldMs(baseUrl: string, paths: string[]): Promise<number> {
  const times: number[] = []
  for (const urlPath of paths) {
    const started = performance.now()
    await (await fetch(baseUrl + urlPath)).arrayBuffer()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

const server: Server = process.env.BENCH_URL
  ? { baseUrl: process.env.BENCH_URL.replace(/\/$/, ''), stop: () => {}, database: '(máy chủ ngoài)' }
  : await startServer()

try {
  const base = server.baseUrl
  const article = await firstArticle(base)
  const category = await biggestCategory(base)
  const farPage = Math.min(500, category.pages)
  const categoryPage = (page: number) => categoryPath(category.slug, page)
  // The first visit of a page renders it from the database; later ones come from the cache.
  const cold = {
    page1: await coldMs(base, [categoryPage(1)]),
    farPage: await coldMs(base, [categoryPage(farPage), categoryPage(farPage - 1), categoryPage(farPage - 2)]),
  }
  console.log(`Đo ${base} (cơ sở dữ liệu ${server.database}) với ${CONNECTIONS} kết nối, ${DURATION_S} giây mỗi trang.\n`)
  const rows: Figures[] = []
  rows.push(await measure(base, 'static file', '/favicon.ico'))
  rows.push(await measure(base, 'home page', '/'))
  rows.push(await measure(base, 'article page', article.path))
  rows.push(await measure(base, `category page 1`, categoryPage(1)))
  rows.push(await measure(base, `category page ${farPage}`, categoryPage(farPage)))
  rows.push(await measure(base, 'search (uncached)', `/tim-kiem?q=${encodeURIComponent(SEARCH_QUERY)}`))
  const beacons = await measureBeacons(base, article.id, 64, Number(process.env.BENCH_BEACONS ?? 10_000))
  rows.push(beacons.row)
  const rss = residentMb(server.pid)
  console.table(
    rows.map((row) => ({
      page: row.name,
      'req/s': Math.round(row.rps),
      'p50 ms': row.p50,
      'p97.5 ms': row.p975,
      'p99 ms': row.p99,
      errors: row.errors,
      'non-2xx': row.non2xx,
      'vs static': (row.rps / rows[0].rps).toFixed(2),
    })),
  )
  const [staticFile, home, articlePage, page1, pageFar, search] = rows
  const verdict = (ok: boolean) => (ok ? 'đạt' : 'CHƯA ĐẠT')
  const cached = [home, articlePage, page1, pageFar]
  console.log('\nMục tiêu (2 nhân, 16 kết nối):')
  for (const row of cached) {
    const ratio = row.rps / staticFile.rps
    console.log(`  ${row.name}: ${ratio.toFixed(2)} × static (≥ 0.8: ${verdict(ratio >= 0.8)}), p99 ${row.p99} ms (< 100: ${verdict(row.p99 < 100)})`)
  }
  const farRatio = pageFar.rps / page1.rps
  console.log(`  category page ${farPage} / page 1: ${farRatio.toFixed(2)} cached (≥ 0.9: ${verdict(farRatio >= 0.9)}); first render ${cold.farPage.toFixed(0)} ms vs ${cold.page1.toFixed(0)} ms`)
  console.log(`  search p97.5 (≥ p95) ${search.p975} ms (< 30: ${verdict(search.p975 < 30)})`)
  if (rss !== null) console.log(`  server memory (RSS) at the end: ${rss.toFixed(0)} MB (< 500: ${verdict(rss < 500)})`)
  if (server.startMs !== undefined) console.log(`  start (built) to first 200: ${(server.startMs / 1000).toFixed(2)} s (< 5: ${verdict(server.startMs < 5000)})`)
  console.log(`  beacon: ${Math.round(beacons.row.rps)} req/s at 64 conn., ${(beacons.row.rps / articlePage.rps).toFixed(2)} × article page`)
  console.log(`  beacons answered 2xx: ${beacons.accepted}; views counted: ${beacons.counted}; lost: ${beacons.accepted - beacons.counted}`)
} finally {
  server.stop()
}

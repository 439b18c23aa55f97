// `npm run bench`: throughput and latency of the public pages beside a static file served by the same
// server, in one run. It starts the built site from .next on its own port against the demo database
// (run `npm start` once first), or measures BENCH_URL when given. It only reads; it prints figures.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'

import { bin, ROOT, waitForOk } from './lib/run'

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16)
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10)

const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36'

type Figures = { name: string; path: string; rps: number; p50: number; p99: number; errors: number; non2xx: number }

async function measure(baseUrl: string, name: string, urlPath: string): Promise<Figures> {
  // Warm the page into the cache first: the figures are for readers after the first one.
  await fetch(baseUrl + urlPath)
  const result = await autocannon({ url: baseUrl + urlPath, connections: CONNECTIONS, duration: DURATION_S })
  return {
    name,
    path: urlPath,
    rps: result.requests.average,
    p50: result.latency.p50,
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
      p99: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
    },
    counted: after - before,
    accepted: ok,
  }
}

async function startServer(): Promise<{ baseUrl: string; stop: () => void }> {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    console.error('Chưa có bản build: chạy `npm start` một lần trước khi đo.')
    process.exit(1)
  }
  const secretFile = path.join(ROOT, 'data', '.payload-secret')
  const secret = process.env.PAYLOAD_SECRET ?? (existsSync(secretFile) ? readFileSync(secretFile, 'utf8').trim() : '')
  const port = process.env.BENCH_PORT ?? '3200'
  const child = spawn(process.execPath, ['scripts/run.mjs', 'scripts/serve.ts'], {
    cwd: ROOT,
    env: { ...process.env, PAYLOAD_SECRET: secret, PORT: port, TRUST_PROXY: '1' },
    stdio: 'ignore',
  })
  const baseUrl = `http://127.0.0.1:${port}`
  if (!(await waitForOk(`${baseUrl}/favicon.ico`))) throw new Error('The server did not start.')
  return { baseUrl, stop: () => child.kill('SIGTERM') }
}

const server = process.env.BENCH_URL
  ? { baseUrl: process.env.BENCH_URL.replace(/\/$/, ''), stop: () => {} }
  : await startServer()

try {
  const article = await firstArticle(server.baseUrl)
  console.log(`Đo ${server.baseUrl} với ${CONNECTIONS} kết nối, ${DURATION_S} giây mỗi trang.\n`)
  const rows: Figures[] = []
  rows.push(await measure(server.baseUrl, 'static file', '/favicon.ico'))
  rows.push(await measure(server.baseUrl, 'article page', article.path))
  rows.push(await measure(server.baseUrl, 'home page', '/'))
  const beacons = await measureBeacons(server.baseUrl, article.id, 64, Number(process.env.BENCH_BEACONS ?? 10_000))
  rows.push(beacons.row)
  console.table(
    rows.map((row) => ({
      page: row.name,
      'req/s': Math.round(row.rps),
      'p50 ms': row.p50,
      'p99 ms': row.p99,
      errors: row.errors,
      'non-2xx': row.non2xx,
      'vs static': (row.rps / rows[0].rps).toFixed(2),
    })),
  )
  console.log(`article/static throughput ratio: ${(rows[1].rps / rows[0].rps).toFixed(2)}`)
  console.log(`beacon/article throughput ratio: ${(beacons.row.rps / rows[1].rps).toFixed(2)}`)
  console.log(
    `beacons answered 2xx: ${beacons.accepted}; views counted: ${beacons.counted}; lost: ${beacons.accepted - beacons.counted}`,
  )
} finally {
  server.stop()
}

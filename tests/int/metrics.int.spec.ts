// GET /api/metrics (src/operations), answered by the server pipeline: refused without the token (or, without
// one configured, to anyone but this machine), and its counters and histograms move as requests pass.
import { type IncomingMessage, type ServerResponse } from 'node:http'

import { afterEach, describe, expect, it } from 'vitest'

import { HitTally, withFrontHits } from '@/operations/hitTally'
import { metrics } from '@/operations/metrics'
import { metricsRefusal } from '@/operations/metricsEndpoint'
import { routeGroup } from '@/operations/routeGroup'
import { portalPipeline } from '@/server'

import { serveForTests } from '../helpers/loopbackServer'

function next(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('Cache-Control', 's-maxage=31536000')
  response.setHeader('ETag', '"trang-1"')
  response.writeHead(request.url?.startsWith('/loi') ? 500 : 200, { 'content-type': 'text/html; charset=utf-8' })
  response.end('<p>trang</p>')
}

const served = serveForTests(portalPipeline(next))
afterEach(() => {
  delete process.env.METRICS_TOKEN
})

const scrape = async (headers: Record<string, string> = {}) => fetch(`${served.baseUrl}/api/metrics`, { headers })

/** The value of one series in Prometheus text, 0 when it is not there yet. */
function valueOf(text: string, series: string): number {
  const line = text.split('\n').find((row) => row.startsWith(`${series} `))
  return line ? Number(line.slice(series.length + 1)) : 0
}

describe('who may read the metrics', () => {
  it('with METRICS_TOKEN set: 401 without a token, 403 with a wrong one, 200 with it', async () => {
    process.env.METRICS_TOKEN = 'ma-so-lieu-thu-nghiem'
    expect((await scrape()).status).toBe(401)
    expect((await scrape({ Authorization: 'Bearer sai' })).status).toBe(403)
    const ok = await scrape({ Authorization: 'Bearer ma-so-lieu-thu-nghiem' })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toMatch(/text\/plain/)
  })

  it('without a token configured: this machine only (the pinned address, not the proxy’s)', async () => {
    expect((await scrape()).status).toBe(200)
    expect(metricsRefusal(undefined, '203.0.113.9', undefined)).toBe(403)
    expect(metricsRefusal(undefined, '::1', undefined)).toBe(0)
  })
})

describe('what the metrics say', () => {
  it('counts requests by route group and status, times them, and counts the page cache', async () => {
    const before = await (await scrape()).text()
    for (let i = 0; i < 3; i++) await fetch(`${served.baseUrl}/tin-tuc/bai-do-dem`)
    await fetch(`${served.baseUrl}/loi`)
    const after = await (await scrape()).text()
    const page200 = 'portal_http_requests_total{group="page",status="200"}'
    expect(valueOf(after, page200) - valueOf(before, page200)).toBe(3)
    const page500 = 'portal_http_requests_total{group="page",status="500"}'
    expect(valueOf(after, page500) - valueOf(before, page500)).toBe(1)
    const timed = 'portal_http_request_duration_seconds_count{group="page"}'
    expect(valueOf(after, timed) - valueOf(before, timed)).toBe(4)
    // The first of the three filled the cache; the other two were answered from it.
    expect(valueOf(after, 'portal_page_cache_total{result="hit"}') - valueOf(before, 'portal_page_cache_total{result="hit"}')).toBe(2)
    expect(after).toContain('nodejs_eventloop_lag_seconds')
    expect(after).toContain('process_resident_memory_bytes')
  })

  it('counts a 304 to a browser that holds the page as a 304, and as a hit', async () => {
    await fetch(`${served.baseUrl}/tin-tuc/bai-da-co`)
    const before = await (await scrape()).text()
    const held = await fetch(`${served.baseUrl}/tin-tuc/bai-da-co`, { headers: { 'if-none-match': 'W/"trang-1"' } })
    expect(held.status).toBe(304)
    const after = await (await scrape()).text()
    const page304 = 'portal_http_requests_total{group="page",status="304"}'
    expect(valueOf(after, page304) - valueOf(before, page304)).toBe(1)
    const page200 = 'portal_http_requests_total{group="page",status="200"}'
    expect(valueOf(after, page200) - valueOf(before, page200)).toBe(0)
    expect(valueOf(after, 'portal_page_cache_total{result="hit"}') - valueOf(before, 'portal_page_cache_total{result="hit"}')).toBe(1)
  })

  it('gives every answer a request id, and never puts a path in a label', async () => {
    const response = await fetch(`${served.baseUrl}/tin-tuc/mot-duong-dan-rieng-123`)
    expect(response.headers.get('x-request-id')).toMatch(/^[\w.-]{8,64}$/)
    const text = await (await scrape()).text()
    expect(text).not.toContain('mot-duong-dan-rieng')
    expect(routeGroup('/api/luot-xem')).toBe('beacon')
    expect(routeGroup('/admin/collections/articles')).toBe('admin')
    expect(routeGroup('/_next/static/chunks/a.js')).toBe('static')
    expect(routeGroup('/tim-kiem?q=x')).toBe('search')
  })
})

describe("the front's hits (src/server/front.ts), added to Next's thread's own figures", () => {
  it('sums the same series, buckets included, and leaves every other metric as it was', async () => {
    await fetch(`${served.baseUrl}/tin-tuc/bai-cua-luong-sau`)
    const own = await metrics().registry.getMetricsAsJSON()
    const front = new HitTally()
    front.count('page', 200, 0.002)
    front.count('page', 200, 0.02)
    front.count('page', 304, 0.0004)
    front.count('feed', 200, 0.003)
    const merged = withFrontHits(own, front.counts())
    type Row = { labels: Record<string, string | number>; value: number; metricName?: string }
    const valueIn = (json: typeof own, name: string, labels: Record<string, string | number>, metricName?: string) =>
      (json.find((metric) => metric.name === name)?.values as Row[] | undefined)?.find(
        (row) => row.metricName === metricName && Object.entries(labels).every(([key, value]) => String(row.labels[key]) === String(value)),
      )?.value ?? 0
    const requests = (json: typeof own, group: string, status: string) => valueIn(json, 'portal_http_requests_total', { group, status })
    expect(requests(merged, 'page', '200') - requests(own, 'page', '200')).toBe(2)
    expect(requests(merged, 'page', '304') - requests(own, 'page', '304')).toBe(1)
    expect(requests(merged, 'feed', '200') - requests(own, 'feed', '200')).toBe(1)
    const histogram = 'portal_http_request_duration_seconds'
    const bucket = (json: typeof own, le: number | string) => valueIn(json, histogram, { group: 'page', le }, `${histogram}_bucket`)
    // Cumulative, as Prometheus reads buckets: 2 of the 3 page hits took 5 ms or less, all 3 took 25 ms or less.
    expect(bucket(merged, 0.005) - bucket(own, 0.005)).toBe(2)
    expect(bucket(merged, 0.025) - bucket(own, 0.025)).toBe(3)
    expect(bucket(merged, '+Inf') - bucket(own, '+Inf')).toBe(3)
    const sum = (json: typeof own) => valueIn(json, histogram, { group: 'page' }, `${histogram}_sum`)
    expect(sum(merged) - sum(own)).toBeCloseTo(0.0224, 6)
    const hits = (json: typeof own) => valueIn(json, 'portal_page_cache_total', { result: 'hit' })
    expect(hits(merged) - hits(own)).toBe(4)
    // Everything the front does not count is this thread's alone, unchanged.
    for (const name of ['process_resident_memory_bytes', 'portal_beacons_total', 'nodejs_eventloop_lag_seconds']) {
      expect(merged.find((metric) => metric.name === name)).toEqual(own.find((metric) => metric.name === name))
    }
    expect(merged.map((metric) => metric.name)).toEqual(own.map((metric) => metric.name))
  })
})

// GET /api/metrics (src/operations), answered by the server pipeline: refused without the token (or, without
// one configured, to anyone but this machine), and its counters and histograms move as requests pass.
import { type IncomingMessage, type ServerResponse } from 'node:http'

import { afterEach, describe, expect, it } from 'vitest'

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

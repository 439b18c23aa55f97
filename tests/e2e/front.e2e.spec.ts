// The built server as one process of two threads (src/server/front.ts): the front holds the port and answers
// cached pages; Next's thread answers the rest behind it. What a reader, an uploader and the data centre's
// scraper see must be what one thread gave them: the page, the reader's own address, the refusal of an
// upload that is too large, and every request in the metrics.
import { request as httpRequest } from 'node:http'
import { connect } from 'node:net'

import { expect, test } from '@playwright/test'

import { DOCUMENT_TOO_LARGE } from '@/documents/limits'

const PORT = Number(process.env.E2E_PORT ?? 3100)
const ARTICLE =
  '/tin-tuc/ket-qua-chi-so-hai-long-ve-su-phuc-vu-hanh-chinh-sipar-nam-2023-chi-so-cai-cach-hanh-chinh-par-index-nam-2023-cua-tinh-lao-cai'

/** The value of one series in Prometheus text, 0 when it is not there yet. */
function valueOf(text: string, series: string): number {
  const line = text.split('\n').find((row) => row.startsWith(`${series} `))
  return line ? Number(line.slice(series.length + 1)) : 0
}

const scrape = async () => (await fetch(`http://127.0.0.1:${PORT}/api/metrics`)).text()

test('a page answered from memory is counted in /api/metrics with every other request', async () => {
  const url = `http://127.0.0.1:${PORT}${ARTICLE}`
  // Filled by the first request (or an earlier test); from then on the front answers it.
  await fetch(url)
  const before = await scrape()
  const answers = await Promise.all([1, 2, 3].map(() => fetch(url)))
  for (const answer of answers) {
    expect(answer.status).toBe(200)
    expect(answer.headers.get('x-portal-cache')).toBe('HIT')
    expect(answer.headers.get('x-request-id')).toMatch(/^[\w.-]+$/)
    expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  }
  const after = await scrape()
  const page200 = 'portal_http_requests_total{group="page",status="200"}'
  expect(valueOf(after, page200) - valueOf(before, page200)).toBe(3)
  expect(valueOf(after, 'portal_page_cache_total{result="hit"}') - valueOf(before, 'portal_page_cache_total{result="hit"}')).toBe(3)
  expect(
    valueOf(after, 'portal_http_request_duration_seconds_count{group="page"}') -
      valueOf(before, 'portal_http_request_duration_seconds_count{group="page"}'),
  ).toBe(3)
  // The process's own figures are still there, once.
  expect(after.match(/^process_resident_memory_bytes /gm)).toHaveLength(1)
})

test('the same request id goes out that came in from a proxy, on a hit and on a miss', async () => {
  for (const path of [ARTICLE, '/api/suc-khoe']) {
    const answer = await fetch(`http://127.0.0.1:${PORT}${path}`, { headers: { 'X-Request-Id': 'nginx-4f2a.9' } })
    expect(answer.headers.get('x-request-id')).toBe('nginx-4f2a.9')
  }
  const made = await fetch(`http://127.0.0.1:${PORT}/api/suc-khoe`, { headers: { 'X-Request-Id': 'bad id\t<script>' } })
  expect(made.headers.get('x-request-id')).toMatch(/^[\w-]+$/)
})

test('a client cannot pass for another address through the front (TRUST_PROXY=1: only the last hop counts)', async () => {
  // The metrics are for this machine only: a request from here that claims, one hop further left, to be
  // this machine is still judged by the address its proxy (here: the test) put last.
  const refused = await fetch(`http://127.0.0.1:${PORT}/api/metrics`, { headers: { 'X-Forwarded-For': '127.0.0.1, 203.0.113.7' } })
  expect(refused.status).toBe(403)
  const allowed = await fetch(`http://127.0.0.1:${PORT}/api/metrics`, { headers: { 'X-Forwarded-For': '203.0.113.7, 127.0.0.1' } })
  expect(allowed.status).toBe(200)
})

test('an upload declared larger than the limit is refused at once, in Vietnamese, and the server stays up', async () => {
  const answer = await new Promise<{ status: number; body: string; connection?: string }>((resolve, reject) => {
    const upload = httpRequest(
      {
        host: '127.0.0.1',
        port: PORT,
        method: 'POST',
        path: '/api/documents',
        headers: { 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(60 * 1024 * 1024) },
      },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body, connection: response.headers.connection }))
      },
    )
    upload.on('error', reject)
    // A first piece of the body only: the answer must come without the rest.
    upload.write(Buffer.alloc(64 * 1024, 'a'))
  })
  expect(answer.status).toBe(413)
  expect(JSON.parse(answer.body).errors[0].message).toBe(DOCUMENT_TOO_LARGE)
  expect(answer.connection).toBe('close')
  expect((await fetch(`http://127.0.0.1:${PORT}/api/suc-khoe`)).status).toBe(200)
})

test('a check that sends its request and closes its side (HTTP/1.0, `printf … | nc`) still gets the answer', async () => {
  // What a data centre's monitoring script often is. Node's default ends such a connection at once, before
  // an answer from Next's thread can come back through the front.
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = connect(PORT, '127.0.0.1')
    let text = ''
    socket.setEncoding('latin1')
    socket.on('data', (chunk: string) => (text += chunk))
    socket.on('close', () => resolve(text))
    socket.on('error', reject)
    socket.end('GET /api/suc-khoe HTTP/1.0\r\nHost: localhost\r\n\r\n')
  })
  expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 200 OK')
  expect(answer).toContain('"status":"ok"')
})

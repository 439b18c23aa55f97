// The server's page cache in front of Next, on a real HTTP server: what it keeps, what it never keeps,
// and that a content change empties it.
import { type IncomingMessage, request, type ServerResponse } from 'node:http'
import { brotliDecompressSync, deflateSync, gunzipSync } from 'node:zlib'

import { beforeAll, describe, expect, it } from 'vitest'

import { clearPageCache, installPageCache, PageCache } from '@/server/pageCache'

import { serveForTests } from '../helpers/loopbackServer'

let renders = 0
const cache = new PageCache()

/** Stands in for Next: each render is numbered, so a cached answer shows an old number. */
function render(request: IncomingMessage, response: ServerResponse): void {
  renders++
  const url = request.url ?? '/'
  if (url === '/khong-co') {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
    return void response.end(`không có ${renders}`)
  }
  const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 's-maxage=31536000' }
  if (url === '/rieng') headers['cache-control'] = 'private, no-store'
  // As Next marks a page rendered per request (the search page).
  if (url.startsWith('/tim-kiem')) headers['cache-control'] = 'private, no-cache, no-store, max-age=0, must-revalidate'
  if (url === '/dat-cookie') headers['set-cookie'] = 'a=1'
  if (url === '/ghi-chu-next')
    Object.assign(headers, { 'x-nextjs-cache': 'MISS', 'x-nextjs-prerender': '1', 'x-nextjs-stale-time': '300', etag: '"e1"' })
  if (url === '/trang-lon') {
    response.writeHead(200, headers)
    return void response.end(`<p>${'Tin tức Lào Cai. '.repeat(400)} ${renders}</p>`)
  }
  if (url === '/nen') {
    // As Next does for a client that takes deflate: a compressed answer must only go to such clients.
    response.writeHead(200, { ...headers, 'content-encoding': 'deflate' })
    return void response.end(deflateSync(`<p>nén ${renders}</p>`))
  }
  response.writeHead(200, headers)
  response.write('<p>lần ')
  response.end(`${renders}</p>`)
}

const served = serveForTests((request, response) => {
  const key = cache.keyOf(request)
  if (key) {
    if (cache.serve(key, response, 'test-1')) return
    cache.record(key, response)
  }
  render(request, response)
})

beforeAll(() => installPageCache(cache))

/** A request with exactly this Accept-Encoding, the answer's bytes as sent (fetch would decompress them). */
function raw(path: string, acceptEncoding: string): Promise<{ hit: boolean; encoding?: string; vary?: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(served.baseUrl + path, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({
          hit: response.headers['x-portal-cache'] === 'HIT',
          encoding: response.headers['content-encoding'],
          vary: response.headers.vary,
          body: Buffer.concat(chunks),
        }),
      )
    })
      .on('error', reject)
      .end()
  })
}

/** A request with exactly these headers: status, headers and bytes as sent. */
function rawWith(
  path: string,
  headers: Record<string, string> | string[],
): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(served.baseUrl + path, { headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
    })
      .on('error', reject)
      .end()
  })
}

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(served.baseUrl + path, { headers })
  return { status: response.status, text: await response.text(), hit: response.headers.get('x-portal-cache') === 'HIT' }
}

describe('the page cache', () => {
  it('answers a page already rendered from memory, the same bytes, until content changes', async () => {
    const first = await get('/tin-tuc/bai-a')
    const second = await get('/tin-tuc/bai-a')
    expect(second).toEqual({ status: 200, text: first.text, hit: true })
    clearPageCache()
    const third = await get('/tin-tuc/bai-a')
    expect(third.hit).toBe(false)
    expect(third.text).not.toBe(first.text)
  })

  it("sends a remembered page without Next's notes on how it rendered it, its other headers kept", async () => {
    await get('/ghi-chu-next')
    const hit = await fetch(`${served.baseUrl}/ghi-chu-next`)
    expect(hit.headers.get('x-portal-cache')).toBe('HIT')
    expect([...hit.headers.keys()].filter((name) => name.startsWith('x-nextjs'))).toEqual([])
    expect(hit.headers.get('etag')).toBe('W/"e1"')
    expect(hit.headers.get('content-type')).toBe('text/html; charset=utf-8')
  })

  it('tells a returning browser that holds the page "304 Not Modified", in every encoding, until the page changes', async () => {
    const first = await fetch(`${served.baseUrl}/ghi-chu-next`)
    // One validator for the plain, gzip and brotli bytes: weak, as RFC 9110 wants of one shared by different bytes.
    const etag = first.headers.get('etag')
    expect(etag).toBe('W/"e1"')
    for (const [held, encoding] of [
      [etag!, 'gzip, br'],
      ['"e1"', 'identity'],
      [`"other", ${etag}`, 'gzip'],
    ]) {
      const again = await rawWith('/ghi-chu-next', { 'accept-encoding': encoding, 'if-none-match': held })
      expect(again.status, held).toBe(304)
      expect(again.body.length).toBe(0)
      expect(again.headers.etag).toBe('W/"e1"')
      expect(again.headers['cache-control']).toBeTruthy()
      expect(again.headers.vary).toMatch(/Accept-Encoding/i)
      expect(again.headers['content-encoding']).toBeUndefined()
      expect(again.headers['x-request-id']).toBe('test-1')
    }
    // A browser holding another version downloads the page.
    const stale = await rawWith('/ghi-chu-next', { 'accept-encoding': 'identity', 'if-none-match': 'W/"e0"' })
    expect(stale.status).toBe(200)
    expect(stale.body.toString()).toMatch(/^<p>lần \d+<\/p>$/)
    // After a change the page is rendered again (Next answers the validator itself on that first request).
    clearPageCache()
    const rendered = await rawWith('/ghi-chu-next', { 'accept-encoding': 'identity', 'if-none-match': '"x"' })
    expect([rendered.status, rendered.headers['x-portal-cache']]).toEqual([200, undefined])
    expect(rendered.headers.etag).toBe('W/"e1"')
  })

  it('never keeps what may differ per reader or is not a plain page', async () => {
    for (const [path, headers] of [
      ['/tin-tuc/bai-b', { cookie: 'payload-token=x' }],
      ['/tin-tuc/bai-b', { rsc: '1' }],
      ['/tim-kiem?q=a', { cookie: 'payload-token=x' }],
      ['/tim-kiem?q=a&_rsc=1', {}],
      ['/?x=1', {}],
      ['/api/articles', {}],
      ['/khong-co', {}],
      ['/rieng', {}],
      ['/dat-cookie', {}],
    ] as Array<[string, Record<string, string>]>) {
      await get(path, headers)
      expect((await get(path, headers)).hit, path).toBe(false)
    }
  })

  it('reads the headers it depends on however a client writes them: any case, repeated lines', async () => {
    // Filled by a reader without cookies; from then on, each of these must still go to Next.
    await rawWith('/tin-tuc/bai-hoa', {})
    expect((await rawWith('/tin-tuc/bai-hoa', {})).headers['x-portal-cache']).toBe('HIT')
    const personals: Array<Record<string, string> | string[]> = [
      { Cookie: 'payload-token=x' },
      { COOKIE: '_ga=GA1.2.3; payload-token=x' },
      ['Cookie', '_ga=GA1.2.3', 'Cookie', 'payload-token=x'],
      { Authorization: 'Bearer x' },
      { RSC: '1' },
      { 'Next-Router-State-Tree': '%5B%5D' },
      { 'Next-Action': 'abc' },
    ]
    for (const personal of personals) {
      expect((await rawWith('/tin-tuc/bai-hoa', personal)).headers['x-portal-cache'], JSON.stringify(personal)).toBeUndefined()
    }
    const gzip = await rawWith('/tin-tuc/bai-hoa', { 'Accept-Encoding': 'gzip, deflate', Cookie: '_ga=GA1.2.3' })
    expect(gzip.headers['x-portal-cache']).toBe('HIT')
    expect(gzip.headers['content-encoding']).toBe('gzip')
    await rawWith('/ghi-chu-next', {})
    expect((await rawWith('/ghi-chu-next', { 'If-None-Match': 'W/"e1"' })).status).toBe(304)
  })

  it('remembers a search page by its whole address, for everyone but staff, until content changes', async () => {
    const first = await get('/tim-kiem?q=cai%20cach')
    const again = await get('/tim-kiem?q=cai%20cach')
    expect(again).toEqual({ status: 200, text: first.text, hit: true })
    // Another query, page or order is another page.
    expect((await get('/tim-kiem?q=cai%20cach&trang=2')).hit).toBe(false)
    expect((await get('/tim-kiem?q=van%20thu')).hit).toBe(false)
    // Browsers and proxies are still told not to keep it.
    const response = await fetch(`${served.baseUrl}/tim-kiem?q=cai%20cach`)
    expect(response.headers.get('cache-control')).toMatch(/no-store/)
    clearPageCache()
    expect((await get('/tim-kiem?q=cai%20cach')).hit).toBe(false)
  })

  it('compresses a remembered search page when it is asked for again, and sends the same page', async () => {
    await raw('/tim-kiem?q=hoi%20nghi', 'gzip')
    const zipped = await raw('/tim-kiem?q=hoi%20nghi', 'gzip, deflate')
    const plain = await raw('/tim-kiem?q=hoi%20nghi', 'identity')
    expect([zipped.hit, plain.hit]).toEqual([true, true])
    expect(zipped.encoding).toBe('gzip')
    expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString())
  })

  it('answers each client in the best encoding it takes, compressed once when the page is stored', async () => {
    await get('/tin-tuc/bai-c', { 'accept-encoding': 'identity' })
    const plain = await raw('/tin-tuc/bai-c', 'identity')
    const gzip = await raw('/tin-tuc/bai-c', 'gzip, deflate')
    const br = await raw('/tin-tuc/bai-c', 'gzip, deflate, br')
    expect([plain.hit, gzip.hit, br.hit]).toEqual([true, true, true])
    expect(plain.encoding).toBeUndefined()
    expect(gzip.encoding).toBe('gzip')
    expect(gunzipSync(gzip.body).toString()).toBe(plain.body.toString())
    expect(br.vary).toMatch(/Accept-Encoding/i)
    // A page smaller than a kilobyte is not worth brotli: gzip it is.
    expect(br.encoding).toBe('gzip')
    await get('/trang-lon', { 'accept-encoding': 'identity' })
    const big = await raw('/trang-lon', 'gzip, br')
    expect(big.encoding).toBe('br')
    expect(brotliDecompressSync(big.body).toString()).toBe((await raw('/trang-lon', 'identity')).body.toString())
  })

  it('never sends a compressed answer to a client that did not ask for it, whatever Next sent', async () => {
    await get('/nen', { 'accept-encoding': 'deflate' }) // Next answers deflate
    const plain = await raw('/nen', 'identity')
    expect(plain.hit).toBe(true)
    expect(plain.encoding).toBeUndefined()
    expect(plain.body.toString()).toMatch(/^<p>nén \d+<\/p>$/)
  })
})

describe('a remembered page past its time', () => {
  // The page cache's clock, moved by hand: a page is kept 10 s, and may be sent 30 s longer while it is rendered again.
  let now = 0
  let gone = false
  const refreshes: string[] = []
  // A render that takes its time: it goes on once the test lets it.
  let letRenderGo = () => {}
  let renderMayGo = Promise.resolve()
  const timed = new PageCache(
    () => now,
    undefined,
    // As the front asks Next's thread: a request that skips the cache and is recorded when it may be kept.
    async (path) => {
      refreshes.push(path)
      await renderMayGo
      const response = await fetch(busy.baseUrl + path, { headers: { 'x-lam-moi': '1' } })
      await response.text()
      return response.status
    },
  )
  const busy = serveForTests((request, response) => {
    const key = timed.keyOf(request)
    if (key) {
      if (!request.headers['x-lam-moi'] && timed.serve(key, response, 'test-2')) return
      timed.record(key, response)
    }
    renders++
    if (gone) {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
      return void response.end('không còn')
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 's-maxage=60' })
    response.end(`<p>lần ${renders}</p>`)
  })
  const read = async (path: string) => {
    const response = await fetch(busy.baseUrl + path)
    return { status: response.status, text: await response.text(), hit: response.headers.get('x-portal-cache') === 'HIT' }
  }

  it('is sent to every reader while one request renders it again, then the new page is', async () => {
    const first = await read('/tin-tuc/bai-nong')
    now = 10_001
    renderMayGo = new Promise((resolve) => (letRenderGo = resolve))
    // Sixteen readers at once, as a busy article has: none waits for a render, and Next renders it once.
    const readers = await Promise.all(Array.from({ length: 16 }, () => read('/tin-tuc/bai-nong')))
    expect(readers.every((reader) => reader.hit && reader.text === first.text)).toBe(true)
    expect(refreshes).toEqual(['/tin-tuc/bai-nong'])
    letRenderGo()
    await expect.poll(async () => (await read('/tin-tuc/bai-nong')).text).not.toBe(first.text)
    expect(refreshes).toEqual(['/tin-tuc/bai-nong'])
  })

  it('is not sent once Next no longer has it, nor long after its time', async () => {
    now = 0
    const kept = await read('/tin-tuc/bai-cu')
    gone = true
    now = 10_001
    expect((await read('/tin-tuc/bai-cu')).text).toBe(kept.text)
    // The new render is a 404: the old page is dropped, and the next reader gets Next's answer.
    await expect.poll(async () => (await read('/tin-tuc/bai-cu')).status).toBe(404)
    gone = false
    now = 100_000
    const later = await read('/tin-tuc/bai-lau')
    now = 100_000 + 10_000 + 30_001
    const count = refreshes.length
    expect(await read('/tin-tuc/bai-lau')).toMatchObject({ hit: false, status: 200 })
    expect((await read('/tin-tuc/bai-lau')).text).not.toBe(later.text)
    expect(refreshes.length).toBe(count)
  })
})

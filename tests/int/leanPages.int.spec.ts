// Public pages go out without React's runtime (src/server/leanPages.ts): the pipeline on a real HTTP server,
// with a stand-in for Next that answers as Next does (its script bundles, its inline React data, gzip).
import { type IncomingMessage, type ServerResponse } from 'node:http'
import { gunzipSync } from 'node:zlib'

// The compression Next itself wraps around every answer (next/dist/server/lib/router-server).
import compression from 'next/dist/compiled/compression'

import { describe, expect, it } from 'vitest'

import { portalPipeline } from '@/server'
import { innerRequestToken } from '@/server/askSelf'
import { withoutReactRuntime } from '@/server/leanPages'

import { serveForTests } from '../helpers/loopbackServer'

const JSON_LD = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cải cách"}</script>'
const OWN_SCRIPT = '<script>(function () { window.portalOwn = 1; })();</script>'
const STREAMED = '<script>$RC("B:0","S:0")</script>'

/** A page as Next renders it, with `body` inside. */
function nextPage(body: string): string {
  return [
    '<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
    '<script src="/_next/static/chunks/main.js" async=""></script>',
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
    '<title>Bài viết</title></head><body>',
    body,
    JSON_LD,
    OWN_SCRIPT,
    STREAMED,
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    `<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[\\"x\\",[],\\"\\u003c/script\\u003e\\"]"])</script>`,
    '</body></html>',
  ].join('')
}

describe('a page without React’s runtime', () => {
  const lean = withoutReactRuntime(nextPage('<main><h1>Cải cách hành chính</h1></main>'))

  it('has none of Next’s scripts, script preloads or inline React data', () => {
    expect(lean).not.toContain('/_next/static/chunks/main.js')
    expect(lean).not.toContain('polyfills.js')
    expect(lean).not.toContain('as="script"')
    expect(lean).not.toContain('__next_f')
    expect(lean).not.toContain('TURBOPACK')
  })

  it('keeps the content, the styles, JSON-LD, the portal’s own scripts and React’s streamed content', () => {
    expect(lean).toContain('<h1>Cải cách hành chính</h1>')
    expect(lean).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css"')
    for (const kept of [JSON_LD, OWN_SCRIPT, STREAMED]) expect(lean).toContain(kept)
  })

  it('is left whole when the page needs React (the Hỏi đáp form)', () => {
    const page = nextPage('<form></form><template data-portal-hydrate=""></template>')
    expect(withoutReactRuntime(page)).toBe(page)
  })
})

describe('the pipeline', () => {
  let renders = 0
  const compress = compression()
  /** Stands in for Next: its own compression around a page streamed in pieces, or a feed. */
  function next(request: IncomingMessage, response: ServerResponse): void {
    renders++
    const path = request.url ?? '/'
    compress(request, response, () => {
      if (path.endsWith('.xml')) {
        response.setHeader('content-type', 'application/rss+xml; charset=utf-8')
        const items = Array.from({ length: 40 }, (_, index) => `<item><title>Tin ${index}</title></item>`).join('')
        // Streamed in pieces, as Next sends a route handler's body.
        response.write(`<?xml version="1.0"?><rss version="2.0"><channel><title>Tin</title>${items}`)
        response.end('</channel></rss>')
        return
      }
      // What Next sends for a page that calls notFound(): an empty document, the content only in React's data.
      const blank = path.startsWith('/khong-co') || path.startsWith('/en/no-such') || path.endsWith('/khong-co')
      const content =
        path === '/khong-tim-thay' ? 'Không tìm thấy trang' : path === '/en/page-not-found' ? 'Page not found' : `Trang ${renders}`
      const html = Buffer.from(
        blank
          ? nextPage('<div hidden=""></div>').replace('<html lang="vi">', '<html id="__next_error__">')
          : nextPage(`<main><h1>${content}</h1></main>`),
      )
      response.statusCode = blank ? 404 : 200
      response.setHeader('content-type', 'text/html; charset=utf-8')
      response.setHeader('cache-control', 's-maxage=31536000')
      response.write(html.subarray(0, 100))
      response.end(html.subarray(100))
    })
  }
  const served = serveForTests(portalPipeline(next))

  /** The raw answer: status, headers and the body as sent (not decoded by fetch). */
  async function raw(path: string, headers: Record<string, string> = {}) {
    const { request } = await import('node:http')
    return new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
      request(served.baseUrl + path, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
      })
        .on('error', reject)
        .end()
    })
  }

  it('sends a public page without the runtime, gzipped, with its true length, and remembers it so', async () => {
    for (const attempt of ['MISS', 'HIT']) {
      const answer = await raw('/tin-tuc/bai-gon', { 'accept-encoding': 'gzip' })
      expect(answer.status).toBe(200)
      expect(answer.headers['x-portal-cache'] ?? 'MISS').toBe(attempt)
      expect(answer.headers['content-encoding']).toBe('gzip')
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length)
      const html = gunzipSync(answer.body).toString()
      expect(html).toContain('<h1>Trang')
      expect(html).not.toContain('__next_f')
      expect(html).not.toContain('/_next/static/chunks/main.js')
    }
  })

  it('sends a page to a client that takes no compression plain, without the runtime', async () => {
    const answer = await raw('/van-ban?q=quyet+dinh')
    expect(answer.headers['content-encoding']).toBeUndefined()
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length)
    expect(answer.body.toString()).not.toContain('__next_f')
  })

  it('keeps the runtime for the admin, previews and Next’s own data requests', async () => {
    const kept: Array<[string, Record<string, string>]> = [
      ['/admin/collections/articles', {}],
      ['/xem-truoc/tin-tuc/bai', {}],
      ['/tin-tuc/bai-xem-truoc', { cookie: '__prerender_bypass=1' }],
      ['/tin-tuc/bai-dieu-huong', { rsc: '1' }],
    ]
    for (const [path, headers] of kept) expect((await raw(path, headers)).body.toString(), path).toContain('__next_f')
  })

  it('sends the portal’s 404 page, in the address’s language, where Next sent an empty document; still a 404', async () => {
    for (const [path, heading] of [
      ['/khong-co-trang-nay', 'Không tìm thấy trang'],
      ['/en/no-such-page', 'Page not found'],
    ]) {
      const answer = await raw(path, { 'accept-encoding': 'gzip' })
      expect(answer.status).toBe(404)
      expect(answer.headers['x-portal-cache']).toBeUndefined()
      const html = gunzipSync(answer.body).toString()
      expect(html).toContain(`<h1>${heading}</h1>`)
      expect(html).not.toContain('__next_error__')
      expect(html).not.toContain('__next_f')
    }
  })

  it('answers the 404 pages themselves with a 404 when a reader asks for them, and a 200 to the server', async () => {
    for (const [path, heading] of [
      ['/khong-tim-thay', 'Không tìm thấy trang'],
      ['/en/page-not-found', 'Page not found'],
    ]) {
      for (let n = 0; n < 2; n++) {
        const answer = await raw(path)
        expect(answer.status, path).toBe(404)
        expect(answer.body.toString()).toContain(`<h1>${heading}</h1>`)
      }
      expect((await raw(path, { 'x-portal-inner': innerRequestToken() })).status).toBe(200)
      // A reader cannot pass for the server: any other value is a reader's request.
      for (const value of ['1', '', innerRequestToken('another secret')])
        expect((await raw(path, { 'x-portal-inner': value })).status, value).toBe(404)
    }
  })

  it('passes anything that is not a page through as it comes, compressed by Next', async () => {
    const answer = await raw('/rss.xml', { 'accept-encoding': 'gzip' })
    expect(answer.headers['content-type']).toContain('application/rss+xml')
    expect(answer.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(answer.body).toString()).toContain('<rss version="2.0">')
  })
})

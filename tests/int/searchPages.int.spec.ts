// Search pages answered by the server itself (src/server/searchPages.ts): the pipeline on a real HTTP
// server, with a stand-in for Next that renders the search page's frame, and the page's read offered as
// Next's bundle offers it. What the server renders between the markers is the page's own component.
import { type IncomingMessage, request as httpRequest, type ServerResponse } from 'node:http'
import { gunzipSync } from 'node:zlib'

import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeEach, describe, expect, it } from 'vitest'

import { SearchResults } from '@/components/search/SearchResults'
import { highlight } from '@/search/highlight'
import { readSearchAddress, SEARCH_REGION_END, SEARCH_REGION_START, type SearchPageData, type SearchRequest } from '@/search/searchPage'
import { portalPipeline } from '@/server'
import { clearPageCache } from '@/server/pageCache'
import { setSingleton } from '@/server/state'

import { serveForTests } from '../helpers/loopbackServer'

/** What the stand-in's read finds for a query: two articles, or nothing for "khong co". */
async function read({ query, sort }: SearchRequest): Promise<SearchPageData> {
  if (query === 'hong') throw new Error('the database is gone')
  if (!query || query === 'khong co')
    return { query, sort, result: query ? { total: 0, more: false, page: 1, totalPages: 0, hits: [], terms: [] } : null, documents: null }
  const terms = query.split(' ')
  const hits = [1, 2].map((id) => ({
    id,
    slug: `bai-${id}`,
    publishedAt: '2024-04-17T03:00:00.000Z',
    category: 'Tin tức',
    title: highlight(`Cải cách hành chính ${id}`, terms),
    snippet: highlight(`Đẩy mạnh cải cách hành chính năm ${id}`, terms),
  }))
  return {
    query,
    sort,
    result: { total: 2, more: false, page: 1, totalPages: 1, hits, terms },
    documents: { docs: [], page: 1, totalPages: 0, totalDocs: 0, moreHref: '/van-ban' },
  }
}

let menu = 'Trình đơn 1'
let renders = 0
/** Whether the stand-in's page has the markers (an older build would not), and how often its frame was asked for. */
let markers = true
let framesAsked = 0
/** Stands in for Next: the search page, its frame around what it renders for the search. */
async function next(request: IncomingMessage, response: ServerResponse) {
  renders++
  const url = new URL(request.url ?? '/', 'http://x')
  if (url.pathname === '/tim-kiem' && !url.search) framesAsked++
  const data = await read(readSearchAddress((name) => url.searchParams.get(name) ?? undefined)).catch(() => null)
  if (!data) {
    response.writeHead(500, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>Lỗi máy chủ</h1>')
    return
  }
  const region = `<p>Next rendered ${renders}</p>` + renderToStaticMarkup(createElement(SearchResults, data))
  const html = [
    '<!DOCTYPE html><html lang="vi"><head><title>Tìm kiếm</title></head><body>',
    `<nav>${menu}</nav><main><h1>Tìm kiếm</h1>`,
    markers ? `<template ${SEARCH_REGION_START}=""></template>${region}<template ${SEARCH_REGION_END}=""></template>` : region,
    '</main><footer>Sở Nội vụ</footer></body></html>',
  ].join('')
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
  })
  response.end(html)
}

const served = serveForTests(portalPipeline(next))
beforeEach(() => setSingleton('SearchPageData', read))

async function raw(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingMessage['headers']; html: string }>((resolve, reject) => {
    httpRequest(served.baseUrl + path, { headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const body = Buffer.concat(chunks)
        expect(Number(response.headers['content-length'] ?? body.length)).toBe(body.length)
        const html = (response.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString()
        resolve({ status: response.statusCode ?? 0, headers: response.headers, html })
      })
    })
      .on('error', reject)
      .end()
  })
}

/** Searches until the server answers one itself (it asks for the frame after the first), then counts Next's renders. */
async function warm() {
  for (let n = 0; n < 20; n++) {
    const before = renders
    await raw(`/tim-kiem?q=khoi+dong+${Math.random()}`)
    if (renders === before) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error('The server never answered a search itself.')
}

describe('a search page', () => {
  it('is answered by the server itself once it has the frame: the same page, gzipped, marked as Next marked it', async () => {
    await warm()
    const before = renders
    const answer = await raw('/tim-kiem?q=cai+cach&sap-xep=moi-nhat', { 'accept-encoding': 'gzip' })
    expect(renders).toBe(before)
    expect(answer.status).toBe(200)
    expect(answer.headers['content-encoding']).toBe('gzip')
    expect(answer.headers['cache-control']).toContain('no-store')
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8')
    const expected = renderToStaticMarkup(createElement(SearchResults, await read({ query: 'cai cach', page: 1, sort: 'newest' })))
    expect(answer.html).toContain(`<template ${SEARCH_REGION_START}=""></template>${expected}<template ${SEARCH_REGION_END}=""></template>`)
    expect(answer.html).toContain('<mark>Cải</mark><span> </span><mark>cách</mark><span> hành chính 1</span>')
    expect(answer.html).toContain(`<nav>${menu}</nav>`)
    expect(answer.html).not.toContain('Next rendered')
  })

  it('escapes what the reader typed, in the box and in the message', async () => {
    await warm()
    const typed = '"><script>alert(1)</script>&'
    const answer = await raw(`/tim-kiem?q=${encodeURIComponent(`khong co`)}`)
    expect(answer.html).toContain('Không tìm thấy bài viết nào cho “khong co”')
    const hostile = await raw(`/tim-kiem?q=${encodeURIComponent(typed)}`)
    expect(hostile.status).toBe(200)
    expect(hostile.html).not.toContain('<script>alert(1)')
    expect(hostile.html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;"')
  })

  it('takes a changed frame at once after a content change (a new menu)', async () => {
    await warm()
    menu = 'Trình đơn 2'
    clearPageCache()
    const first = await raw('/tim-kiem?q=sau+thay+doi')
    expect(first.html).toContain('<nav>Trình đơn 2</nav>')
    await warm()
    expect((await raw('/tim-kiem?q=sau+thay+doi+nua')).html).toContain('<nav>Trình đơn 2</nav>')
  })

  it('is left to Next when the read fails, or before Next has offered it', async () => {
    await warm()
    let before = renders
    const failed = await raw('/tim-kiem?q=hong')
    expect(renders).toBe(before + 1)
    expect(failed.status).toBe(500)
    setSingleton('SearchPageData', undefined)
    before = renders
    expect((await raw('/tim-kiem?q=chua+co')).html).toContain('Next rendered')
    expect(renders).toBe(before + 1)
  })

  // Last: the server then waits 10 s before asking for the frame again.
  it('is left to Next, without asking for the frame at every search, while the page has no markers', async () => {
    markers = false
    clearPageCache()
    framesAsked = 0
    for (let n = 0; n < 10; n++) expect((await raw(`/tim-kiem?q=khong+dau+${n}`)).html).toContain('Next rendered')
    expect(framesAsked).toBe(1)
  })
})

// Search pages answered by the server itself, without Next. Every distinct search is a page no cache has
// seen, and Next's floor for any request it renders is high on this machine (server CPU per request: about
// 6 ms for a route handler that returns a constant, 12–15 ms for a page); with the full-text queries on top,
// sixteen readers searching at once waited up to 0.8 s. So once Next has rendered the search page, the
// server keeps the page's frame (everything but the part that depends on the search, between two markers;
// asked of itself without a query, forgotten with the page cache on every content change and refreshed
// every 10 s) and renders that part for each search with the page's own component (SearchResults) and the
// page's own read (src/search/pageData.ts, which Next's bundle hands over when it loads the page). The
// page is the same either way, escaped by React. Until both are at hand, and whenever the read fails,
// Next answers as before.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'

import { readSearchAddress, SEARCH_REGION_END, SEARCH_REGION_START, type SearchPageData, type SearchRequest } from '@/search/searchPage'

import { askSelf, isInnerRequest } from './askSelf'
import { mayLeanPage } from './leanPages'
import type { PageCache } from './pageCache'
import { peekSingleton } from './state'

/** How long the frame is used before it is asked for again (the page cache's own safety net). */
const FRAME_TTL_MS = 10_000
/** Headers of the frame's answer that belong to that answer only. */
const OWN_HEADERS = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  'x-request-id',
  'set-cookie',
  'etag',
])

type Frame = { before: string; after: string; headers: OutgoingHttpHeaders; version: number; fetchedAt: number }
type Read = (request: SearchRequest) => Promise<SearchPageData>
type Render = (data: SearchPageData) => string

const START = `<template ${SEARCH_REGION_START}=""></template>`
const END = `<template ${SEARCH_REGION_END}=""></template>`

/** The frame of a rendered search page: what comes before the region and after it, or null. */
export function frameOf(html: string): { before: string; after: string } | null {
  const start = html.indexOf(START)
  const end = html.indexOf(END, start)
  if (start < 0 || end < 0) return null
  return { before: html.slice(0, start + START.length), after: html.slice(end) }
}

/** React's static renderer and the page's component, loaded the first time a search is answered here. */
let renderer: Promise<Render> | undefined
function loadRenderer(): Promise<Render> {
  renderer ??= (async () => {
    const [{ createElement }, { renderToStaticMarkup }, { SearchResults }] = await Promise.all([
      import('react'),
      import('react-dom/server'),
      import('@/components/search/SearchResults'),
    ])
    return (data) => renderToStaticMarkup(createElement(SearchResults, data))
  })()
  return renderer
}

export class SearchPages {
  private frame: Frame | null = null
  private asking = false
  private quietUntil = 0

  constructor(
    private pages: PageCache,
    private now: () => number = Date.now,
  ) {}

  /**
   * Answers a search page when it can (then asynchronously) and says so; false leaves the request to Next.
   * `toNext` hands it to Next after all, if the read fails before anything was sent.
   */
  answer(request: IncomingMessage, response: ServerResponse, toNext: () => void): boolean {
    const url = request.url ?? ''
    // A preview or Next's own data request is Next's, as for any page (./leanPages.ts); so is the server's
    // own request (the frame, or a check that both ways render the same page).
    if (!url.startsWith('/tim-kiem?') || !mayLeanPage(request) || isInnerRequest(request)) return false
    const read = peekSingleton<Read>('SearchPageData')
    const frame = this.frameFor(response, request.headers.host)
    if (!read || !frame) return false
    const params = new URLSearchParams(url.slice(url.indexOf('?') + 1))
    const search = readSearchAddress((name) => params.get(name) ?? undefined)
    void this.render(request, response, frame, read, search, toNext)
    return true
  }

  private async render(
    request: IncomingMessage,
    response: ServerResponse,
    frame: Frame,
    read: Read,
    search: SearchRequest,
    toNext: () => void,
  ) {
    let region: string
    try {
      const [data, render] = await Promise.all([read(search), loadRenderer()])
      region = render(data)
    } catch {
      // Nothing was sent yet: Next answers, and shows or logs the failure as it does for any page.
      return toNext()
    }
    this.send(request, response, frame, region)
  }

  /** The frame in use: forgotten on a content change, asked for again (in the background) when old. */
  private frameFor(response: ServerResponse, host: string | undefined): Frame | null {
    const frame = this.frame?.version === this.pages.version ? this.frame : null
    if (!frame || this.now() - frame.fetchedAt > FRAME_TTL_MS) void this.askFrame(response, host)
    return frame
  }

  private async askFrame(response: ServerResponse, host: string | undefined): Promise<void> {
    // One ask at a time, and none for a while after one that failed (a page without the markers, a
    // database that is down): each ask is a page Next renders.
    if (this.asking || this.now() < this.quietUntil) return
    this.asking = true
    this.quietUntil = this.now() + FRAME_TTL_MS
    const version = this.pages.version
    try {
      const answer = await askSelf(response, '/tim-kiem', host)
      const html =
        answer?.status === 200 && /^text\/html/.test(String(answer.headers['content-type'])) ? answer.body.toString('utf8') : null
      const parts = html ? frameOf(html) : null
      if (!answer || !parts) return
      // The page has its frame: no wait, so that if content changed while it was asked for (it is then
      // dropped), the next search asks again.
      this.quietUntil = 0
      if (version !== this.pages.version) return
      const headers: OutgoingHttpHeaders = {}
      for (const [name, value] of Object.entries(answer.headers)) if (!OWN_HEADERS.has(name) && value !== undefined) headers[name] = value
      this.frame = { ...parts, headers, version, fetchedAt: this.now() }
    } finally {
      this.asking = false
    }
  }

  private send(request: IncomingMessage, response: ServerResponse, frame: Frame, region: string): void {
    const plain = Buffer.from(frame.before + region + frame.after)
    const gzip = /\bgzip\b/i.test(String(request.headers['accept-encoding'] ?? ''))
    const body = gzip ? gzipSync(plain, { level: 6 }) : plain
    const headers: OutgoingHttpHeaders = { ...frame.headers, 'content-length': body.length }
    if (gzip) headers['content-encoding'] = 'gzip'
    const vary = String(headers.vary ?? '')
    headers.vary = /accept-encoding/i.test(vary) ? vary : vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding'
    response.writeHead(200, headers)
    response.end(body)
  }
}

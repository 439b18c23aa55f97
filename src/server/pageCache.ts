// Public pages kept in this process's memory, in front of Next (search pages too, by their whole address):
// a reader's request for a page already rendered is answered without entering Next at all. Next's own
// cache still decides what a page is; this only remembers its last answer, and forgets everything whenever
// content changes (clearPageCache).
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { brotliCompressSync, brotliDecompressSync, constants as zlibConstants, gunzipSync, gzipSync, inflateSync } from 'node:zlib'

import { type RouteGroup, routeGroup } from '@/operations/routeGroup'

import { chunkBytes, NOT_PUBLIC_PAGE, PERSONAL_COOKIE } from './requestKinds'
import { forSharedCaches } from './sharedCaches'
import { peekSingleton, setSingleton } from './state'

/** Safety net for what changes without an edit (the weather line): a page older than this is rendered again. */
const TTL_MS = 10_000
/**
 * How much longer a page past its time may still be sent while one request renders it again (where the cache
 * can ask for that: the front). Without it, every reader who asked in the moment after the page's time
 * went to Next: on a busy article, sixteen readers at once meant sixteen renders of the same page every 10 s,
 * and each of those readers waited for one. A page no one asks for in this time is simply dropped.
 */
const STALE_MS = 30_000
/** Memory for all remembered pages together (bodies live outside the V8 heap and its cap). */
const MAX_TOTAL_BYTES = 64 * 1024 * 1024
const MAX_BODY_BYTES = 2 * 1024 * 1024

/**
 * The search page is the same for every reader of the same address, query string included. Its answers
 * are remembered apart, with a budget of their own, so that readers sending endless distinct searches
 * only push out other searches, never the articles.
 */
const SEARCH_PAGE = /^\/tim-kiem\?/
const MAX_SEARCH_URL_CHARS = 600
const MAX_SEARCH_BYTES = 8 * 1024 * 1024

/** The search page with no query: the same for everyone, but kept only by its whole address above. */
const BARE_SEARCH_PAGE = /^\/tim-kiem(\/|$)/

type Encoding = 'br' | 'gzip' | 'identity'
/**
 * One encoding of a page, ready to send: its bytes and every header, prepared once when it is stored, as the
 * flat name, value, name, value… list Node writes without building a headers object per request.
 */
type Variant = { body: Buffer; headers: string[] }
/**
 * `etag`: the page's validator, when Next gave one; `notModified`: the headers of a 304 answer to a browser
 * that holds this page already. `compressLater`: a search page's headers, kept until its compressed encodings
 * are first asked for.
 */
export type Entry = {
  variants: Partial<Record<Encoding, Variant>>
  /** The route group a hit is counted under, found once when the page is stored. */
  group: RouteGroup
  bytes: number
  storedAt: number
  etag?: string
  notModified: string[]
  compressLater?: OutgoingHttpHeaders
}
/** Remembered answers, oldest first, and the memory they take. */
type Store = { entries: Map<string, Entry>; bytes: number; maxBytes: number }
/** A cacheable request: its path, the encodings the client takes, and the validators of the copy it holds. */
export type PageKey = { path: string; gzip: boolean; br: boolean; search?: boolean; ifNoneMatch?: string; requestId?: string }

/**
 * Renders a page again and lets it be stored the usual way (the front asks Next's thread for it); resolves
 * with the answer's status.
 */
export type Refresher = (path: string) => Promise<number>

/** A hit: how it was answered, and the route group it counts under. */
export type Hit = { status: 200 | 304; group: RouteGroup }

/**
 * The request's headers that a remembered page depends on, read from Node's raw list: a hit then never
 * builds the request's headers object (one property per header, names lowercased), which it has no other use for.
 */
type CacheHeaders = {
  authorization?: string
  cookie?: string
  acceptEncoding?: string
  ifNoneMatch?: string
  requestId?: string
  /** Next's client router asking for a page's data, or a server action (./requestKinds.ts): never a whole page. */
  routerData?: boolean
}

/** `name` (as sent, in any case) is `lower`, which is all lowercase and as long as `name`. */
const isNamed = (name: string, lower: string) => name === lower || name.toLowerCase() === lower

function cacheHeadersOf(raw: string[]): CacheHeaders {
  const found: CacheHeaders = {}
  for (let index = 0; index < raw.length; index += 2) {
    const name = raw[index]
    const value = raw[index + 1]
    // By length first: most headers are none of these, and are passed over without lowercasing.
    switch (name.length) {
      case 3:
        if (value && isNamed(name, 'rsc')) found.routerData = true
        break
      case 6:
        // Several Cookie headers are one list (as Node joins them).
        if (isNamed(name, 'cookie')) found.cookie = found.cookie === undefined ? value : `${found.cookie}; ${value}`
        break
      case 11:
        if (value && isNamed(name, 'next-action')) found.routerData = true
        break
      case 12:
        if (found.requestId === undefined && isNamed(name, 'x-request-id')) found.requestId = value
        break
      case 13:
        if (isNamed(name, 'authorization')) found.authorization ??= value
        else if (isNamed(name, 'if-none-match'))
          found.ifNoneMatch = found.ifNoneMatch === undefined ? value : `${found.ifNoneMatch}, ${value}`
        break
      case 15:
        if (isNamed(name, 'accept-encoding'))
          found.acceptEncoding = found.acceptEncoding === undefined ? value : `${found.acceptEncoding}, ${value}`
        break
      case 20:
        if (value && isNamed(name, 'next-router-prefetch')) found.routerData = true
        break
      case 22:
        if (value && isNamed(name, 'next-router-state-tree')) found.routerData = true
        break
    }
  }
  return found
}

/**
 * Headers of Next's answer that a remembered page does not repeat: those of the one answer (length, encoding,
 * the connection's), and Next's own notes about how it rendered, which say nothing to a browser about an HTML
 * page (a remembered page sent "x-nextjs-cache: MISS") and only lengthen every answer.
 */
const NOT_REPEATED = new Set([
  'content-encoding',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'x-nextjs-cache',
  'x-nextjs-prerender',
  'x-nextjs-stale-time',
])

/**
 * A page goes out plain, gzipped or in brotli under one ETag: a weak one (`W/"…"`), as RFC 9110 wants of a
 * validator shared by different bytes (nginx weakens its own the same way when it compresses).
 */
const weakEtag = (etag: string) => (etag.startsWith('W/') ? etag : `W/${etag}`)

/** Whether an If-None-Match names this ETag: weak comparison (RFC 9110 §13.1.2), `*` names any. */
function etagMatches(ifNoneMatch: string, etag: string): boolean {
  const own = etag.replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => {
    const given = tag.trim()
    return given === '*' || given.replace(/^W\//, '') === own
  })
}

/**
 * Headers of the 200 that a 304 repeats: all but what describes the bytes themselves (RFC 9110 §15.4.5: the
 * ETag, Cache-Control and Vary a browser updates its copy with; the security headers, as on any answer).
 */
const NOT_IN_304 = new Set(['content-type', 'content-language'])

/** Pages smaller than this gain nothing from brotli over gzip worth the memory. */
const BROTLI_FROM_BYTES = 1024

/** What Next sent, as the page's plain bytes. */
export function decode(body: Buffer, encoding: string): Buffer | null {
  switch (encoding) {
    case 'identity':
      return body
    case 'gzip':
      return gunzipSync(body)
    case 'br':
      return brotliDecompressSync(body)
    case 'deflate':
      return inflateSync(body)
    default:
      return null
  }
}

/**
 * Headers as Node's flat list; a header given several values (Link, Set-Cookie) is repeated. The list ends
 * with the request id's slot, filled in just before each answer (see withRequestId).
 */
function flatHeaders(headers: OutgoingHttpHeaders): string[] {
  const flat: string[] = []
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue
    for (const one of Array.isArray(value) ? value : [value]) flat.push(name, String(one))
  }
  flat.push('x-request-id', '')
  return flat
}

/**
 * A stored list of headers with this request's id in its last slot: the list is used in place rather than
 * copied for every hit, which is safe because Node reads it within writeHead, before any other request runs.
 */
function withRequestId(headers: string[], requestId: string): string[] {
  headers[headers.length - 1] = requestId
  return headers
}

function variantOf(base: OutgoingHttpHeaders, body: Buffer, encoding?: Exclude<Encoding, 'identity'>): Variant {
  return {
    body,
    headers: flatHeaders({ ...base, ...(encoding ? { 'content-encoding': encoding } : {}), 'content-length': String(body.length) }),
  }
}

/** A page's gzip and (from 1 KB) brotli encodings, with their headers. */
function compressedVariants(plain: Buffer, base: OutgoingHttpHeaders): Pick<Entry['variants'], 'gzip' | 'br'> {
  return {
    gzip: variantOf(base, gzipSync(plain, { level: 6 }), 'gzip'),
    ...(plain.length >= BROTLI_FROM_BYTES
      ? { br: variantOf(base, brotliCompressSync(plain, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 6 } }), 'br') }
      : {}),
  }
}

/**
 * Where a page ready to send goes when this cache does not keep it itself: behind the front (./front.ts),
 * Next's thread prepares the page and the front, which answers every hit, holds the only copy. A clear goes
 * the same way, after the pages stored before it, so the front never keeps a page from before a change.
 */
export type PageSink = { put(path: string, search: boolean, entry: Entry): void; clear(): void }

export class PageCache {
  private pages: Store = { entries: new Map(), bytes: 0, maxBytes: MAX_TOTAL_BYTES }
  private searches: Store = { entries: new Map(), bytes: 0, maxBytes: MAX_SEARCH_BYTES }

  /** Pages being rendered again, by store: one request each, however many readers ask meanwhile. */
  private refreshing = new Set<string>()

  constructor(
    private now: () => number = Date.now,
    private sink?: PageSink,
    private refresher?: Refresher,
  ) {}

  /** The key of a request anyone could have sent, or null when its answer may depend on who sends it. */
  keyOf(request: IncomingMessage): PageKey | null {
    if (request.method !== 'GET') return null
    const headers = cacheHeadersOf(request.rawHeaders)
    // A staff session or a preview makes the page someone's own; any other cookie (`_ga`…) does not, so a
    // returning reader carrying one is served from memory like anyone else.
    if (headers.authorization || (headers.cookie && PERSONAL_COOKIE.test(headers.cookie))) return null
    if (headers.routerData) return null
    const path = request.url ?? '/'
    const accepts = headers.acceptEncoding ?? ''
    const key: PageKey = { path, gzip: /\bgzip\b/.test(accepts), br: /\bbr\b/.test(accepts), requestId: headers.requestId }
    if (headers.ifNoneMatch) key.ifNoneMatch = headers.ifNoneMatch
    if (SEARCH_PAGE.test(path) && path.length <= MAX_SEARCH_URL_CHARS && !path.includes('_rsc=')) {
      key.search = true
      return key
    }
    // Public pages have no query string; one with a query (`/?x=1`, `?_rsc=`) is not kept, so no one can
    // fill the memory with variants of a page.
    if (!path.startsWith('/') || path.includes('?') || NOT_PUBLIC_PAGE.test(path) || BARE_SEARCH_PAGE.test(path)) return null
    return key
  }

  /**
   * Answers from memory when it can, and says with what status and under which route group (null: not
   * answered). A browser that holds this
   * very page (its If-None-Match names the page's ETag) is told 304 and downloads nothing; anyone else gets
   * the best encoding they take (brotli, gzip, or plain). The bytes and headers were prepared when the page
   * was stored, so nothing is computed per request.
   */
  serve(key: PageKey, response: ServerResponse, requestId: string): Hit | null {
    const store = this.storeOf(key)
    const entry = store.entries.get(key.path)
    if (!entry) return null
    const age = this.now() - entry.storedAt
    if (age > TTL_MS && !(age <= TTL_MS + STALE_MS && this.renderAgain(store, key, entry))) {
      this.forget(store, key.path)
      return null
    }
    if (key.ifNoneMatch && entry.etag && etagMatches(key.ifNoneMatch, entry.etag)) {
      response.writeHead(304, withRequestId(entry.notModified, requestId))
      response.end()
      return { status: 304, group: entry.group }
    }
    if (entry.compressLater && (key.br || key.gzip)) {
      const compressed = compressedVariants(entry.variants.identity!.body, entry.compressLater)
      entry.compressLater = undefined
      Object.assign(entry.variants, compressed)
      const added = Object.values(compressed).reduce((sum, item) => sum + item.body.length, 0)
      entry.bytes += added
      store.bytes += added
    }
    const variant = (key.br && entry.variants.br) || (key.gzip && entry.variants.gzip) || entry.variants.identity!
    response.writeHead(200, withRequestId(variant.headers, requestId))
    response.end(variant.body)
    return { status: 200, group: entry.group }
  }

  /**
   * Asks for a page past its time to be rendered again, once, and says whether it may be sent meanwhile (not
   * where this cache cannot ask). The new page replaces it as any page is stored; an answer other than 200 (the
   * page is gone, or Next failed) drops it, so that the next reader gets Next's own answer.
   */
  private renderAgain(store: Store, key: PageKey, entry: Entry): boolean {
    if (!this.refresher) return false
    const id = `${key.search ? 's' : 'p'}${key.path}`
    if (this.refreshing.has(id)) return true
    this.refreshing.add(id)
    const settle = (status: number) => {
      this.refreshing.delete(id)
      if (status !== 200 && store.entries.get(key.path) === entry) this.forget(store, key.path)
    }
    this.refresher(key.path).then(settle, () => settle(0))
    return true
  }

  /** Watches Next's answer to a cacheable request and keeps it if it is a plain public page. */
  record(key: PageKey, response: ServerResponse): void {
    const chunks: Buffer[] = []
    let size = 0
    let headersGiven: OutgoingHttpHeaders = {}
    const generation = this.generation
    const { writeHead, write, end } = response
    response.writeHead = ((code: number, ...rest: unknown[]) => {
      const headers = rest.find((arg) => typeof arg === 'object' && arg !== null)
      if (headers && !Array.isArray(headers)) headersGiven = headers as OutgoingHttpHeaders
      // Next's ETag goes out weak from the first answer (a 304 of Next's own included), as a hit sends it.
      const etag = response.getHeader('etag')
      if (typeof etag === 'string') response.setHeader('etag', weakEtag(etag))
      for (const name of Object.keys(headersGiven))
        if (name.toLowerCase() === 'etag') headersGiven[name] = weakEtag(String(headersGiven[name]))
      return writeHead.apply(response, [code, ...rest] as Parameters<typeof writeHead>)
    }) as typeof writeHead
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (size > MAX_BODY_BYTES) return
      const buffer = chunkBytes(chunk, encoding)
      if (!buffer) return
      chunks.push(buffer)
      size += buffer.length
    }
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0])
      return write.apply(response, [chunk, ...rest] as Parameters<typeof write>)
    }) as typeof write
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0])
      return end.apply(response, [chunk, ...rest] as Parameters<typeof end>)
    }) as typeof end
    response.on('finish', () => {
      const headers: OutgoingHttpHeaders = { ...response.getHeaders(), ...headersGiven }
      // Each answer carries its own request's id (set by the pipeline), never the one that filled the cache.
      delete headers['x-request-id']
      const cacheControl = String(headers['cache-control'] ?? '')
      const type = String(headers['content-type'] ?? '')
      const cacheable =
        generation === this.generation &&
        response.statusCode === 200 &&
        size <= MAX_BODY_BYTES &&
        !headers['set-cookie'] &&
        // Next marks the search page (rendered per request) private: kept here only, and sent on as Next marked it.
        (key.search || !/private|no-store|no-cache/.test(cacheControl)) &&
        /^(text\/html|application\/(rss\+)?xml|text\/xml)/.test(type)
      if (!cacheable) return
      let plain: Buffer | null
      try {
        plain = decode(Buffer.concat(chunks), String(headers['content-encoding'] ?? 'identity').toLowerCase())
      } catch {
        plain = null
      }
      if (!plain) return
      this.store(key, headers, plain)
    })
  }

  /** Prepares the page's encodings and their headers once; the oldest pages go when memory is full. */
  private store(key: PageKey, given: OutgoingHttpHeaders, plain: Buffer): void {
    const base: OutgoingHttpHeaders = {}
    for (const [name, value] of Object.entries(given)) if (!NOT_REPEATED.has(name.toLowerCase())) base[name.toLowerCase()] = value
    const vary = String(base.vary ?? '')
    base.vary = /accept-encoding/i.test(vary) ? vary : vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding'
    // Made weak by the recorder already, as Next's answer went out.
    const etag = typeof base.etag === 'string' ? base.etag : undefined
    // Whatever way Next set it, a stored page goes out with the shared caches' short lifetime.
    if (base['cache-control'] !== undefined) base['cache-control'] = forSharedCaches(base['cache-control']) as string
    base['x-portal-cache'] = 'HIT'
    // Most searches are asked for once: a search page is compressed when someone asks for it again.
    const variants: Entry['variants'] = { identity: variantOf(base, plain), ...(key.search ? {} : compressedVariants(plain, base)) }
    const bytes = Object.values(variants).reduce((sum, item) => sum + item.body.length, 0)
    const notModified = flatHeaders(Object.fromEntries(Object.entries(base).filter(([name]) => !NOT_IN_304.has(name))))
    const entry: Entry = {
      variants,
      group: routeGroup(key.path),
      bytes,
      storedAt: this.now(),
      etag,
      notModified,
      compressLater: key.search ? base : undefined,
    }
    if (this.sink) this.sink.put(key.path, Boolean(key.search), entry)
    else this.put(key.path, Boolean(key.search), entry)
  }

  /** Keeps a prepared page (here, or as the front's copy of a page Next's thread prepared). */
  put(path: string, search: boolean, entry: Entry): void {
    const store = search ? this.searches : this.pages
    this.forget(store, path)
    while (store.bytes + entry.bytes > store.maxBytes && store.entries.size > 0)
      this.forget(store, store.entries.keys().next().value as string)
    store.entries.set(path, entry)
    store.bytes += entry.bytes
  }

  private storeOf(key: PageKey): Store {
    return key.search ? this.searches : this.pages
  }

  private forget(store: Store, path: string): void {
    const entry = store.entries.get(path)
    if (!entry) return
    store.bytes -= entry.bytes
    store.entries.delete(path)
  }

  /** Incremented on every clear, so an answer rendered before a change is not stored after it. */
  private generation = 0

  /** Changes whenever the cache is cleared: something kept beside it (the search page's frame) is then stale. */
  get version(): number {
    return this.generation
  }

  clear(): void {
    this.generation++
    for (const store of [this.pages, this.searches]) {
      store.entries.clear()
      store.bytes = 0
    }
    this.sink?.clear()
  }
}

/** The server's page cache (src/server installs it; Next's bundles reach it as a singleton). */
export function installPageCache(cache: PageCache): void {
  setSingleton('PageCache', cache)
}

/** Forgets every remembered page: called wherever Next's cache tags are expired. */
export function clearPageCache(): void {
  peekSingleton<PageCache>('PageCache')?.clear()
}

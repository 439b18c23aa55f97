// Public pages kept in this process's memory, in front of Next: a reader's request for a page already
// rendered is answered without entering Next at all. Next's own cache still decides what a page is; this
// only remembers its last answer, and forgets everything whenever content changes (clearPageCache).
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { peekSingleton, setSingleton } from './state'

/** Safety net for what changes without an edit (the weather line): no page is served older than this. */
const TTL_MS = 10_000
/** Memory for all remembered pages together (bodies live outside the V8 heap and its cap). */
const MAX_TOTAL_BYTES = 64 * 1024 * 1024
const MAX_BODY_BYTES = 2 * 1024 * 1024

/**
 * Cookies that make a page someone's own: Payload's session (staff), Next's draft-mode and preview cookies.
 * Any other cookie (analytics such as Google's `_ga`, a consent banner's, the admin's language) does not
 * change a public page, so a returning reader carrying one is served from memory like anyone else.
 */
const PERSONAL_COOKIE = /(?:^|;)\s*(?:payload-token|__prerender_bypass|__next_preview_data|__next_draft_data)=/

/** Paths that are never the same for everyone, or are not pages. */
const PASS_THROUGH = /^\/(api|admin|_next|xem-truoc|thoat-xem-truoc|tim-kiem)([/?]|$)/

type Encoding = 'gzip' | 'identity'
type Entry = { headers: OutgoingHttpHeaders; body: Buffer; storedAt: number }
/** A cacheable request: its path, and whether the client takes gzip (entries are kept per encoding). */
export type PageKey = { path: string; gzip: boolean }

export class PageCache {
  private entries = new Map<string, Entry>()
  private bytes = 0

  constructor(private now: () => number = Date.now) {}

  /** The key of a request anyone could have sent, or null when its answer may depend on who sends it. */
  keyOf(request: IncomingMessage): PageKey | null {
    if (request.method !== 'GET') return null
    const { headers } = request
    if (headers.authorization || (headers.cookie && PERSONAL_COOKIE.test(headers.cookie))) return null
    // Next answers these with the page's data for client-side navigation, varying by router state.
    if (headers.rsc || headers['next-router-state-tree'] || headers['next-router-prefetch'] || headers['next-action']) return null
    const path = request.url ?? '/'
    // Public pages have no query string; one with a query (`/?x=1`, `?_rsc=`) is not kept, so no one can
    // fill the memory with variants of a page.
    if (!path.startsWith('/') || path.includes('?') || PASS_THROUGH.test(path)) return null
    return { path, gzip: /\bgzip\b/.test(String(headers['accept-encoding'] ?? '')) }
  }

  /** Answers from memory when it can: a gzip answer only to a client that takes gzip. */
  serve(key: PageKey, response: ServerResponse): boolean {
    const encodings: Encoding[] = key.gzip ? ['gzip', 'identity'] : ['identity']
    for (const encoding of encodings) {
      const id = `${encoding} ${key.path}`
      const entry = this.entries.get(id)
      if (!entry) continue
      if (this.now() - entry.storedAt > TTL_MS) {
        this.forget(id)
        continue
      }
      response.writeHead(200, { ...entry.headers, 'x-portal-cache': 'HIT' })
      response.end(entry.body)
      return true
    }
    return false
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
      return writeHead.apply(response, [code, ...rest] as Parameters<typeof writeHead>)
    }) as typeof writeHead
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > MAX_BODY_BYTES) return
      const buffer =
        typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk as Uint8Array)
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
      const headers = { ...response.getHeaders(), ...headersGiven }
      const cacheControl = String(headers['cache-control'] ?? '')
      const type = String(headers['content-type'] ?? '')
      // Kept under the encoding Next actually used (it may deflate for a client that asked for that).
      const contentEncoding = String(headers['content-encoding'] ?? 'identity').toLowerCase()
      const encoding: Encoding | null = contentEncoding === 'gzip' ? 'gzip' : contentEncoding === 'identity' ? 'identity' : null
      const cacheable =
        encoding !== null &&
        generation === this.generation &&
        response.statusCode === 200 &&
        size <= MAX_BODY_BYTES &&
        !headers['set-cookie'] &&
        !/private|no-store|no-cache/.test(cacheControl) &&
        /^(text\/html|application\/(rss\+)?xml|text\/xml)/.test(type)
      if (!cacheable) return
      const id = `${encoding} ${key.path}`
      this.forget(id)
      while (this.bytes + size > MAX_TOTAL_BYTES && this.entries.size > 0) this.forget(this.entries.keys().next().value as string)
      this.entries.set(id, { headers, body: Buffer.concat(chunks), storedAt: this.now() })
      this.bytes += size
    })
  }

  private forget(id: string): void {
    const entry = this.entries.get(id)
    if (!entry) return
    this.bytes -= entry.body.length
    this.entries.delete(id)
  }

  /** Incremented on every clear, so an answer rendered before a change is not stored after it. */
  private generation = 0

  clear(): void {
    this.generation++
    this.entries.clear()
    this.bytes = 0
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

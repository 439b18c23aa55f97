// Public pages kept in this process's memory, in front of Next: a reader's request for a page already
// rendered is answered without entering Next at all. Next's own cache still decides what a page is; this
// only remembers its last answer, and forgets everything whenever content changes (clearPageCache).
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

/** Safety net for what changes without an edit (the weather line): no page is served older than this. */
const TTL_MS = 10_000
const MAX_ENTRIES = 1000
const MAX_BODY_BYTES = 2 * 1024 * 1024

/** Paths that are never the same for everyone, or are not pages. */
const PASS_THROUGH = /^\/(api|admin|_next|xem-truoc|thoat-xem-truoc|tim-kiem)([/?]|$)/

type Entry = { status: number; headers: OutgoingHttpHeaders; body: Buffer; storedAt: number }

export class PageCache {
  private entries = new Map<string, Entry>()
  hits = 0

  constructor(private now: () => number = Date.now) {}

  /** The key of a request anyone could have sent, or null when its answer may depend on who sends it. */
  keyOf(request: IncomingMessage): string | null {
    if (request.method !== 'GET') return null
    const { headers } = request
    if (headers.cookie || headers.authorization) return null
    // Next answers these with the page's data for client-side navigation, varying by router state.
    if (headers.rsc || headers['next-router-state-tree'] || headers['next-router-prefetch'] || headers['next-action']) return null
    const url = request.url ?? '/'
    if (PASS_THROUGH.test(url)) return null
    const encoding = /\bgzip\b/.test(String(headers['accept-encoding'] ?? '')) ? 'gzip' : 'identity'
    return `${encoding} ${url}`
  }

  /** Answers from memory when it can. */
  serve(key: string, response: ServerResponse): boolean {
    const entry = this.entries.get(key)
    if (!entry) return false
    if (this.now() - entry.storedAt > TTL_MS) {
      this.entries.delete(key)
      return false
    }
    this.hits++
    response.writeHead(entry.status, { ...entry.headers, 'x-portal-cache': 'HIT' })
    response.end(entry.body)
    return true
  }

  /** Watches Next's answer to a cacheable request and keeps it if it is a plain public page. */
  record(key: string, response: ServerResponse): void {
    const chunks: Buffer[] = []
    let size = 0
    let status = 200
    let headersGiven: OutgoingHttpHeaders = {}
    const generation = this.generation
    const { writeHead, write, end } = response
    response.writeHead = ((code: number, ...rest: unknown[]) => {
      status = code
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
      const cacheable =
        generation === this.generation &&
        (status === 200 || response.statusCode === 200) &&
        size <= MAX_BODY_BYTES &&
        !headers['set-cookie'] &&
        !/private|no-store|no-cache/.test(cacheControl) &&
        /^(text\/html|application\/(rss\+)?xml|text\/xml)/.test(type)
      if (!cacheable) return
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string)
      this.entries.set(key, { status: 200, headers, body: Buffer.concat(chunks), storedAt: this.now() })
    })
  }

  /** Incremented on every clear, so an answer rendered before a change is not stored after it. */
  private generation = 0

  clear(): void {
    this.generation++
    this.entries.clear()
  }

  get size(): number {
    return this.entries.size
  }
}

const shared = globalThis as typeof globalThis & { __portalPageCache?: PageCache }

/** The server's page cache (scripts/serve.ts installs it; Next's bundles reach it through globalThis). */
export function installPageCache(cache: PageCache): void {
  shared.__portalPageCache = cache
}

/** Forgets every remembered page: called wherever Next's cache tags are expired. */
export function clearPageCache(): void {
  shared.__portalPageCache?.clear()
}

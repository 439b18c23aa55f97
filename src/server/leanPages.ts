// Public pages go out without React's runtime. Everything a reader sees is in the server-rendered HTML; the
// few things a page does in the browser (the beacon, the weather line, the article's tools, fetching a link
// ahead on a desktop) are small inline scripts (src/components/counters/beaconScript.ts,
// src/components/readerScript.ts). What Next adds for hydration (its script bundles, their preloads, and
// the page's React data inlined as `self.__next_f.push(…)`, more than half of a page's HTML) would only
// cost a phone seconds of script: Lighthouse mobile on the article went from 0.80 to 0.99 without it.
//
// A page that does need React in the browser (the Hỏi đáp form's in-place answer) says so by rendering an
// element with `data-portal-hydrate` (src/components/KeepsReact.tsx), and goes out as Next rendered it. So do the admin,
// the API, previews (draft mode, live preview) and Next's own data requests, which never come here.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'

import { askSelf, isInnerRequest } from './askSelf'
import { HYDRATE_MARKER } from './hydrateMarker'
import { decode } from './pageCache'
import { chunkBytes, isRouterDataRequest, NOT_PUBLIC_PAGE, PREVIEW_COOKIE } from './requestKinds'

/** Whether this request's page may go out without React's runtime (if it turns out to be HTML). */
export function mayLeanPage(request: IncomingMessage): boolean {
  if (request.method !== 'GET') return false
  const { headers } = request
  if (isRouterDataRequest(headers)) return false
  // A preview is refreshed by React in the browser.
  if (headers.cookie && PREVIEW_COOKIE.test(headers.cookie)) return false
  const path = request.url ?? '/'
  return path.startsWith('/') && !path.includes('_rsc=') && !NOT_PUBLIC_PAGE.test(path)
}

/** A script Next adds for hydration: a bundle of its own, or the page's React data or chunk list inline. */
function isRuntimeScript(attributes: string, content: string): boolean {
  if (/\bsrc="\/_next\//.test(attributes)) return true
  return /^\s*\(?(?:self\.__next_f\b|globalThis\["TURBOPACK"\])/.test(content)
}

/**
 * The page without React's runtime: Next's script tags and script preloads removed, everything else (the
 * content, styles, JSON-LD, the portal's own inline scripts, React's inline scripts that put streamed
 * content in place) kept byte for byte. Inside Next's inline data `</script>` is always escaped, so a
 * script ends at the first `</script>`.
 */
export function withoutReactRuntime(html: string): string {
  if (html.includes(HYDRATE_MARKER)) return html
  return html
    .replace(/<link\b[^>]*\bas="script"[^>]*>/g, '')
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/g, (script, attributes: string, content: string) =>
      isRuntimeScript(attributes, content) ? '' : script,
    )
}

/** A page compressed for a client that takes gzip (level 6, as Next's compression); plain otherwise. */
function encodeFor(plain: Buffer, gzip: boolean): { body: Buffer; encoding?: 'gzip' } {
  return gzip ? { body: gzipSync(plain, { level: 6 }), encoding: 'gzip' } : { body: plain }
}

type WriteHeadArgs = Parameters<ServerResponse['writeHead']>

/**
 * Next answers a page that calls notFound() (an unknown address, article, category…) with an empty document
 * (`<html id="__next_error__">`, the 404 content only in React's data for the browser to draw: vercel/next.js
 * #62228, #98295). Without the runtime that page would be blank, so the portal's own 404 page is sent in its
 * place, with the 404 status: the page of the address's language.
 */
const NOT_FOUND_PAGES = { vi: '/khong-tim-thay', en: '/en/page-not-found' }
const NOT_FOUND_ADDRESS = /^\/(?:khong-tim-thay|en\/page-not-found)\/?(?:\?|$)/

/**
 * The 404 pages are there for the server's own use. Asked for from outside, each answers what it is, a 404
 * (not a page that says "not found" with a 200, which search engines call a soft 404): the request is
 * taken as one for an address that does not exist, which gets that page with its 404.
 */
export function notFoundPageFromOutside(request: IncomingMessage): void {
  const url = request.url ?? ''
  if (!NOT_FOUND_ADDRESS.test(url) || isInnerRequest(request)) return
  request.url = `${url.startsWith('/en/') ? NOT_FOUND_PAGES.en : NOT_FOUND_PAGES.vi}/khong-co`
}

function isBlankNotFound(html: string, status: number): boolean {
  return status === 404 && html.includes('<html id="__next_error__"')
}

/** The 404 page's HTML, asked of this same server (the page cache answers it after the first time). */
async function notFoundPage(request: IncomingMessage, response: ServerResponse): Promise<string | null> {
  const path = /^\/en(\/|$)/.test(request.url ?? '') ? NOT_FOUND_PAGES.en : NOT_FOUND_PAGES.vi
  const answer = await askSelf(response, path, request.headers.host)
  return answer?.status === 200 ? answer.body.toString('utf8') : null
}

/**
 * Holds Next's answer to a page request until it is complete; an HTML page then goes out without React's
 * runtime, gzipped if the client takes it, with its length. Anything else (a feed, a file, a redirect) passes
 * through as it comes, unbuffered. Installed after the page cache's recorder, so that what is remembered is
 * what was sent. The wrappers stay in place once installed: Next's compression wraps them in turn, and
 * putting the originals back would cut it out of the answer.
 */
export function leanResponse(request: IncomingMessage, response: ServerResponse): void {
  const { writeHead, write, end } = response
  const chunks: Buffer[] = []
  // Next's compression would gzip the whole page, runtime and all, for this to undo and do again: for an
  // HTML answer it is told the client takes no compression (it reads the header when the answer's headers
  // are written, once Next has set the type), and the lean page is compressed here instead.
  const accepted = String(request.headers['accept-encoding'] ?? '')
  const gzip = /\bgzip\b/i.test(accepted)
  const isHtml = () => /^text\/html/i.test(String(response.getHeader('content-type') ?? ''))
  Object.defineProperty(request.headers, 'accept-encoding', {
    configurable: true,
    enumerable: true,
    get: () => (isHtml() ? undefined : accepted || undefined),
  })
  let held: WriteHeadArgs | null = null
  let mode: 'undecided' | 'hold' | 'pass' = 'undecided'

  const headerOf = (name: string, args: WriteHeadArgs | null): string => {
    const given = args?.find((arg): arg is OutgoingHttpHeaders => typeof arg === 'object' && arg !== null && !Array.isArray(arg))
    const fromArgs = given && Object.entries(given).find(([key]) => key.toLowerCase() === name)?.[1]
    return String(fromArgs ?? response.getHeader(name) ?? '')
  }
  /** Decides once, when the headers are known: only an HTML page is held. */
  const decide = (args: WriteHeadArgs | null) => {
    if (mode !== 'undecided') return
    mode = /^text\/html/i.test(headerOf('content-type', args)) ? 'hold' : 'pass'
  }
  const keep = (chunk: unknown, encoding: unknown) => {
    const buffer = chunkBytes(chunk, encoding)
    if (buffer) chunks.push(buffer)
  }
  const callbackOf = (args: unknown[]) => args.find((arg): arg is () => void => typeof arg === 'function')

  response.writeHead = ((...args: WriteHeadArgs) => {
    decide(args)
    if (mode === 'pass') return writeHead.apply(response, args)
    held = args
    return response
  }) as typeof writeHead
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    decide(held)
    if (mode === 'pass') return write.apply(response, [chunk, ...rest] as Parameters<typeof write>)
    keep(chunk, rest[0])
    const callback = callbackOf(rest)
    if (callback) process.nextTick(callback)
    return true
  }) as typeof write
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    decide(held)
    if (mode === 'pass') return end.apply(response, [chunk, ...rest] as Parameters<typeof end>)
    keep(chunk, rest[0])
    mode = 'pass'
    const encoding = headerOf('content-encoding', held).toLowerCase() || 'identity'
    const raw = Buffer.concat(chunks)
    const send = (body: Buffer, bodyEncoding?: string) => {
      const args: WriteHeadArgs = held ?? [response.statusCode]
      for (const arg of args) {
        if (typeof arg === 'object' && arg !== null && !Array.isArray(arg))
          for (const key of Object.keys(arg))
            if (/^(content-length|content-encoding|transfer-encoding)$/i.test(key)) delete (arg as OutgoingHttpHeaders)[key]
      }
      response.removeHeader('transfer-encoding')
      if (bodyEncoding && bodyEncoding !== 'identity') response.setHeader('content-encoding', bodyEncoding)
      else response.removeHeader('content-encoding')
      response.setHeader('content-length', body.length)
      writeHead.apply(response, args)
      end.apply(response, [body, callbackOf(rest)] as unknown as Parameters<typeof end>)
    }
    const sendPage = (html: string) => {
      const { body, encoding: chosen } = encodeFor(Buffer.from(withoutReactRuntime(html)), gzip)
      send(body, chosen)
    }
    let html: string | null = null
    try {
      html = decode(raw, encoding)?.toString('utf8') ?? null
    } catch {
      // Not what its headers said: sent as it came.
    }
    if (html === null) send(raw, encoding)
    else if (isBlankNotFound(html, Number(held?.[0] ?? response.statusCode)) && !isInnerRequest(request))
      void notFoundPage(request, response).then((page) => sendPage(page ?? html))
    else sendPage(html)
    return response
  }) as typeof end
}

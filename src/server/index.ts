// The portal's server: Next's request handler behind a plain Node server, so that every request passes
// the same pipeline before Next sees it, however the portal is started (`npm start`, `npm run serve`,
// `npm run dev`, the tests, the bench):
//   1. a public page already rendered is answered from memory first of all (./pageCache.ts; PAGE_CACHE=off
//      to skip), with the headers prepared when it was stored (security headers included), or with a 304 to a
//      browser that holds it already: a hit only counts itself (6) and gets its request id;
//   2. the client's address is pinned (TRUST_PROXY says how many proxies to believe; ./clientAddress.ts);
//   3. the security headers are set, from SITE_URL as it is now (./securityHeaders.ts);
//   4. sign-in, forgot-password and first-register are braked per address (./signInLimit.ts);
//   5. an old address of the previous portal is sent on (301) from the redirect table in memory
//      (src/redirects), before Next could answer it with the 404 page (a change of the table empties the
//      page cache, so no page is remembered at an address that now redirects);
//   6. every request is counted and timed by route group (src/operations: GET /api/metrics is answered here),
//      and a failed or slow one is logged, with its request id (X-Request-Id);
//   7. shared caches in front are told to keep pages briefly (./sharedCaches.ts);
//   8. a plain form POST to /hoi-dap (no JavaScript) is read and handed to its page (./questionPost.ts);
//   9. a search page is answered by the server itself once Next has rendered the page's frame (./searchPages.ts;
//      off with the page cache or the lean pages);
//  10. a public page goes out without React's runtime, unless it asks for it (./leanPages.ts; LEAN_PAGES=off
//      to send pages as Next renders them), and is remembered that way.
// `next start` alone would skip all of this, so src/instrumentation.ts refuses it in production.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Counter, Histogram } from 'prom-client'

import { logLine, requestLogPolicy } from '@/operations/log'
import { metrics } from '@/operations/metrics'
import { answerMetrics, isMetricsRequest } from '@/operations/metricsEndpoint'
import { type RouteGroup, routeGroup } from '@/operations/routeGroup'
import { redirectFor } from '@/redirects/table'

import { pinClientAddress, trustedProxyHops } from './clientAddress'
import { documentFileHeaders, isDocumentFile, refuseBadUploadQuery, refuseOversizedUpload } from './documentFiles'
import { behindFront, cameThroughFront, frontSink, onFrontStop, tellFrontListening } from './frontLink'
import { leanResponse, mayLeanPage, notFoundPageFromOutside } from './leanPages'
import { installPageCache, PageCache } from './pageCache'
import { takeQuestionForm } from './questionPost'
import { nextRequestId, validRequestId } from './requestIds'
import { refuseWithoutSecret } from './secretCheck'
import { securityHeaders } from './securityHeaders'
import { limitSharedCaching } from './sharedCaches'
import { SearchPages } from './searchPages'
import { runShutdownTasks } from './shutdown'
import { applySignInLimit, getSignInLimiter } from './signInLimit'
import { setSingleton } from './state'

export type ServerOptions = { dev: boolean; port?: number; hostname?: string }

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void

/**
 * The pipeline in front of `handle` (Next's handler), as a plain Node request listener. Behind the front
 * (./front.ts), the one proxy it trusts is the front, and the pages it keeps go to the front.
 */
export function portalPipeline(handle: Handler, { pageCache = true, leanPages = true } = {}): Handler {
  const limiter = getSignInLimiter()
  const hops = trustedProxyHops()
  const headers = Object.entries(securityHeaders())
  const fileHeaders = documentFileHeaders(headers)
  const pages = pageCache ? new PageCache(Date.now, frontSink) : null
  if (pages) installPageCache(pages)
  // The search page's frame is a page kept like the others, and without React's runtime (with it, the
  // browser would draw the frame's own data over the results).
  const searches = pages && leanPages ? new SearchPages(pages) : null
  const measured = metrics()
  const logPolicy = requestLogPolicy()
  // A page-cache hit is the hot path: its metric children are looked up once per route group, not hashed
  // per request (a hit is a page, a search or a feed).
  type HitMetrics = { requests: Partial<Record<200 | 304, Counter.Internal>>; latency: Histogram.Internal<string> }
  const hitMetrics = new Map<RouteGroup, HitMetrics>()
  const countHit = (group: RouteGroup, status: 200 | 304, seconds: number) => {
    let found = hitMetrics.get(group)
    if (!found) {
      found = { requests: {}, latency: measured.latency.labels({ group }) }
      hitMetrics.set(group, found)
    }
    const requests = (found.requests[status] ??= measured.requests.labels({ group, status: String(status) }))
    requests.inc()
    found.latency.observe(seconds)
  }
  const cacheHit = measured.pageCache.labels({ result: 'hit' })
  const cacheMiss = measured.pageCache.labels({ result: 'miss' })
  return (request, response) => {
    const started = performance.now()
    // A proxy's id (or the front's) is kept so that its log and ours meet; anything else is replaced.
    const requestId = validRequestId(request.headers['x-request-id']) ?? nextRequestId()
    // A page already rendered goes out first, with the headers it was stored with (the security headers
    // included): nothing else here depends on such a request, and nothing is logged for it (never slow, never 5xx).
    if (leanPages) notFoundPageFromOutside(request)
    const key = pages?.keyOf(request)
    const hit = key ? pages!.serve(key, response, requestId) : null
    if (hit) {
      countHit(hit.group, hit.status, (performance.now() - started) / 1000)
      cacheHit.inc()
      return
    }
    // The front pinned the client's address already (with TRUST_PROXY); it is the one hop to believe.
    const address = pinClientAddress(request, behindFront ? (cameThroughFront(request.headers) ? 1 : 0) : hops)
    const group = routeGroup(request.url)
    response.setHeader('X-Request-Id', requestId)
    response.once('finish', () => {
      const seconds = (performance.now() - started) / 1000
      const status = response.statusCode
      measured.requests.inc({ group, status })
      measured.latency.observe({ group }, seconds)
      if (logPolicy.all || status >= 500 || seconds * 1000 >= logPolicy.slowMs) {
        const level = status >= 500 ? 'error' : seconds * 1000 >= logPolicy.slowMs ? 'warn' : 'info'
        logLine(level, 'request', { requestId, method: request.method, route: group, status, durationMs: Math.round(seconds * 1000) })
      }
    })
    if (group === 'metrics' && isMetricsRequest(request)) return answerMetrics(request, response, address)
    const moved = request.method === 'GET' || request.method === 'HEAD' ? redirectFor(request.url ?? '/') : undefined
    if (moved) {
      for (const [name, value] of headers) response.setHeader(name, value)
      response.writeHead(301, { Location: moved, 'Cache-Control': 'public, max-age=300' })
      response.end()
      return
    }
    if (key) cacheMiss.inc()
    for (const [name, value] of isDocumentFile(request) ? fileHeaders : headers) response.setHeader(name, value)
    if (applySignInLimit(limiter, request, response, address)) {
      measured.signInRefusals.inc()
      return
    }
    if (refuseOversizedUpload(request, response) || refuseBadUploadQuery(request, response)) return
    if (key) pages!.record(key, response)
    const toNext = () => {
      // After the recorder, so that the page cache keeps the page as it was sent.
      if (leanPages && mayLeanPage(request)) leanResponse(request, response)
      limitSharedCaching(response)
      if (takeQuestionForm(request, response, address, () => handle(request, response))) return
      return handle(request, response)
    }
    if (searches?.answer(request, response, toNext)) return
    return toNext()
  }
}

/** Starts Next behind the pipeline and serves until SIGTERM or Ctrl+C, then finishes cleanly. */
export async function startServer({ dev, port = Number(process.env.PORT ?? 3000), hostname }: ServerOptions): Promise<void> {
  setSingleton('Server', { dev })
  if (!dev) refuseWithoutSecret()
  // As `next start` and `next dev` do; set before Next is loaded, since it reads NODE_ENV as it loads.
  Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' })
  const { default: next } = await import('next')
  // Not HOSTNAME: Docker sets it to the container's name, which would bind one interface only.
  const listenOn = hostname ?? process.env.LISTEN_HOST ?? '0.0.0.0'
  const app = next({ dev, dir: process.cwd(), hostname: listenOn, port })
  const handle = app.getRequestHandler()
  await app.prepare()

  // In development pages change as they are edited: no page is kept in memory, and each keeps React's
  // runtime (hot reload).
  const server = createServer(
    portalPipeline(handle, { pageCache: !dev && process.env.PAGE_CACHE !== 'off', leanPages: !dev && process.env.LEAN_PAGES !== 'off' }),
  )
  // Next's dev server talks to the browser over a WebSocket (hot reload).
  if (dev) {
    const upgrade = app.getUpgradeHandler()
    server.on('upgrade', (request, socket, head) => void upgrade(request, socket, head))
  }
  server.on('error', (error) => {
    console.error(`Không mở được cổng ${port}: ${error.message}`)
    process.exit(1)
  })
  if (behindFront) {
    // Only the front (on this machine) is meant to reach this port. It keeps its connections open for the
    // next request; its agent lets one go a second before the timeout announced here, never as it is reused.
    server.keepAliveTimeout = 60_000
    server.listen(0, '127.0.0.1', () => tellFrontListening((server.address() as AddressInfo).port))
  } else server.listen(port, listenOn, () => console.log(`Máy chủ đang nghe ở cổng ${port}.`))

  let stopping: Promise<void> | undefined
  /** Stops taking requests, lets those under way finish (up to 5 s), writes the last counts, then exits. */
  const stopOnce = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    server.closeIdleConnections()
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000).unref())])
    await runShutdownTasks()
    process.exit(0)
  }
  // Ctrl+C under `npm start` arrives twice (from the terminal and forwarded): one shutdown only.
  const shutDown = () => void (stopping ??= stopOnce())
  process.on('SIGTERM', shutDown)
  process.on('SIGINT', shutDown)
  onFrontStop(shutDown)
}

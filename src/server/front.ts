// The front of a production server: the thread that holds the port. It answers a page the page cache holds
// by itself, and hands every other request to Next's thread behind it, on a loopback port of its own.
//
// Why a thread of its own: in the thread Next runs in, every request pays for what Next installs there
// (async context hooks on every callback, its wrapper around nextTick, a heap that Next's rendering keeps
// busy). A cached page then cost about 1.6 times the CPU a bare node:http server spends sending the same
// bytes; here it costs what the page cache itself costs. Measured in the README (Performance, 3 December).
//
// What each side does:
// - the front: request ids; the client's address (TRUST_PROXY), pinned into X-Forwarded-For before Next's
//   thread sees the request; the page cache's hits and their count; the 404 page's address from outside;
//   a page past its time asked of Next's thread once, while readers are still sent the one it holds;
// - Next's thread (./index.ts, the whole pipeline as before): everything else, filling the page cache
//   (pages go to the front, which holds the only copy) and emptying it on every content change, in that order;
//   it trusts X-Forwarded-For only on a request that carries the front's token (random, made at each start,
//   never sent to a client), so a local program that reaches its port directly is taken for what it is.
// A hit is counted in the front; /api/metrics (Next's thread) adds the front's counts to its own.
import { randomBytes } from 'node:crypto'
import { Agent, createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import { SHARE_ENV } from 'node:worker_threads'

import { HitTally } from '@/operations/hitTally'
import { routeGroup } from '@/operations/routeGroup'

import { pinClientAddress, trustedProxyHops } from './clientAddress'
import { isOversizedUpload, refuseOversizedUpload } from './documentFiles'
import { type BackData, FRONT_HEADER, type ToBack, type ToFront } from './frontLink'
import { notFoundPageFromOutside } from './leanPages'
import { type Entry, PageCache } from './pageCache'
import { nextRequestId, validRequestId } from './requestIds'
import { securityHeaders } from './securityHeaders'
import { startThread } from './threads'

/** Headers of one connection (RFC 9110 §7.6.1), never passed from one hop to the next. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade'])

/** How long the rest of a body no one will read is taken and dropped after the answer, before the connection closes. */
const LINGER_MS = 2000

/** How long a page past its time may take to render again before the front gives up on that render. */
const REFRESH_TIMEOUT_MS = 30_000

/** A page as it arrives from Next's thread: its bodies as plain byte arrays. */
function received(entry: Entry): Entry {
  for (const variant of Object.values(entry.variants)) {
    const bytes = variant.body as Uint8Array
    variant.body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }
  return entry
}

/**
 * Starts Next's thread, listens on `port` once it answers, and serves until SIGTERM or Ctrl+C. `script` is the
 * file this process runs, started again as Next's thread.
 */
export async function startFront({ port, hostname, script }: { port: number; hostname: string; script: string }): Promise<void> {
  const frontToken = randomBytes(24).toString('base64url')
  const back = startThread(script, {
    env: SHARE_ENV,
    workerData: { portalBack: true, frontToken } satisfies BackData,
    execArgv: [],
    // The process's flags (SERVE_ARGS) cap the old generation of each thread at 384 MB and give the front a
    // young generation of 4 MB a half, enough for its few objects a request (with 1 MB, scavenged four
    // times as often, the floor rows came out 0.74 against 0.79-0.82). Next's thread, whose renders allocate
    // megabytes, has 24 MB (8 MB a half): with the front's 1 MB, which it had by mistake until 3 December,
    // sixteen readers searching at once were served about 10 % fewer a second; V8's usual 48 MB gave no more
    // than 24 and took 25-30 MB more memory (README, Performance, 3 December, evening).
    youngGenerationMb: 24,
  })
  const pages = new PageCache(Date.now, undefined, (path) => renderAgain(path))
  const tally = new HitTally()
  const send = (message: ToBack) => back.postMessage(message)
  let listening: (port: number) => void
  const backPort = new Promise<number>((resolve) => (listening = resolve))
  back.on('message', (message: ToFront) => {
    if (message.type === 'page') pages.put(message.path, message.search, received(message.entry))
    else if (message.type === 'clear') pages.clear()
    else if (message.type === 'countsWanted') send({ type: 'counts', id: message.id, counts: tally.counts() })
    else if (message.type === 'listening') listening(message.port)
  })
  let stopping = false
  back.on('exit', (code) => {
    // Next's thread ends only when asked to, or when it cannot go on (no secret, a database it cannot open):
    // the process ends with it, with its code (never 0 for an end no one asked for).
    process.exit(stopping ? code : code || 1)
  })
  back.on('error', (error) => console.error(error))

  const hops = trustedProxyHops()
  const headers = Object.entries(securityHeaders())
  // Kept open between requests: a miss costs one local hop, not a new connection.
  const agent = new Agent({ keepAlive: true, maxSockets: 256 })

  /**
   * Hands the request to Next's thread and its answer back to the client, both streamed. `again`: a request
   * without a body, sent a second time after a kept-open connection to Next's thread failed under it.
   */
  const toBack = (request: IncomingMessage, response: ServerResponse, again = false) => {
    const given: Record<string, string | string[]> = {}
    for (const [name, value] of Object.entries(request.headers)) {
      // The front answered any Expect: 100-continue itself already.
      if (value !== undefined && !HOP_BY_HOP.has(name) && name !== 'expect') given[name] = value
    }
    given[FRONT_HEADER] = frontToken
    let upstream
    try {
      upstream = httpRequest({
        host: '127.0.0.1',
        port: nextPort,
        agent: again ? false : agent,
        method: request.method,
        path: request.url,
        headers: given,
      })
    } catch {
      // An address Node cannot send on (its parser let it through): the client's mistake.
      return unavailable(response, 400, 'Yêu cầu không hợp lệ.')
    }
    const hasBody = request.headers['content-length'] !== undefined || request.headers['transfer-encoding'] !== undefined
    upstream.on('response', (answer) => {
      const raw: string[] = []
      for (let index = 0; index < answer.rawHeaders.length; index += 2) {
        if (!HOP_BY_HOP.has(answer.rawHeaders[index].toLowerCase())) raw.push(answer.rawHeaders[index], answer.rawHeaders[index + 1])
      }
      // A body refused (Payload's 413 for an upload over the limit, a 4xx before reading it): Next's thread
      // may stop reading it and cut the connection once it has answered, with the answer's own headers
      // saying it stays open. The next request sent on it failed with a 502; it is not used again.
      if (hasBody && (answer.statusCode ?? 500) >= 400) upstream.shouldKeepAlive = false
      // Next's thread answered before the client had sent the whole body: the rest goes nowhere. The client
      // is told its connection closes after the answer; what it still sends is read and dropped for a
      // moment, so that it reads the answer (closing on unread bytes resets the connection, which can lose
      // the answer on the way), then the connection closes whatever it still sends.
      if (!request.complete) {
        raw.push('Connection', 'close')
        request.unpipe(upstream)
        request.resume()
        upstream.shouldKeepAlive = false
        response.once('finish', () => setTimeout(() => request.destroy(), LINGER_MS).unref())
      }
      response.writeHead(answer.statusCode ?? 502, answer.statusMessage, raw)
      answer.pipe(response)
      answer.on('error', () => response.destroy())
    })
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      // Next's thread cut the connection after its whole answer was sent on (a refused body): nothing lost.
      if (response.writableFinished) return
      // A kept-open connection that Next's thread had closed as it was reused (Node's documented case for
      // `reusedSocket`): a request without a body is sent once more, on a connection of its own.
      if (upstream.reusedSocket && !hasBody && !again && !response.headersSent && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) {
        return toBack(request, response, true)
      }
      if (!response.headersSent) unavailable(response, 502, 'Máy chủ tạm thời không trả lời. Vui lòng thử lại sau giây lát.')
      else response.destroy()
    })
    // A client that goes away takes its request at Next's thread with it.
    response.on('close', () => {
      if (!response.writableFinished) upstream.destroy()
    })
    if (hasBody) request.pipe(upstream)
    else upstream.end()
  }

  /**
   * Asks Next's thread for a page past its time, as a reader without cookies would (a public page does not
   * depend on the Host it is asked under: it is kept by its path alone): Next's thread stores the new page and
   * sends it here as it stores any. Resolves with the status (0: no answer within REFRESH_TIMEOUT_MS).
   */
  const renderAgain = (path: string) =>
    new Promise<number>((resolve) => {
      const upstream = httpRequest({
        host: '127.0.0.1',
        port: nextPort,
        agent,
        method: 'GET',
        path,
        timeout: REFRESH_TIMEOUT_MS,
        headers: {
          'accept-encoding': 'gzip',
          'x-request-id': nextRequestId(),
          [FRONT_HEADER]: frontToken,
        },
      })
      upstream.on('response', (answer) => {
        answer.on('end', () => resolve(answer.statusCode ?? 0))
        answer.on('error', () => resolve(0))
        answer.resume()
      })
      upstream.on('timeout', () => upstream.destroy())
      upstream.on('error', () => resolve(0))
      upstream.end()
    })

  /** The site's security headers, on an answer the front makes itself rather than Next's thread. */
  const withSiteHeaders = (response: ServerResponse) => {
    for (const [name, value] of headers) response.setHeader(name, value)
  }

  const unavailable = (response: ServerResponse, status: number, message: string) => {
    withSiteHeaders(response)
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
    response.end(message)
  }

  const server = createServer((request, response) => {
    const started = performance.now()
    notFoundPageFromOutside(request)
    // A hit reads only the headers it depends on, from Node's raw list (./pageCache.ts).
    const key = pages.keyOf(request)
    const requestId = validRequestId(key ? key.requestId : request.headers['x-request-id']) ?? nextRequestId()
    const hit = key ? pages.serve(key, response, requestId) : null
    if (hit) {
      tally.count(hit.group, hit.status, (performance.now() - started) / 1000)
      return
    }
    // An upload declared over the limit is refused here, before a byte of its body is read or passed on
    // (Next's thread would refuse it as well, but the front would then be writing the body to a closed
    // connection as the refusal came back).
    if (isOversizedUpload(request)) {
      withSiteHeaders(response)
      response.setHeader('X-Request-Id', requestId)
      refuseOversizedUpload(request, response)
      tally.count(routeGroup(request.url), 413, (performance.now() - started) / 1000)
      return
    }
    request.headers['x-request-id'] = requestId
    pinClientAddress(request, hops)
    toBack(request, response)
  })
  // A client that sends its request and closes its side (HTTP/1.0 tools, `printf … | nc`) still gets the
  // answer, and the connection closes after it. Node's default ends the socket at once, which cut every
  // answer the front waits for from Next's thread. (`httpAllowHalfOpen` is the http server's own switch
  // for this since Node 0.x, set by its constructor; @types/node does not list it.)
  ;(server as typeof server & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true
  server.on('error', (error) => {
    console.error(`Không mở được cổng ${port}: ${error.message}`)
    process.exit(1)
  })

  const nextPort = await backPort
  server.listen(port, hostname, () => console.log(`Máy chủ đang nghe ở cổng ${port}.`))

  /** Stops taking requests, lets those under way finish (up to 5 s), then lets Next's thread finish its own. */
  const stopOnce = async () => {
    stopping = true
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    server.closeIdleConnections()
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000).unref())])
    agent.destroy()
    send({ type: 'stop' })
    // Next's thread exits after its last writes (the counters); the 'exit' handler above ends the process.
    setTimeout(() => process.exit(0), 10_000).unref()
  }
  let stop: Promise<void> | undefined
  const shutDown = () => void (stop ??= stopOnce())
  process.on('SIGTERM', shutDown)
  process.on('SIGINT', shutDown)
}

// A page asked of this same server over loopback, through the whole pipeline (and the page cache), for
// the server's own use: the 404 page sent in place of Next's blank one (./leanPages.ts), the search page's
// frame (./searchPages.ts).
import { createHash, randomBytes } from 'node:crypto'
import { get as httpGet, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'

/** Marks the server's request to itself, so that its answer is never itself replaced. */
export const INNER_REQUEST = 'x-portal-inner'

/** Without PAYLOAD_SECRET (development), a value of this process's own. */
const PROCESS_TOKEN = randomBytes(18).toString('base64url')
let memo: { secret: string | undefined; token: string } | undefined

/**
 * The header's value: derived from PAYLOAD_SECRET, so that every server of the portal (and a test holding the
 * secret) knows it and no one outside can send it. Any value was taken before: a reader who sent
 * `x-portal-inner: 1` had each search rendered by Next (ten times the server's work for the same page), and
 * was sent the page's bare 404 document, or the 404 page with a 200.
 */
export function innerRequestToken(secret = process.env.PAYLOAD_SECRET): string {
  if (!memo || memo.secret !== secret) {
    const token = secret ? createHash('sha256').update(`portal inner request\0${secret}`).digest('base64url').slice(0, 32) : PROCESS_TOKEN
    memo = { secret, token }
  }
  return memo.token
}

/** The request is this server's own (askSelf), not a reader's. */
export const isInnerRequest = (request: IncomingMessage): boolean => request.headers[INNER_REQUEST] === innerRequestToken()

export type SelfAnswer = { status: number; headers: IncomingHttpHeaders; body: Buffer }

/** `path` asked of the server that `response` is being sent from, uncompressed; null when it cannot answer. */
export function askSelf(response: ServerResponse, path: string, host: string | undefined): Promise<SelfAnswer | null> {
  const socket = response.socket
  if (!socket?.localPort) return Promise.resolve(null)
  const address = (socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/, '')
  return new Promise((resolve) => {
    const inner = httpGet(
      {
        host: address,
        port: socket.localPort,
        path,
        headers: { [INNER_REQUEST]: innerRequestToken(), host: host ?? address, 'accept-encoding': 'identity' },
      },
      (answer) => {
        const chunks: Buffer[] = []
        answer.on('data', (chunk: Buffer) => chunks.push(chunk))
        answer.on('end', () => resolve({ status: answer.statusCode ?? 0, headers: answer.headers, body: Buffer.concat(chunks) }))
        answer.on('error', () => resolve(null))
      },
    )
    inner.on('error', () => resolve(null))
    inner.setTimeout(10_000, () => inner.destroy())
  })
}

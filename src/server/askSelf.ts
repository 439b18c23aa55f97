// A page asked of this same server over loopback, through the whole pipeline (and the page cache), for
// the server's own use: the 404 page sent in place of Next's blank one (./leanPages.ts), the search page's
// frame (./searchPages.ts).
import { get as httpGet, type IncomingHttpHeaders, type ServerResponse } from 'node:http'

/** Marks the server's request to itself, so that its answer is never itself replaced. */
export const INNER_REQUEST = 'x-portal-inner'

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
        headers: { [INNER_REQUEST]: '1', host: host ?? address, 'accept-encoding': 'identity' },
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

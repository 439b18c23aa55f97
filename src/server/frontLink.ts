// A production server is two threads: the front (./front.ts), which holds the port and answers the page
// cache's hits, and Next's thread behind it (./index.ts), which answers everything else. This is what they
// tell each other, and Next's side of it.
import { parentPort, workerData } from 'node:worker_threads'

import type { HitCounts } from '@/operations/hitTally'

import type { Entry, PageSink } from './pageCache'

/** What Next's thread is started with: the token that marks the front's requests to it. */
export type BackData = { portalBack: true; frontToken: string }

/** The header the front marks its requests with (and strips from anyone else's). */
export const FRONT_HEADER = 'x-portal-front'

/** Next's thread to the front. */
export type ToFront =
  | { type: 'listening'; port: number }
  | { type: 'page'; path: string; search: boolean; entry: Entry }
  | { type: 'clear' }
  | { type: 'countsWanted'; id: number }
/** The front to Next's thread. */
export type ToBack = { type: 'stop' } | { type: 'counts'; id: number; counts: HitCounts }

const data = workerData as Partial<BackData> | null
const port = data?.portalBack ? parentPort : null
const send = (message: ToFront) => port!.postMessage(message)

/** Next's thread behind a front: the front's token. Null when this thread serves the port itself. */
export const behindFront = port ? { token: data!.frontToken } : null

/**
 * Whether a request came through the front (which then pinned the client's address into X-Forwarded-For).
 * The mark is removed either way, so Next never sees it. Anyone else reaching this thread's loopback port
 * directly is taken for who the socket says they are.
 */
export function cameThroughFront(headers: Record<string, string | string[] | undefined>): boolean {
  const mark = headers[FRONT_HEADER]
  if (mark === undefined) return false
  delete headers[FRONT_HEADER]
  return mark === behindFront?.token
}

/**
 * A page's bodies, each as bytes of its own, handed over to the front rather than copied: this thread keeps no
 * page, and a copy made for the message would only wait here for the next garbage collection.
 */
function handOver(entry: Entry): ArrayBuffer[] {
  const moved: ArrayBuffer[] = []
  for (const variant of Object.values(entry.variants)) {
    const { body } = variant
    // A small Buffer is a slice of Node's shared pool, which must never move: such a body is copied first
    // into bytes of its own (a view of a new ArrayBuffer; Buffer.from(bytes) would land in the pool again).
    const own =
      body.byteOffset === 0 && body.byteLength === body.buffer.byteLength ? (body.buffer as ArrayBuffer) : new Uint8Array(body).buffer
    variant.body = Buffer.from(own)
    if (!moved.includes(own)) moved.push(own)
  }
  return moved
}

/** Pages go to the front, which answers the hits and holds the only copy. */
export const frontSink: PageSink | undefined = port
  ? {
      put: (path, search, entry) => port.postMessage({ type: 'page', path, search, entry } satisfies ToFront, handOver(entry)),
      clear: () => send({ type: 'clear' }),
    }
  : undefined

export function tellFrontListening(listeningOn: number): void {
  if (port) send({ type: 'listening', port: listeningOn })
}

let asked = 0
const waiting = new Map<number, (counts: HitCounts) => void>()
port?.on('message', (message: ToBack) => {
  if (message.type === 'counts') {
    waiting.get(message.id)?.(message.counts)
    waiting.delete(message.id)
  } else if (message.type === 'stop') stopWanted?.()
})
let stopWanted: (() => void) | undefined

/** Calls `stop` when the front asks this thread to finish (the front itself got SIGTERM or Ctrl+C). */
export function onFrontStop(stop: () => void): void {
  stopWanted = stop
}

/** The hits the front has answered since it started (empty without a front, or if it does not answer in 2 s). */
export function frontHitCounts(): Promise<HitCounts> {
  if (!port) return Promise.resolve([])
  const id = ++asked
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(id)
      resolve([])
    }, 2000)
    waiting.set(id, (counts) => {
      clearTimeout(timer)
      resolve(counts)
    })
    send({ type: 'countsWanted', id })
  })
}

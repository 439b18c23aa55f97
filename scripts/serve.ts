// Serves the built portal: Next's request handler behind a plain Node server, so that three things happen
// before Next sees a request. The client's address is pinned (TRUST_PROXY says how many proxies to believe);
// sign-in, forgot-password and first-register are braked per address (src/security/signInLimit.ts); and a
// public page already rendered is answered from memory (src/serving/pageCache.ts; PAGE_CACHE=off to skip).
import { createServer } from 'node:http'

import { addressGroup, pinClientAddress, trustedProxyHops } from '@/security/clientAddress'
import { applySignInLimit, getSignInLimiter } from '@/security/signInLimit'
import { installPageCache, PageCache } from '@/serving/pageCache'
import { runShutdownTasks } from '@/serving/shutdown'

// As `next start` does; set before Next is loaded, since it reads NODE_ENV as it loads.
Object.assign(process.env, { NODE_ENV: 'production' })
const { default: next } = await import('next')

const port = Number(process.env.PORT ?? 3000)
// Not HOSTNAME: Docker sets it to the container's name, which would bind one interface only.
const hostname = process.env.LISTEN_HOST ?? '0.0.0.0'
const app = next({ dev: false, dir: process.cwd(), hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const limiter = getSignInLimiter()
const hops = trustedProxyHops()
const pages = process.env.PAGE_CACHE === 'off' ? null : new PageCache()
if (pages) installPageCache(pages)

const server = createServer((request, response) => {
  const address = pinClientAddress(request, hops)
  if (applySignInLimit(limiter, request, response, addressGroup(address))) return
  const key = pages?.keyOf(request)
  if (key) {
    if (pages!.serve(key, response)) return
    pages!.record(key, response)
  }
  void handle(request, response)
})
server.on('error', (error) => {
  console.error(`Không mở được cổng ${port}: ${error.message}`)
  process.exit(1)
})
server.listen(port, hostname, () => console.log(`Máy chủ đang nghe ở cổng ${port}.`))

let stopping: Promise<void> | undefined

/** Stops taking requests, lets those under way finish (up to 5 s), writes the last counts, then exits. */
function shutDown(): Promise<void> {
  // Ctrl+C under `npm start` arrives twice (from the terminal and forwarded): one shutdown only.
  stopping ??= stopOnce()
  return stopping
}

async function stopOnce(): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  server.closeIdleConnections()
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000).unref())])
  await runShutdownTasks()
  process.exit(0)
}
process.on('SIGTERM', () => void shutDown())
process.on('SIGINT', () => void shutDown())

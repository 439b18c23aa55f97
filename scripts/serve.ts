// `npm run serve` (and `npm start`, the tests, the bench): the built portal behind its request pipeline (src/server).
// With the page cache on (the default), the process is two threads: the front, which holds the port and
// answers cached pages (src/server/front.ts), and Next's thread, this same script started again behind it.
// FRONT=off (or PAGE_CACHE=off) serves everything from one thread, as before the front.
import { isMainThread } from 'node:worker_threads'

if (isMainThread && process.env.PAGE_CACHE !== 'off' && process.env.FRONT !== 'off') {
  const [{ startFront }, { refuseWithoutSecret }] = await Promise.all([import('@/server/front'), import('@/server/secretCheck')])
  refuseWithoutSecret()
  // The bundle scripts/run.mjs made of this script, started again as Next's thread.
  const script = (globalThis as { __portalScriptFile?: string }).__portalScriptFile
  if (!script) throw new Error('scripts/serve.ts runs through scripts/run.mjs')
  await startFront({ port: Number(process.env.PORT ?? 3000), hostname: process.env.LISTEN_HOST ?? '0.0.0.0', script })
} else {
  const { startServer } = await import('@/server')
  await startServer({ dev: false })
}

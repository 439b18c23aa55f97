// GET /api/metrics, answered by the server pipeline before Next: Prometheus text, for the data centre's
// scraper only. With METRICS_TOKEN set it takes `Authorization: Bearer <token>`; without, only a client on
// this machine (the address the pipeline pinned, so a proxy in front does not make everyone local).
import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { type Metric, Registry } from 'prom-client'

import { behindFront, frontHitCounts } from '@/server/frontLink'

import { withFrontHits } from './hitTally'
import { metrics } from './metrics'

export const METRICS_PATH = '/api/metrics'

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** 0 when the scraper may read; otherwise the status to refuse with. */
export function metricsRefusal(authorization: string | undefined, address: string, token = process.env.METRICS_TOKEN): 0 | 401 | 403 {
  if (!token) return LOOPBACK.has(address) ? 0 : 403
  const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1]
  if (!given) return 401
  return sameSecret(given, token) ? 0 : 403
}

export function isMetricsRequest(request: IncomingMessage): boolean {
  const url = request.url ?? ''
  return url === METRICS_PATH || url.startsWith(`${METRICS_PATH}?`)
}

export async function answerMetrics(request: IncomingMessage, response: ServerResponse, address: string): Promise<void> {
  const json = (status: number, message: string, extra: Record<string, string> = {}) => {
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...extra })
    response.end(JSON.stringify({ errors: [{ message }] }))
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return json(405, 'Chỉ nhận GET.', { Allow: 'GET, HEAD' })
  const refusal = metricsRefusal(request.headers.authorization, address)
  if (refusal === 401) return json(401, 'Cần mã truy cập số liệu (Authorization: Bearer ...).', { 'WWW-Authenticate': 'Bearer' })
  if (refusal === 403) return json(403, 'Không có quyền đọc số liệu vận hành.')
  const { registry } = metrics()
  const body = behindFront ? await withFront(registry) : await registry.metrics()
  response.writeHead(200, { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' })
  response.end(request.method === 'HEAD' ? undefined : body)
}

/** Behind the front (src/server/front.ts): this thread's figures with the hits the front answered added in. */
async function withFront(registry: Registry): Promise<string> {
  const merged = withFrontHits(await registry.getMetricsAsJSON(), await frontHitCounts())
  const out = new Registry()
  for (const metric of merged) out.registerMetric({ ...metric, get: async () => metric } as unknown as Metric)
  return out.metrics()
}

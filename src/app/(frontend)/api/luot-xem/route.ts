// POST /api/luot-xem: the beacon a public page sends once it is read. Counts the visit (and the
// article's view) by the rules in docs/counting-rules.md and answers with the fresh figures.
// Other methods get Next's 405; bad bodies a 4xx; nothing here touches the cached page.
import type { NextRequest } from 'next/server'

import { counterSettings, getCounter } from '@/analytics'
import { refuseNonReader } from '@/analytics/filter'
import { vnDay } from '@/analytics/time'
import { currentStaff } from '@/news/preview'
import { metrics } from '@/operations/metrics'
import { pinnedAddress } from '@/server/clientAddress'

const MAX_BODY_BYTES = 512
const BROWSER_ID = /^[A-Za-z0-9_-]{16,64}$/
const NO_STORE = { 'Cache-Control': 'no-store' }

const answer = (body: object, status = 200) => Response.json(body, { status, headers: NO_STORE })
const refuse = (status: number, message: string) => {
  metrics().beacons.inc({ result: status === 413 ? 'too-large' : status === 404 ? 'unknown-article' : 'invalid' })
  return answer({ message }, status)
}

type Beacon = { visitorId?: string; articleId?: number }

function parseBeacon(text: string): Beacon | null {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null
  const { visitorId, articleId } = body as Record<string, unknown>
  if (visitorId !== undefined && (typeof visitorId !== 'string' || !BROWSER_ID.test(visitorId))) return null
  if (articleId !== undefined && (!Number.isSafeInteger(articleId) || (articleId as number) < 1)) return null
  return { visitorId: visitorId as string | undefined, articleId: articleId as number | undefined }
}

const isSignedInStaff = async (request: NextRequest): Promise<boolean> =>
  request.cookies.has('payload-token') && (await currentStaff(request.headers)) !== null

export async function POST(request: NextRequest): Promise<Response> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > MAX_BODY_BYTES) return refuse(413, 'Yêu cầu quá lớn.')
  const text = await request.text()
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return refuse(413, 'Yêu cầu quá lớn.')
  const beacon = parseBeacon(text)
  if (!beacon) return refuse(400, 'Yêu cầu không hợp lệ.')

  const counter = await getCounter()
  const article = beacon.articleId ? await counter.articles.publishedArticle(beacon.articleId) : null
  if (beacon.articleId && !article) return refuse(404, 'Không có bài viết này.')

  const settings = await counterSettings()
  const notReader = refuseNonReader(request.headers)
  const skip = notReader !== null || (!settings.countStaff && (await isSignedInStaff(request)))
  let counted = false
  if (!skip) {
    const visitor = await counter.visitorKey(vnDay(Date.now()), {
      browserId: beacon.visitorId,
      ip: pinnedAddress(request.headers),
      userAgent: request.headers.get('user-agent') ?? '',
    })
    counted = await counter.record(visitor, article?.id)
  }
  metrics().beacons.inc({ result: counted ? 'counted' : notReader !== null ? 'not-reader' : skip ? 'staff' : 'repeat' })
  return answer({ counted, ...(await counter.figures(settings.startingTotal, article ?? undefined)) })
}

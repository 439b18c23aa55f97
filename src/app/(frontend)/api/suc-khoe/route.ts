import configPromise from '@payload-config'
import { getPayload } from 'payload'

import { getCounter } from '@/analytics'

/**
 * GET /api/suc-khoe: for a monitor. 200 when the database answers, 503 when it does not; with the time
 * of the counters' last write (in the database, from any server process) and how long ago that was.
 */
export async function GET(): Promise<Response> {
  const headers = { 'Cache-Control': 'no-store' }
  try {
    const payload = await getPayload({ config: configPromise })
    await payload.count({ collection: 'articles' })
    const lastFlushAt = await (await getCounter()).reports.lastFlushAt()
    return Response.json(
      {
        status: 'ok',
        database: 'ok',
        counters: {
          lastFlushAt,
          secondsSinceFlush: lastFlushAt ? Math.round((Date.now() - Date.parse(lastFlushAt)) / 1000) : null,
        },
      },
      { headers },
    )
  } catch (error) {
    return Response.json({ status: 'error', database: 'unreachable', message: String(error) }, { status: 503, headers })
  }
}

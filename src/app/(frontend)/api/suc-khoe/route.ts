import configPromise from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { getCounter } from '@/analytics'

const DATABASE_DOWN = 'Kiểm tra sức khoẻ (/api/suc-khoe): cơ sở dữ liệu không trả lời.'

/**
 * GET /api/suc-khoe: for a monitor. 200 when the database answers, 503 when it does not; with the time
 * of the counters' last write (in the database, from any server process) and how long ago that was.
 */
export async function GET(): Promise<Response> {
  const headers = { 'Cache-Control': 'no-store' }
  let payload: Payload | undefined
  try {
    payload = await getPayload({ config: configPromise })
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
    // The error names the database's host, user or file: it goes to the server's log, and the caller (anyone
    // on the internet) gets the state alone.
    if (payload) payload.logger.error({ err: error, msg: DATABASE_DOWN })
    else console.error(DATABASE_DOWN, error)
    return Response.json({ status: 'error', database: 'unreachable' }, { status: 503, headers })
  }
}

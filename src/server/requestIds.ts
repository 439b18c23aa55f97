// Request ids (X-Request-Id): one per request, kept from a proxy in front so that its log and ours meet.
import { randomUUID } from 'node:crypto'

/** This thread's ids: a random prefix and a counter (unique, and cheaper than a UUID per request). */
const REQUEST_ID_PREFIX = randomUUID().slice(0, 8)
let requestCount = 0
export const nextRequestId = (): string => `${REQUEST_ID_PREFIX}-${(++requestCount).toString(36)}`

/** A proxy's id, when it is one we may repeat in our logs and answers; anything else is replaced. */
export const validRequestId = (given: string | string[] | undefined): string | undefined =>
  typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : undefined

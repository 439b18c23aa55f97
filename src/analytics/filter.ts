// Which requests are a person reading a page (docs/counting-rules.md): not bots, prefetches, previews,
// nor requests without a user agent.
import { isbot } from 'isbot'

export type Refusal = 'no-user-agent' | 'bot' | 'prefetch'

export function refuseNonReader(headers: Headers): Refusal | null {
  const userAgent = headers.get('user-agent')?.trim()
  if (!userAgent) return 'no-user-agent'
  if (isbot(userAgent)) return 'bot'
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-purpose') ?? ''}`
  if (/prefetch|prerender|preview/i.test(purpose) || headers.has('next-router-prefetch')) return 'prefetch'
  return null
}

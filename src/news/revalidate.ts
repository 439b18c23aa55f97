import { revalidateTag } from 'next/cache'

/**
 * Expires cache tags at once: the next reader gets fresh content, never the stale page
 * (an unpublished article must not linger). Outside a Next server (seeds, scripts, tests that did not
 * set `disableRevalidate`) there is no cache to expire, and Next says so by throwing: skip quietly.
 */
export function expireTags(tags: string[]): void {
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
  } catch (error) {
    if (error instanceof Error && error.message.includes('static generation store missing')) return
    throw error
  }
}

import { revalidateTag } from 'next/cache'

/**
 * Expires cache tags at once: the next reader gets fresh content, never the stale page
 * (an unpublished article must not linger). Outside a Next server there is no cache to expire.
 */
export function expireTags(tags: string[]): void {
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
}

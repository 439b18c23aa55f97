import type { CollectionAfterReadHook } from 'payload'

import { siteUrl } from '@/env'

type Sized = { url?: string | null; thumbnailURL?: string | null; sizes?: Record<string, { url?: string | null } | undefined> | null }

/**
 * Payload writes a file's URL with SITE_URL's origin in front. Pages opened under any other name (an IP
 * address, "www.", a proxy's host) would then load every picture from that origin, which the site's own
 * policy (img-src 'self') refuses: the pictures vanish. URLs of this site's files are given from the root,
 * so they follow whatever host the page came from; feeds, sitemaps and share tags add the origin themselves.
 */
export const rootRelativeUrls: CollectionAfterReadHook = ({ doc }) => {
  const origin = siteUrl()
  const relative = (url: string | null | undefined) => (url?.startsWith(`${origin}/`) ? url.slice(origin.length) : url)
  const media = doc as Sized
  if (media.url) media.url = relative(media.url)
  if (media.thumbnailURL) media.thumbnailURL = relative(media.thumbnailURL)
  for (const size of Object.values(media.sizes ?? {})) if (size?.url) size.url = relative(size.url)
  return doc
}

// What public pages tell caches in front of the server (a data centre's reverse proxy, a CDN).
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'

/**
 * Next marks a prerendered page `s-maxage=31536000`: a proxy that honours it would serve an unpublished or
 * corrected article for a year, whatever this server knows. Shared caches may keep a page one minute,
 * and serve it one more minute while they fetch it again: a correction reaches every reader within two
 * minutes, and a proxy still takes the load of a busy article off the server. Browsers always ask again
 * (max-age=0); the server answers from its own memory.
 */
export const SHARED_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=60'

export const forSharedCaches = (value: unknown) => (typeof value === 'string' && /s-maxage/i.test(value) ? SHARED_CACHE_CONTROL : value)

/** Rewrites Next's long shared-cache lifetimes on this response, however Next sets the header. */
export function limitSharedCaching(response: ServerResponse): void {
  const { setHeader, writeHead } = response
  response.setHeader = ((name: string, value: number | string | readonly string[]) =>
    setHeader.call(response, name, name.toLowerCase() === 'cache-control' ? (forSharedCaches(value) as string) : value)) as typeof setHeader
  response.writeHead = ((code: number, ...rest: unknown[]) => {
    for (const arg of rest) {
      if (arg && typeof arg === 'object' && !Array.isArray(arg)) {
        const headers = arg as OutgoingHttpHeaders
        for (const key of Object.keys(headers))
          if (key.toLowerCase() === 'cache-control') headers[key] = forSharedCaches(headers[key]) as string
      }
    }
    return writeHead.apply(response, [code, ...rest] as Parameters<typeof writeHead>)
  }) as typeof writeHead
}

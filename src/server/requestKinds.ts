// What kind of request this is, as the page cache (./pageCache.ts) and the lean pages (./leanPages.ts) both
// need to know it: one definition, so that the two never disagree on what is a reader's page.

/** Draft mode and preview cookies: the page may be a live preview, refreshed by React. */
const PREVIEW_COOKIES = ['__prerender_bypass', '__next_preview_data', '__next_draft_data'] as const

const cookieTest = (names: readonly string[]) => new RegExp(`(?:^|;)\\s*(?:${names.join('|')})=`)

/** A draft-mode or preview cookie is on the request. */
export const PREVIEW_COOKIE = cookieTest(PREVIEW_COOKIES)

/**
 * Cookies that make a page someone's own: Payload's session (staff), and the preview cookies. Any other
 * cookie (analytics such as Google's `_ga`, a consent banner's, the admin's language) does not change a
 * public page.
 */
export const PERSONAL_COOKIE = cookieTest(['payload-token', ...PREVIEW_COOKIES])

/** Paths that are not a reader's page: the API, the admin, Next's files, and previews. */
export const NOT_PUBLIC_PAGE = /^\/(api|admin|_next|xem-truoc|thoat-xem-truoc)([/?]|$)/

type Headers = Record<string, string | string[] | undefined>

/** Next's client router asks for a page's data (or runs a server action) with these: never a whole page. */
export function isRouterDataRequest(headers: Headers): boolean {
  return Boolean(headers.rsc || headers['next-router-state-tree'] || headers['next-router-prefetch'] || headers['next-action'])
}

/** A chunk given to `response.write` or `response.end`, as bytes (nothing for a callback or no chunk). */
export function chunkBytes(chunk: unknown, encoding: unknown): Buffer | null {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return null
  return typeof chunk === 'string'
    ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
    : Buffer.from(chunk as Uint8Array)
}

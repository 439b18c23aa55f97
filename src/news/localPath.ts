/**
 * A redirect target on this site only, as path + query; null for anything that would leave it.
 * Parsing as a URL (rather than checking for a leading "/") catches "//evil" and "/\evil" alike.
 */
export function localPath(target: string | null, origin: string): string | null {
  if (!target) return null
  try {
    const url = new URL(target, origin)
    return url.origin === new URL(origin).origin ? `${url.pathname}${url.search}` : null
  } catch {
    return null
  }
}

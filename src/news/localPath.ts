/**
 * A redirect target on this site only, as path + query; null for anything that would leave it.
 * Parsing as a URL (rather than checking for a leading "/") catches "//evil" and "/\evil" alike; the
 * result is checked again because the parser also turns "/.//evil", "/x/..//evil" or a tab inside "//"
 * into a path that itself starts with "//", which a browser reads as another host.
 */
export function localPath(target: string | null, origin: string): string | null {
  if (!target || /[\u0000-\u001f\u007f\\]/.test(target)) return null
  try {
    const url = new URL(target, origin)
    if (url.origin !== new URL(origin).origin) return null
    const path = `${url.pathname}${url.search}`
    return path.startsWith('/') && !path.startsWith('//') ? path : null
  } catch {
    return null
  }
}

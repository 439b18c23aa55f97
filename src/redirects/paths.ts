// How an old address is written down, the same way when a redirect is saved and when a request is looked up.

/**
 * The path and query of an old URL or path, e.g. "https://old.example/tin-tuc/a.html?x=1" → "/tin-tuc/a.html?x=1".
 * Percent-escapes are made uniform and a trailing slash dropped, so "/a/" and "/a" are one address.
 * Anything that is not a URL or a site path gives undefined.
 */
export function oldPathOf(urlOrPath: string): string | undefined {
  const text = urlOrPath.trim()
  if (!text || /[\u0000-\u001f\u007f]/.test(text)) return undefined
  let url: URL
  try {
    url = new URL(text, 'http://old.invalid')
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  let pathname = url.pathname
  try {
    pathname = encodeURI(decodeURI(pathname))
  } catch {
    // A malformed escape stays as written: it can still be matched as the browser sends it.
  }
  if (pathname.length > 1) pathname = pathname.replace(/\/+$/, '')
  return pathname + url.search
}

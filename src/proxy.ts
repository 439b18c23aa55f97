import { type NextRequest, NextResponse } from 'next/server'

import { apiQueryProblem } from '@/utilities/apiQuery'

const LANGUAGE_COOKIE = 'payload-lng'
const MAX_JSON_BYTES = 2 * 1024 * 1024
const MAX_JSON_DEPTH = 64

const refuse = (status: number, message: string) =>
  NextResponse.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/** How deeply arrays and objects nest in a JSON text, counted without parsing (strings skipped). */
function nestingDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth)
    else if (char === '}' || char === ']') depth--
  }
  return deepest
}

/**
 * JSON sent to the API is checked before Payload sees it: Payload answers malformed or absurdly deep
 * JSON with a 500. Here it gets a 4xx with a Vietnamese message, and nothing reaches the data.
 */
async function checkJsonBody(request: NextRequest): Promise<NextResponse | null> {
  if (!['POST', 'PUT', 'PATCH'].includes(request.method)) return null
  if (!request.headers.get('content-type')?.includes('application/json')) return null
  if (Number(request.headers.get('content-length') ?? 0) > MAX_JSON_BYTES) return refuse(413, 'Dữ liệu gửi lên quá lớn.')
  const text = await request.clone().text()
  if (text.length > MAX_JSON_BYTES) return refuse(413, 'Dữ liệu gửi lên quá lớn.')
  if (!text.trim()) return null
  if (nestingDepth(text) > MAX_JSON_DEPTH) return refuse(400, 'Dữ liệu gửi lên lồng nhau quá sâu.')
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return refuse(400, 'Dữ liệu gửi lên không phải JSON hợp lệ.')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return refuse(400, 'Dữ liệu gửi lên phải là một đối tượng JSON.')
  }
  return null
}

/** The query's `where`, `page`, `limit` and `depth` as Payload can read them (src/utilities/apiQuery.ts). */
function checkPaging(request: NextRequest): NextResponse | null {
  const problem = apiQueryProblem(request.nextUrl.searchParams)
  return problem ? refuse(400, problem) : null
}

/**
 * The admin opens in Vietnamese whatever the browser's language: Payload would otherwise follow
 * Accept-Language. Staff who pick English in their account settings get a cookie that wins.
 */
function vietnameseAdmin(request: NextRequest): NextResponse {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'vi')
  const response = NextResponse.next({ request })
  response.cookies.set(LANGUAGE_COOKIE, 'vi', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/')) {
    // The beacon reads and checks its own small body (512 bytes): reading it here too doubled the work
    // on the busiest route.
    if (request.nextUrl.pathname === '/api/luot-xem') return NextResponse.next()
    return checkPaging(request) ?? (await checkJsonBody(request)) ?? NextResponse.next()
  }
  return vietnameseAdmin(request)
}

/**
 * Uploads (multipart bodies) do not pass through here. For every request it runs on, Next first copies the body
 * for this function and keeps only its first 10 MB (`proxyClientMaxBodySize`) for the route as well: a document
 * of 10 to 20 MB reached Payload cut short, which answered 500 ("Unexpected end of form"). Payload reads an
 * upload itself and refuses one over the limit with 413 (payload.config.ts, `upload.limits`); this function
 * only ever checks JSON bodies, and the server checks an upload's address the same way
 * (src/server/documentFiles.ts). Next reads this object as written (literals only) and compares the header
 * case-sensitively, as clients send it.
 */
export const config = {
  matcher: ['/admin/:path*', { source: '/api/:path*', missing: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }] }],
}

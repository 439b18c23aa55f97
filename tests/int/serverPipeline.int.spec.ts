// The portal's request pipeline (src/server) on a real HTTP server, with a stand-in for Next behind it:
// what every way of serving the portal does before Next sees a request.
import { type IncomingMessage, type ServerResponse } from 'node:http'

import { describe, expect, it } from 'vitest'

import { portalPipeline } from '@/server'
import { securityHeaders } from '@/server/securityHeaders'
import { SHARED_CACHE_CONTROL } from '@/server/sharedCaches'

import { serveForTests } from '../helpers/loopbackServer'

let renders = 0

/** Stands in for Next: a prerendered page, as Next marks it for shared caches. */
function next(request: IncomingMessage, response: ServerResponse): void {
  renders++
  response.setHeader('Cache-Control', 's-maxage=31536000')
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
  response.end(`<p>lần ${renders}</p>`)
}

const served = serveForTests(portalPipeline(next))

const get = (path: string, headers: Record<string, string> = {}) => fetch(served.baseUrl + path, { headers })

describe('every answer', () => {
  it('carries the security headers', async () => {
    const response = await get('/tin-tuc/mot-bai')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
  })

  it('gets HSTS and upgrade-insecure-requests from SITE_URL when the server starts, not when the site was built', () => {
    expect(securityHeaders(false, true)['Strict-Transport-Security']).toBeUndefined()
    const https = securityHeaders(true, true)
    expect(https['Strict-Transport-Security']).toMatch(/max-age=31536000/)
    expect(https['Content-Security-Policy']).toContain('upgrade-insecure-requests')
  })

  it('tells shared caches in front to keep a public page one minute, not a year', async () => {
    const response = await get('/tin-tuc/bai-cho-proxy')
    expect(response.headers.get('cache-control')).toBe(SHARED_CACHE_CONTROL)
    const cached = await get('/tin-tuc/bai-cho-proxy')
    expect(cached.headers.get('x-portal-cache')).toBe('HIT')
    expect(cached.headers.get('cache-control')).toBe(SHARED_CACHE_CONTROL)
  })
})

describe('returning readers', () => {
  it('with analytics or consent cookies are served the cached page', async () => {
    const cookie = '_ga=GA1.1.123456789.1700000000; _ga_ABC=GS1.1.1700000000.1.0.1700000000.0.0.0; cookie_consent=yes'
    await get('/tin-tuc/bai-co-cookie')
    const response = await get('/tin-tuc/bai-co-cookie', { cookie })
    expect(response.headers.get('x-portal-cache')).toBe('HIT')
  })

  it('signed in, in preview or with a token, never are', async () => {
    await get('/tin-tuc/bai-cua-can-bo')
    const personal: Array<Record<string, string>> = [
      { cookie: '_ga=GA1.1.1.1; payload-token=abc' },
      { cookie: 'payload-token=abc' },
      { cookie: '__prerender_bypass=1' },
      { cookie: '_ga=1;__next_preview_data=x' },
      { authorization: 'JWT abc' },
    ]
    for (const headers of personal) {
      expect((await get('/tin-tuc/bai-cua-can-bo', headers)).headers.get('x-portal-cache'), JSON.stringify(headers)).toBeNull()
    }
  })
})

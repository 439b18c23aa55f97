// Payload's own REST client (@payloadcms/sdk), as an outside integrator would use it, talking to the
// portal's real REST handlers (the ones Next serves) with the portal's request checks (src/proxy.ts) in
// front: Payload's documented way of testing REST without a build. Each client has its own address.
import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { PayloadSDK } from '@payloadcms/sdk'
import { NextRequest } from 'next/server'

import type { Config } from '@/payload-types'
import { proxy } from '@/proxy'

const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
  PUT: REST_PUT(config),
}
type Method = keyof typeof handlers

export type PortalSDK = PayloadSDK<Config>

let clients = 0

/** A REST client from its own address; with a token, signed in (as `Authorization: JWT …`). */
export function outsideClient(token?: string): PortalSDK {
  const address = `198.51.100.${(++clients % 250) + 1}`
  return new PayloadSDK<Config>({
    baseURL: 'http://localhost:3000/api',
    baseInit: { headers: { 'X-Forwarded-For': address, ...(token ? { Authorization: `JWT ${token}` } : {}) } },
    fetch: (async (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(String(input))
      const request = new NextRequest(url, init as ConstructorParameters<typeof NextRequest>[1])
      const checked = await proxy(request)
      if (!checked.headers.get('x-middleware-next')) return checked
      const slug = url.pathname
        .replace(/^\/api\//, '')
        .split('/')
        .map(decodeURIComponent)
      return handlers[(init?.method ?? 'GET').toUpperCase() as Method](request, { params: Promise.resolve({ slug }) })
    }) as typeof fetch,
  })
}

export { refusal } from './refusal'

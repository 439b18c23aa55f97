// A request listener (the portal's pipeline in front of a stand-in for Next, most often) on a real HTTP
// server at a free loopback port: started before the file's (or the describe block's) tests, closed after.
import { createServer, type RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll } from 'vitest'

export function serveForTests(listener: RequestListener): { readonly baseUrl: string } {
  const server = createServer(listener)
  let baseUrl = ''
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return {
    get baseUrl() {
      return baseUrl
    },
  }
}

// The server's pipeline refuses a document upload declaring more than 20 MB before reading its body, and lets
// the site's own pages frame a document's file (the PDF preview) while every other answer stays unframeable.
import { createServer, request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DOCUMENT_TOO_LARGE, MAX_DOCUMENT_BYTES } from '@/documents/checkFile'
import { portalPipeline } from '@/server'

let bodyBytesSeenByNext = 0
const server = createServer(
  portalPipeline(
    (request, response) => {
      request.on('data', (chunk: Buffer) => (bodyBytesSeenByNext += chunk.length))
      request.on('end', () => response.end('ok'))
    },
    { pageCache: false },
  ),
)
let port = 0
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => server.close())

function send(path: string, method: string, headers: Record<string, string>, body?: Buffer) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (response) => {
      let text = ''
      response.on('data', (chunk) => (text += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }))
    })
    req.on('error', reject)
    // Only the first bytes of what is declared: an answer that waited for the whole body would never come.
    if (body) req.write(body)
    else req.end()
  })
}

describe('document uploads and files in the pipeline', () => {
  it('refuses an upload declaring over 20 MB at once, with the Vietnamese message, without reading it', async () => {
    const answer = await send(
      '/api/documents',
      'POST',
      { 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(MAX_DOCUMENT_BYTES * 2) },
      Buffer.alloc(64 * 1024, 1),
    )
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.text)).toEqual({ errors: [{ message: DOCUMENT_TOO_LARGE }] })
    expect(bodyBytesSeenByNext).toBe(0)
  })

  it('lets an upload within the limit through', async () => {
    const answer = await send('/api/documents', 'POST', { 'Content-Length': '5' }, Buffer.from('hello'))
    expect(answer.status).toBe(200)
  })

  it("lets the site's own pages frame a document's file, and nothing else", async () => {
    const file = await send('/api/documents/file/quyet-dinh.pdf', 'GET', {})
    expect(file.headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(file.headers['content-security-policy']).toContain("frame-ancestors 'self'")
    const page = await send('/van-ban', 'GET', {})
    expect(page.headers['x-frame-options']).toBe('DENY')
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'")
  })
})

// Two exceptions the pipeline makes for documents (văn bản):
// - an upload whose declared size is over the limit is refused at once, before a byte of its body is read
//   (Payload's own limit stops reading at 20 MB too, for bodies that do not declare their size);
// - an upload's address is checked as the proxy checks every other API request's (src/proxy.ts), since uploads
//   do not pass through the proxy;
// - a document's file may be framed by this site's own pages (the PDF preview on /van-ban/<slug>), so
//   its answers say frame-ancestors 'self' and SAMEORIGIN instead of 'none' and DENY, and let the browser's PDF
//   viewer run on them.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { DOCUMENT_TOO_LARGE, MAX_DOCUMENT_BYTES } from '@/documents/limits'
import { DOCUMENT_FILES_PATH } from '@/documents/serveFile'
import { apiQueryProblem } from '@/utilities/apiQuery'

/** Room for the multipart envelope and the metadata (`_payload`) beside the file. */
const ENVELOPE_BYTES = 256 * 1024

/** An upload to the API whose declared size is over the limit. */
export function isOversizedUpload(request: IncomingMessage): boolean {
  if (request.method !== 'POST' && request.method !== 'PATCH') return false
  if (!request.url?.startsWith('/api/')) return false
  const declared = Number(request.headers['content-length'])
  return Number.isFinite(declared) && declared > MAX_DOCUMENT_BYTES + ENVELOPE_BYTES
}

/** Refuses a request in the API's own form without reading its body: the connection closes once the answer is out. */
function refuseUnread(request: IncomingMessage, response: ServerResponse, status: number, message: string, headers: OutgoingHttpHeaders) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers, Connection: 'close' })
  response.end(JSON.stringify({ errors: [{ message }] }))
  response.once('finish', () => request.destroy())
  return true
}

export function refuseOversizedUpload(request: IncomingMessage, response: ServerResponse): boolean {
  return isOversizedUpload(request) && refuseUnread(request, response, 413, DOCUMENT_TOO_LARGE, {})
}

/** An upload to the API whose query Payload would answer with a 500 (a `where` that is not JSON): 400 instead. */
export function refuseBadUploadQuery(request: IncomingMessage, response: ServerResponse): boolean {
  const url = request.url ?? ''
  const query = url.indexOf('?')
  if (query < 0 || !url.startsWith('/api/') || !/^multipart\/form-data/i.test(request.headers['content-type'] ?? '')) return false
  const problem = apiQueryProblem(new URLSearchParams(url.slice(query + 1)))
  return problem !== null && refuseUnread(request, response, 400, problem, { 'Cache-Control': 'no-store' })
}

export const isDocumentFile = (request: IncomingMessage): boolean => Boolean(request.url?.startsWith(DOCUMENT_FILES_PATH))

/** The site's security headers, relaxed for a document's file so that the site's own pages may frame it. */
export function documentFileHeaders(headers: Array<[string, string]>): Array<[string, string]> {
  return headers.map(([name, value]): [string, string] => {
    if (name === 'X-Frame-Options') return [name, 'SAMEORIGIN']
    // Chromium shows a PDF through its viewer plugin, which `object-src 'none'` on the PDF's own answer would block.
    if (name === 'Content-Security-Policy') {
      return [name, value.replace("frame-ancestors 'none'", "frame-ancestors 'self'").replace("object-src 'none'", "object-src 'self'")]
    }
    return [name, value]
  })
}

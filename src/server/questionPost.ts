// The Hỏi đáp form without JavaScript: a plain `POST /hoi-dap` (application/x-www-form-urlencoded). Next
// renders a page for such a POST as if it were a GET and never reads the body (it is not a Server Action), so
// the server reads it here, bounded, and hands it to the page that takes it (src/app/(frontend)/hoi-dap/gui)
// under a one-time token; that page stores the question and says what status the answer carries (200 with the
// confirmation, 400 with the form and its errors, 429 when the address has asked too often), applied here to
// the response Next writes. With JavaScript the form goes through a Server Action instead, which Next guards.
//
// No cookie is involved, so there is no session to ride; what a cross-site form could still do is make
// visitors' browsers post questions from their own addresses, around the per-address limit. A browser says
// where a form came from (Origin, Sec-Fetch-Site): a post from another site is refused with 403.
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { SubmissionResult } from '@/questions/submission'

import { singleton } from './state'

export const QUESTION_FORM_PATH = '/hoi-dap'
/** Where Next renders the outcome of a plain POST (never linked; a GET there goes back to the form). */
export const QUESTION_OUTCOME_PATH = '/hoi-dap/gui'
/** The header carrying the token to the page; a client's own copy is removed from every request. */
export const QUESTION_TOKEN_HEADER = 'x-portal-question'
/** A question of 5,000 Vietnamese letters, percent-encoded, is some 45 KB; past this the post is refused. */
export const MAX_FORM_BYTES = 128 * 1024
/** Posts waiting for their page at once; a flood beyond this is refused with 503 rather than kept. */
const MAX_PENDING = 1000

export type QuestionPost = {
  fields: URLSearchParams
  address: string
  /** The status the page chose for its answer. */
  status: number
  /** Set by the page: the outcome, computed once however often the page renders. */
  outcome?: Promise<SubmissionResult>
}

export const questionPosts = (): Map<string, QuestionPost> => singleton('QuestionPosts', () => new Map<string, QuestionPost>())

/** The page's side: the post behind this request's token, while its response is under way. */
export function takeQuestionPost(token: string | null | undefined): QuestionPost | undefined {
  if (!token) return undefined
  return questionPosts().get(token)
}

function refuse(response: ServerResponse, status: number, message: string): void {
  response.statusCode = status
  response.setHeader('Content-Type', 'text/html; charset=utf-8')
  response.setHeader('Cache-Control', 'no-store')
  response.end(
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Hỏi đáp</title></head><body><main><h1>Không gửi được câu hỏi</h1><p>${message}</p><p><a href="${QUESTION_FORM_PATH}">Quay lại trang Hỏi đáp</a></p></main></body></html>`,
  )
}

/** True when a browser says the form was sent from another site. */
function crossSite(request: IncomingMessage): boolean {
  const site = request.headers['sec-fetch-site']
  if (site === 'cross-site') return true
  const origin = request.headers.origin
  if (!origin || origin === 'null') return origin === 'null'
  try {
    return new URL(origin).host !== request.headers.host
  } catch {
    return true
  }
}

/**
 * Takes a plain POST to /hoi-dap: false when the request is not one (it goes to Next unchanged). Otherwise the
 * request is answered here (403, 413, 503) or, once its body is read, passed to `next` as a GET of the
 * outcome page with the token, the outcome's status applied to whatever Next writes.
 */
export function takeQuestionForm(request: IncomingMessage, response: ServerResponse, address: string, next: () => unknown): boolean {
  delete request.headers[QUESTION_TOKEN_HEADER]
  if (request.method !== 'POST') return false
  const path = (request.url ?? '').split('?')[0]
  if (path !== QUESTION_FORM_PATH && path !== `${QUESTION_FORM_PATH}/`) return false
  // Server Actions (the form with JavaScript) carry Next-Action and are Next's to take.
  if (request.headers['next-action']) return false
  const type = String(request.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase()
  if (type !== 'application/x-www-form-urlencoded') return false

  if (crossSite(request)) {
    refuse(response, 403, 'Câu hỏi phải được gửi từ chính trang Hỏi đáp của Cổng thông tin.')
    return true
  }
  if (Number(request.headers['content-length'] ?? 0) > MAX_FORM_BYTES) {
    refuse(response, 413, 'Nội dung gửi lên quá dài. Câu hỏi tối đa 5.000 ký tự.')
    request.resume()
    return true
  }
  const pending = questionPosts()
  if (pending.size >= MAX_PENDING) {
    refuse(response, 503, 'Hệ thống đang bận. Vui lòng gửi lại sau ít phút.')
    request.resume()
    return true
  }

  const chunks: Buffer[] = []
  let size = 0
  let refused = false
  request.on('data', (chunk: Buffer) => {
    size += chunk.length
    if (size > MAX_FORM_BYTES && !refused) {
      refused = true
      refuse(response, 413, 'Nội dung gửi lên quá dài. Câu hỏi tối đa 5.000 ký tự.')
    }
    if (!refused) chunks.push(chunk)
  })
  request.on('error', () => {
    if (!response.headersSent) refuse(response, 400, 'Không đọc được nội dung gửi lên.')
  })
  request.on('end', () => {
    if (refused) return
    const token = randomBytes(18).toString('base64url')
    const post: QuestionPost = { fields: new URLSearchParams(Buffer.concat(chunks).toString('utf8')), address, status: 200 }
    pending.set(token, post)
    response.on('close', () => pending.delete(token))
    // Next renders the outcome page; the status it chose goes out instead of Next's 200, and no cache keeps
    // an answer to one person's post.
    const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse
    response.writeHead = ((status: number, ...rest: unknown[]) => {
      for (const arg of rest) {
        if (arg && typeof arg === 'object' && !Array.isArray(arg)) {
          for (const key of Object.keys(arg)) if (key.toLowerCase() === 'cache-control') delete (arg as Record<string, unknown>)[key]
        }
      }
      response.setHeader('Cache-Control', 'private, no-store')
      return writeHead(status === 200 ? post.status : status, ...rest)
    }) as unknown as ServerResponse['writeHead']
    request.method = 'GET'
    request.url = QUESTION_OUTCOME_PATH
    request.headers[QUESTION_TOKEN_HEADER] = token
    delete request.headers['content-type']
    delete request.headers['content-length']
    next()
  })
  return true
}

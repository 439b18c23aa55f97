// The plain form POST to /hoi-dap (no JavaScript) on a real HTTP server through the portal's pipeline, with a
// stand-in for Next behind it: the body is read and bounded by the server, handed to the outcome page under a
// one-time token, and the status that page chooses is the one the browser gets.
import { type IncomingMessage, type ServerResponse } from 'node:http'

import { describe, expect, it } from 'vitest'

import { portalPipeline } from '@/server'
import { QUESTION_OUTCOME_PATH, QUESTION_TOKEN_HEADER, questionPosts, takeQuestionPost } from '@/server/questionPost'

import { serveForTests } from '../helpers/loopbackServer'

type Seen = { method?: string; url?: string; token?: string; fields?: Record<string, string>; address?: string }
let seen: Seen = {}

/** Stands in for Next: the outcome page refuses a question without consent with 400, as the real page does. */
function next(request: IncomingMessage, response: ServerResponse): void {
  const token = request.headers[QUESTION_TOKEN_HEADER] as string | undefined
  const post = takeQuestionPost(token)
  seen = { method: request.method, url: request.url, token, fields: post && Object.fromEntries(post.fields), address: post?.address }
  if (post) post.status = post.fields.get('consent') ? 200 : 400
  response.setHeader('Cache-Control', 's-maxage=31536000')
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
  response.end('<p>trang</p>')
}

const served = serveForTests(portalPipeline(next, { pageCache: false }))

const form = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${served.baseUrl}/hoi-dap`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields),
  })

const question = { name: 'Hà Thị Thu', contact: 'thu@example.vn', subject: 'Nâng lương', question: 'Khi nào được nâng lương trước hạn?' }

describe('a plain POST to /hoi-dap', () => {
  it('reaches the outcome page as a GET with its fields and the client’s address, and carries that page’s status', async () => {
    const accepted = await form({ ...question, consent: 'yes', website: '' }, { origin: served.baseUrl })
    expect(accepted.status).toBe(200)
    expect(seen).toMatchObject({ method: 'GET', url: QUESTION_OUTCOME_PATH, address: '127.0.0.1' })
    expect(seen.fields).toEqual({ ...question, consent: 'yes', website: '' })
    // Never kept by a cache in front: it answers one person's post.
    expect(accepted.headers.get('cache-control')).toBe('private, no-store')

    const refused = await form(question)
    expect(refused.status).toBe(400)
    expect(await refused.text()).toBe('<p>trang</p>')
    // The token lives only while its answer is under way.
    expect(questionPosts().size).toBe(0)
  })

  it('is refused from another site, and when too large', async () => {
    seen = {}
    const foreign = await form({ ...question, consent: 'yes' }, { origin: 'https://spam.example' })
    expect(foreign.status).toBe(403)
    expect(await foreign.text()).toContain('Câu hỏi phải được gửi từ chính trang Hỏi đáp')
    expect((await form({ ...question, consent: 'yes' }, { 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect(seen).toEqual({})

    const huge = await form({ ...question, consent: 'yes', question: 'ư'.repeat(50_000) })
    expect(huge.status).toBe(413)
    expect(await huge.text()).toContain('Nội dung gửi lên quá dài')
    expect(seen).toEqual({})
  })

  it('leaves Next’s own requests alone, and no client can slip in a token', async () => {
    await fetch(`${served.baseUrl}/hoi-dap`, { headers: { [QUESTION_TOKEN_HEADER]: 'doan-mo' } })
    expect(seen).toMatchObject({ method: 'GET', url: '/hoi-dap', token: undefined })
    await fetch(`${served.baseUrl}/hoi-dap`, {
      method: 'POST',
      headers: { 'next-action': 'abc', 'content-type': 'text/plain' },
      body: '[]',
    })
    expect(seen).toMatchObject({ method: 'POST', url: '/hoi-dap', token: undefined })
  })
})

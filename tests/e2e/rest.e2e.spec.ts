// Payload's own REST client against the production build, as a news aggregator would use it: the
// integration tests (tests/int/rest.int.spec.ts) cover the rules; this checks what only the built server
// shows, such as refusals reaching the client with their real message.
import { PayloadSDK } from '@payloadcms/sdk'
import { expect, test } from '@playwright/test'

import type { Config } from '@/payload-types'

import { refusal } from '../helpers/refusal'

const sdk = new PayloadSDK<Config>({ baseURL: `http://localhost:${process.env.E2E_PORT ?? 3100}/api` })

test('a reader reads published news by id and by slug, without naming a limit', async () => {
  const { docs } = await sdk.find({ collection: 'articles', sort: '-publishedAt', depth: 0 })
  expect(docs.length).toBeGreaterThan(0)
  const first = docs[0]
  const byId = await sdk.findByID({ collection: 'articles', id: first.id })
  expect(byId.title).toBe(first.title)
  const bySlug = await sdk.find({ collection: 'articles', where: { slug: { equals: first.slug } } })
  expect(bySlug.totalDocs).toBe(1)
  expect((await sdk.count({ collection: 'articles' })).totalDocs).toBeGreaterThan(0)
})

test('refusals carry their real message in Vietnamese, never "An unknown error occurred"', async () => {
  // Each call is made only when it is awaited: a refusal made early would go unhandled.
  const cases = [
    [() => sdk.find({ collection: 'articles', where: { summary: { like: 'qzxq' } } }), 400, /Không lọc được theo "summary"/],
    [() => sdk.find({ collection: 'articles', sort: 'summary' }), 400, /Không sắp xếp được theo "summary"/],
    [() => sdk.find({ collection: 'articles', limit: 1000 }), 400, /Tham số "limit" phải từ 1 đến 20/],
    [() => sdk.find({ collection: 'media' }), 403, /không có quyền/],
  ] as const
  for (const [call, status, message] of cases) {
    const refused = await refusal(call())
    expect(refused.status).toBe(status)
    expect(refused.message).toMatch(message)
  }
})

test('Payload’s own refusals keep their message too (forgot-password with an email that is not text)', async ({ request }) => {
  const response = await request.post('/api/users/forgot-password', { data: { email: ['a'] } })
  expect(response.status()).toBe(400)
  expect((await response.json()).errors[0].message).not.toMatch(/unknown error/i)
})

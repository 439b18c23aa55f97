// Bad input anywhere in REST gets a 4xx, leaves the data as it was, and the server keeps serving.
import { expect, test } from '@playwright/test'

import { adminToken, authHeader, createArticle, deleteArticles } from '../helpers/api'

test('malformed, oversized, deep or unknown input: 4xx, data unchanged, server up', async ({ request }) => {
  const token = await adminToken(request)
  const auth = authHeader(token)
  const article = await createArticle(request, token, { title: 'Bài không được hỏng', status: 'published' })
  // Sent as text: a browser-side serializer cannot even hold a value this deep.
  const deep = `{"title":"Sâu","body":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`
  const json = { ...auth, 'content-type': 'application/json' }
  const attempts: Array<[string, () => Promise<{ status(): number }>]> = [
    ['malformed JSON', () => request.patch(`/api/articles/${article.id}`, { headers: json, data: '{"title": ' })],
    [
      'wrong types',
      () =>
        request.patch(`/api/articles/${article.id}`, {
          headers: auth,
          data: { title: { nested: true }, publishedAt: 'hôm qua', legacyViews: 'nhiều' },
        }),
    ],
    ['10 MB body', () => request.patch(`/api/articles/${article.id}`, { headers: auth, data: { title: 'x'.repeat(10 * 1024 * 1024) } })],
    ['deep nesting', () => request.patch(`/api/articles/${article.id}`, { headers: json, data: deep })],
    ['unknown fields only', () => request.patch(`/api/articles/${article.id}`, { headers: auth, data: { khongCo: 1, _status: 'sai' } })],
    ['huge limit', () => request.get('/api/articles?limit=1000000000')],
    ['everything in one page', () => request.get('/api/articles?limit=0')],
    ['huge depth', () => request.get(`/api/articles/${article.id}?depth=100000`)],
    ['negative page', () => request.get('/api/articles?page=-5&limit=-1')],
    ['bad where', () => request.get('/api/articles?where[title][khong_ton_tai]=1')],
  ]
  const statuses: Record<string, number> = {}
  try {
    for (const [name, send] of attempts) statuses[name] = (await send()).status()
    expect(Object.entries(statuses).filter(([, status]) => status >= 500)).toEqual([])
    expect([statuses['huge limit'], statuses['everything in one page'], statuses['unknown fields only']]).toEqual([400, 400, 400])
    const after = await request.get(`/api/articles/${article.id}?depth=0`, { headers: auth })
    expect(after.status()).toBe(200)
    expect((await after.json()).title).toBe('Bài không được hỏng')
    expect((await request.get('/')).status()).toBe(200)
  } finally {
    await deleteArticles(request, token, [article.id])
  }
  console.log('REST bad input statuses:', JSON.stringify(statuses))
})

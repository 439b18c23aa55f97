// Talks to the running site's REST API as the e2e admin, so content changes go through the server's
// own hooks (and its cache revalidation) exactly as an editor's would.
import type { APIRequestContext } from '@playwright/test'

import type { Article } from '@/payload-types'
import { richTextFrom } from '@/utilities/lexical'

export const e2eAdmin = {
  email: process.env.ADMIN_EMAIL ?? '',
  password: process.env.ADMIN_PASSWORD ?? '',
}

/** The e2e admin's token, from the server at `origin` (the test's own base URL when empty). */
export async function adminToken(request: APIRequestContext, origin = ''): Promise<string> {
  const response = await request.post(`${origin}/api/users/login`, { data: e2eAdmin })
  if (!response.ok()) throw new Error(`Admin login failed: ${response.status()} ${await response.text()}`)
  const { token } = (await response.json()) as { token: string }
  return token
}

export const authHeader = (token: string) => ({ Authorization: `JWT ${token}` })

export async function createArticle(
  request: APIRequestContext,
  token: string,
  data: { title: string; status: 'draft' | 'published'; publishedAt?: string },
): Promise<Article> {
  const response = await request.post(`/api/articles${data.status === 'draft' ? '?draft=true' : ''}`, {
    headers: authHeader(token),
    data: {
      title: data.title,
      body: richTextFrom([`Nội dung thử nghiệm của bài “${data.title}”.`]),
      publishedAt: data.publishedAt,
      _status: data.status,
    },
  })
  if (!response.ok()) throw new Error(`Create failed: ${response.status()} ${await response.text()}`)
  return ((await response.json()) as { doc: Article }).doc
}

export async function deleteArticles(request: APIRequestContext, token: string, ids: number[]): Promise<void> {
  for (const id of ids) {
    await request.delete(`/api/articles/${id}`, { headers: authHeader(token) })
  }
}

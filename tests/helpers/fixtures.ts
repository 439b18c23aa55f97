// Fixtures for integration tests: users of each role and articles, created directly on the test's own database.
import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import type { Article, User } from '@/payload-types'
import { richTextFrom } from '@/utilities/lexical'

export const TEST_PASSWORD = 'mat-khau-thu-nghiem-du-dai'
const context = { disableRevalidate: true }

export async function seedUser(payload: Payload, role: Role, name = `Người dùng ${role}`): Promise<User> {
  return payload.create({
    collection: 'users',
    data: { email: `${role}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.vn`, password: TEST_PASSWORD, name, role },
    overrideAccess: true,
    context,
  })
}

export async function seedArticle(
  payload: Payload,
  data: Partial<Article> & { title: string },
  status: 'draft' | 'published' = 'published',
): Promise<Article> {
  return payload.create({
    collection: 'articles',
    data: { body: richTextFrom([`Nội dung của bài ${data.title}.`]), ...data, _status: status },
    draft: status === 'draft',
    overrideAccess: true,
    context,
  })
}

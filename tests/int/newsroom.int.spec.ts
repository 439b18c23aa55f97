// The newsroom workflow on the Local API: versions, scheduled publishing, review, and bad input.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { AUTHOR_CANNOT_PUBLISH } from '@/collections/Articles/hooks/preventAuthorPublish'
import type { User } from '@/payload-types'
import { richTextFrom } from '@/utilities/lexical'

import { seedArticle, seedUser } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
let editor: User
let author: User

const bodyText = (doc: { body: unknown }) => JSON.stringify(doc.body)

beforeAll(async () => {
  payload = await testPayload()
  editor = await seedUser(payload, 'editor')
  author = await seedUser(payload, 'author')
})

function schedule(id: number, user: User, waitUntil: Date) {
  return payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'articles', value: id },
      user: { relationTo: 'users', value: user.id },
    },
    waitUntil,
  })
}

describe('versions', () => {
  it('restoring an old version brings back its body', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Bài có nhiều phiên bản', body: richTextFrom(['Nội dung ban đầu.']), _status: 'published' },
      user: editor,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { body: richTextFrom(['Nội dung đã sửa sai.']), _status: 'published' },
      user: editor,
    })
    const versions = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: article.id } },
      sort: 'createdAt',
    })
    const original = versions.docs.find((version) => bodyText(version.version).includes('Nội dung ban đầu.'))
    expect(original).toBeDefined()

    await payload.restoreVersion({ collection: 'articles', id: String(original!.id), user: editor })
    const restored = await payload.findByID({ collection: 'articles', id: article.id, draft: true })
    expect(bodyText(restored)).toContain('Nội dung ban đầu.')
    expect(bodyText(restored)).not.toContain('Nội dung đã sửa sai.')
  })
})

describe('scheduled publishing', () => {
  it('publishes when the job runs at its time, and not before', async () => {
    const draft = await seedArticle(payload, { title: 'Bài hẹn giờ đăng' }, 'draft')
    await schedule(draft.id, editor, new Date(Date.now() + 60 * 60 * 1000))
    await payload.jobs.run()
    expect((await payload.findByID({ collection: 'articles', id: draft.id, draft: true }))._status).toBe('draft')

    const dueDraft = await seedArticle(payload, { title: 'Bài đến giờ đăng' }, 'draft')
    // A time already past publishes at the next run of the queue.
    await schedule(dueDraft.id, editor, new Date(Date.now() - 1000))
    await payload.jobs.run()
    const published = await payload.findByID({ collection: 'articles', id: dueDraft.id })
    expect(published._status).toBe('published')
    expect(published.publishedAt).toBeTruthy()
  })

  it("does not publish an author's schedule: the job runs with the author's rights", async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { title: 'Tác giả hẹn giờ', body: richTextFrom(['Nháp.']) },
      draft: true,
      user: author,
      overrideAccess: false,
    })
    const job = await schedule(draft.id, author, new Date(Date.now() - 1000))
    // The refusal is logged as a failed job; keep the test output readable.
    const level = payload.logger.level
    payload.logger.level = 'silent'
    try {
      await payload.jobs.run()
    } finally {
      payload.logger.level = level
    }
    expect((await payload.findByID({ collection: 'articles', id: draft.id, draft: true }))._status).toBe('draft')
    const ran = await payload.findByID({ collection: 'payload-jobs', id: job.id })
    expect(ran.hasError).toBe(true)
    expect(JSON.stringify(ran.log)).toContain(AUTHOR_CANNOT_PUBLISH)
  })
})

describe('review', () => {
  it('an author submits a draft; publishing it settles the review', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { title: 'Bài gửi duyệt', body: richTextFrom(['Nháp chờ duyệt.']), review: 'submitted' },
      draft: true,
      user: author,
      overrideAccess: false,
    })
    const waiting = await payload.find({
      collection: 'articles',
      where: { review: { equals: 'submitted' } },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(waiting.docs.map((doc) => doc.id)).toContain(draft.id)

    await expect(
      payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' }, user: author, overrideAccess: false }),
    ).rejects.toThrow(AUTHOR_CANNOT_PUBLISH)
    const published = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    expect(published.review).toBe('approved')
  })
})

describe('bad input', () => {
  it('a second article with the same title gets its own address', async () => {
    const first = await seedArticle(payload, { title: 'Thông báo tuyển dụng công chức' })
    const second = await seedArticle(payload, { title: 'Thông báo tuyển dụng công chức' })
    const third = await seedArticle(payload, { title: 'Thông báo tuyển dụng công chức', slug: first.slug })
    expect(first.slug).toBe('thong-bao-tuyen-dung-cong-chuc')
    expect(second.slug).toBe('thong-bao-tuyen-dung-cong-chuc-2')
    expect(third.slug).toBe('thong-bao-tuyen-dung-cong-chuc-3')
  })

  it('deleting a category leaves its articles readable, uncategorised', async () => {
    const category = await payload.create({ collection: 'categories', data: { name: 'Chuyên mục tạm' } })
    const article = await seedArticle(payload, { title: 'Bài trong chuyên mục sắp xoá', category: category.id })
    await payload.delete({ collection: 'categories', id: category.id })
    const after = await payload.findByID({ collection: 'articles', id: article.id, overrideAccess: false })
    expect(after.title).toBe('Bài trong chuyên mục sắp xoá')
    expect(after.category ?? null).toBeNull()
  })
})

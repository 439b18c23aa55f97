// The role matrix: what a stranger, an author, an editor and an admin may do with articles and users.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { AUTHOR_CANNOT_CHANGE_LIVE, AUTHOR_CANNOT_PUBLISH } from '@/collections/Articles/hooks/preventAuthorPublish'
import type { User } from '@/payload-types'
import { richTextFrom } from '@/utilities/lexical'

import { seedArticle, seedUser } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
let admin: User
let editor: User
let author: User
let otherAuthor: User

const body = richTextFrom(['Nội dung thử nghiệm.'])
const as = (user: User | null) => ({ user, overrideAccess: false as const })

beforeAll(async () => {
  payload = await testPayload()
  admin = await seedUser(payload, 'admin')
  editor = await seedUser(payload, 'editor')
  author = await seedUser(payload, 'author')
  otherAuthor = await seedUser(payload, 'author')
})

describe('a stranger (not signed in)', () => {
  it('reads published articles but never a draft', async () => {
    const published = await seedArticle(payload, { title: 'Bài đã đăng cho mọi người' })
    const draft = await seedArticle(payload, { title: 'Bản nháp bí mật' }, 'draft')

    const found = await payload.find({ collection: 'articles', ...as(null), limit: 100 })
    const ids = found.docs.map((doc) => doc.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)
    await expect(payload.findByID({ collection: 'articles', id: draft.id, ...as(null) })).rejects.toThrow()
    // Asking for drafts explicitly does not help either.
    const withDrafts = await payload.find({ collection: 'articles', draft: true, ...as(null), limit: 100 })
    expect(withDrafts.docs.map((doc) => doc.id)).not.toContain(draft.id)
  })

  it('cannot create, update or delete articles', async () => {
    const article = await seedArticle(payload, { title: 'Bài không ai được sửa' })
    await expect(payload.create({ collection: 'articles', data: { title: 'Tin giả', body }, ...as(null) })).rejects.toThrow()
    await expect(
      payload.update({ collection: 'articles', id: article.id, data: { title: 'Sửa trái phép' }, ...as(null) }),
    ).rejects.toThrow()
    await expect(payload.delete({ collection: 'articles', id: article.id, ...as(null) })).rejects.toThrow()
    const unchanged = await payload.findByID({ collection: 'articles', id: article.id })
    expect(unchanged.title).toBe('Bài không ai được sửa')
  })

  it('never reads users', async () => {
    await expect(payload.find({ collection: 'users', ...as(null) })).rejects.toThrow()
  })
})

describe('an author', () => {
  it('writes and edits their own drafts', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { title: 'Bản nháp của tác giả', body },
      draft: true,
      ...as(author),
    })
    expect(draft._status).toBe('draft')
    const edited = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { title: 'Bản nháp đã sửa' },
      draft: true,
      ...as(author),
    })
    expect(edited.title).toBe('Bản nháp đã sửa')
  })

  it('cannot publish, and is told why in Vietnamese', async () => {
    await expect(
      payload.create({
        collection: 'articles',
        data: { title: 'Tác giả tự đăng', body, _status: 'published' },
        ...as(author),
      }),
    ).rejects.toThrow(AUTHOR_CANNOT_PUBLISH)

    const draft = await payload.create({
      collection: 'articles',
      data: { title: 'Chờ duyệt', body },
      draft: true,
      ...as(author),
    })
    await expect(payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' }, ...as(author) })).rejects.toThrow(
      AUTHOR_CANNOT_PUBLISH,
    )
    const stillDraft = await payload.findByID({ collection: 'articles', id: draft.id, draft: true })
    expect(stillDraft._status).toBe('draft')
  })

  it('cannot take down, change or then delete an article of theirs that is live', async () => {
    const live = await seedArticle(payload, { title: 'Bài của tác giả đã đăng', createdBy: author.id })
    await expect(payload.update({ collection: 'articles', id: live.id, data: { _status: 'draft' }, ...as(author) })).rejects.toThrow(
      AUTHOR_CANNOT_CHANGE_LIVE,
    )
    await expect(
      payload.update({ collection: 'articles', id: live.id, data: { title: 'Sửa khi đã đăng' }, draft: true, ...as(author) }),
    ).rejects.toThrow(AUTHOR_CANNOT_CHANGE_LIVE)
    await expect(payload.delete({ collection: 'articles', id: live.id, ...as(author) })).rejects.toThrow()
    const still = await payload.findByID({ collection: 'articles', id: live.id })
    expect(still).toMatchObject({ _status: 'published', title: 'Bài của tác giả đã đăng' })
  })

  it('cannot set the starting view count, nor change images already in use', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { title: 'Nháp tự tăng lượt xem', body, legacyViews: 999_999 },
      draft: true,
      ...as(author),
    })
    expect((await payload.findByID({ collection: 'articles', id: draft.id, draft: true })).legacyViews ?? 0).toBe(0)

    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Ảnh của biên tập viên', caption: 'Chú thích gốc' },
      filePath: 'src/seed/anh-thay-the-hoi-nghi-cong-bo-chi-so.png',
      ...as(editor),
    })
    await expect(
      payload.update({ collection: 'media', id: image.id, data: { caption: 'Chú thích bị sửa' }, ...as(author) }),
    ).rejects.toThrow()
    expect((await payload.findByID({ collection: 'media', id: image.id })).caption).toBe('Chú thích gốc')
  })

  it("cannot edit or delete another person's article", async () => {
    const theirs = await payload.create({
      collection: 'articles',
      data: { title: 'Bài của người khác', body },
      draft: true,
      ...as(otherAuthor),
    })
    await expect(payload.update({ collection: 'articles', id: theirs.id, data: { title: 'Chiếm bài' }, ...as(author) })).rejects.toThrow()
    await expect(payload.delete({ collection: 'articles', id: theirs.id, ...as(author) })).rejects.toThrow()
    const unchanged = await payload.findByID({ collection: 'articles', id: theirs.id, draft: true })
    expect(unchanged.title).toBe('Bài của người khác')
  })

  it('can delete an own draft but not a published article', async () => {
    const own = await payload.create({
      collection: 'articles',
      data: { title: 'Nháp bỏ đi', body },
      draft: true,
      ...as(author),
    })
    await payload.delete({ collection: 'articles', id: own.id, ...as(author) })
    const published = await seedArticle(payload, { title: 'Đã đăng, tác giả không được xoá', createdBy: author.id })
    await expect(payload.delete({ collection: 'articles', id: published.id, ...as(author) })).rejects.toThrow()
  })

  it('sees only their own account and cannot raise their role', async () => {
    const users = await payload.find({ collection: 'users', ...as(author) })
    expect(users.docs.map((user) => user.id)).toEqual([author.id])
    await payload.update({ collection: 'users', id: author.id, data: { role: 'admin' }, ...as(author) })
    const me = await payload.findByID({ collection: 'users', id: author.id })
    expect(me.role).toBe('author')
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'moi@example.vn', password: 'mat-khau-rat-dai-123', name: 'Mới', role: 'admin' },
        ...as(author),
      }),
    ).rejects.toThrow()
  })
})

describe('an editor', () => {
  it('publishes, edits and deletes any article', async () => {
    const authorsDraft = await payload.create({
      collection: 'articles',
      data: { title: 'Bài chờ biên tập', body },
      draft: true,
      ...as(author),
    })
    const published = await payload.update({
      collection: 'articles',
      id: authorsDraft.id,
      data: { _status: 'published', title: 'Bài đã biên tập' },
      ...as(editor),
    })
    expect(published._status).toBe('published')
    expect(published.publishedAt).toBeTruthy()
    await payload.delete({ collection: 'articles', id: published.id, ...as(editor) })
    await expect(payload.findByID({ collection: 'articles', id: published.id })).rejects.toThrow()
  })

  it('cannot manage users', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'bt@example.vn', password: 'mat-khau-rat-dai-123', name: 'BT', role: 'editor' },
        ...as(editor),
      }),
    ).rejects.toThrow()
    await expect(payload.delete({ collection: 'users', id: author.id, ...as(editor) })).rejects.toThrow()
    const users = await payload.find({ collection: 'users', ...as(editor) })
    expect(users.docs.map((user) => user.id)).toEqual([editor.id])
  })
})

describe('an admin', () => {
  it('manages users and their roles', async () => {
    const created = await payload.create({
      collection: 'users',
      data: { email: 'btv.moi@example.vn', password: 'mat-khau-rat-dai-123', name: 'BTV mới', role: 'editor' },
      ...as(admin),
    })
    expect(created.role).toBe('editor')
    const promoted = await payload.update({ collection: 'users', id: created.id, data: { role: 'admin' }, ...as(admin) })
    expect(promoted.role).toBe('admin')
    await payload.delete({ collection: 'users', id: created.id, ...as(admin) })
    const all = await payload.find({ collection: 'users', ...as(admin), limit: 100 })
    expect(all.docs.map((user) => user.id)).toEqual(expect.arrayContaining([admin.id, editor.id, author.id]))
  })

  it('publishes and deletes articles', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Bài của quản trị', body, _status: 'published' },
      ...as(admin),
    })
    expect(article._status).toBe('published')
    await payload.delete({ collection: 'articles', id: article.id, ...as(admin) })
  })
})

// The REST API as an outside client meets it: Payload's own SDK, staff publishing through it, and a
// reader (a news aggregator, a mobile app) reading what is published and refused everything else.
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Article, Media } from '@/payload-types'
import { searchArticles } from '@/search'
import { richTextFrom } from '@/utilities/lexical'

import { seedUser, TEST_PASSWORD } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { outsideClient, type PortalSDK, refusal } from '../helpers/sdk'

let staff: PortalSDK
const reader = () => outsideClient()
let article: Article
let image: Media

beforeAll(async () => {
  const payload = await testPayload()
  const admin = await seedUser(payload, 'admin', 'Quản trị REST')
  const { token } = await outsideClient().login({ collection: 'users', data: { email: admin.email, password: TEST_PASSWORD } })
  staff = outsideClient(token!)
})

describe('staff publish through REST', () => {
  it('create an editor account, upload a picture with alt text, write a draft, publish it, restore a version', async () => {
    const editor = await staff.create({
      collection: 'users',
      // The generated User type marks `collection` required, which no client sends.
      data: { email: 'bien-tap-rest@example.vn', password: 'một mật khẩu đủ dài cho REST', name: 'Biên tập REST', role: 'editor' } as never,
    })
    expect(editor.role).toBe('editor')
    const { token } = await outsideClient().login({
      collection: 'users',
      data: { email: editor.email, password: 'một mật khẩu đủ dài cho REST' },
    })
    const editorClient = outsideClient(token!)

    const png = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#b71c1c' } })
      .png()
      .toBuffer()
    image = await editorClient.create({
      collection: 'media',
      data: { alt: 'Hội nghị công bố chỉ số cải cách hành chính' },
      file: new Blob([new Uint8Array(png)], { type: 'image/png' }),
    })
    expect(image.alt).toBe('Hội nghị công bố chỉ số cải cách hành chính')

    const draft = await editorClient.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Tin REST: bản nháp', body: richTextFrom(['Nội dung nháp.']), coverImage: image.id, _status: 'draft' },
    })
    expect(await refusal(reader().findByID({ collection: 'articles', id: draft.id }))).toMatchObject({ status: 404 })

    article = await editorClient.update({
      collection: 'articles',
      id: draft.id,
      data: { title: 'Tin REST: đã xuất bản', _status: 'published' },
    })
    expect(article._status).toBe('published')
    await editorClient.update({ collection: 'articles', id: draft.id, data: { title: 'Tin REST: sửa lần hai' } })

    const versions = await editorClient.findVersions({ collection: 'articles', where: { parent: { equals: draft.id } }, sort: 'createdAt' })
    const published = versions.docs.find((version) => version.version.title === 'Tin REST: đã xuất bản')!
    const restored = await editorClient.restoreVersion({ collection: 'articles', id: published.id })
    expect(restored.title).toBe('Tin REST: đã xuất bản')
  })

  it('publish a long text pasted whole (a decree of 60,000 characters), found by a word at its end', async () => {
    const articles = Array.from(
      { length: 300 },
      (_, n) => `Điều ${n + 1}. Quy định về công tác văn thư, lưu trữ của cơ quan, tổ chức trên địa bàn tỉnh Lào Cai ${'.'.repeat(100)}`,
    )
    const long = await staff.create({
      collection: 'articles',
      data: {
        title: 'Quyết định ban hành quy chế dài',
        body: richTextFrom([...articles, 'Điều khoản cuối: Zqvwk hiệu lực.']),
        _status: 'published',
      },
    })
    expect(long._status).toBe('published')
    // The admin list's search box and the site's search both reach the last word.
    const listed = await staff.find({ collection: 'articles', where: { searchText: { like: 'zqvwk hieu luc' } }, draft: true })
    expect(listed.docs.map((doc) => doc.id)).toEqual([long.id])
    const found = await searchArticles(await testPayload(), { query: 'zqvwk' })
    expect(found.hits.map((hit) => hit.id)).toEqual([long.id])
  })
})

describe('a reader who is not signed in', () => {
  it('reads a published article by id, finds it by slug without naming a limit, counts, and selects fields', async () => {
    const byId = await reader().findByID({ collection: 'articles', id: article.id })
    expect(byId.title).toBe('Tin REST: đã xuất bản')
    // Related documents are filled in, the cover picture with its URL.
    expect((byId.coverImage as Media).alt).toBe('Hội nghị công bố chỉ số cải cách hành chính')
    expect((byId.coverImage as Media).url).toMatch(/^\/api\/media\/file\//)

    const found = await reader().find({ collection: 'articles', where: { slug: { equals: article.slug } } })
    expect(found.docs.map((doc) => doc.id)).toEqual([article.id])
    const page = await reader().find({ collection: 'articles', sort: '-publishedAt', page: 1, limit: 5, depth: 0 })
    expect(page.docs.length).toBeGreaterThan(0)
    expect(page.docs.every((doc) => doc._status === 'published')).toBe(true)
    expect((await reader().count({ collection: 'articles', where: { slug: { equals: article.slug } } })).totalDocs).toBe(1)
    const selected = await reader().find({ collection: 'articles', where: { id: { equals: article.id } }, select: { title: true } })
    expect(Object.keys(selected.docs[0]).sort()).toEqual(['id', 'title'])
    expect((await reader().find({ collection: 'categories' })).docs).toBeDefined()
    // A list fills in one level of related documents unless asked for none: the cover picture, not its own relations.
    const listed = await reader().find({ collection: 'articles', where: { id: { equals: article.id } } })
    expect((listed.docs[0].coverImage as Media).alt).toBe('Hội nghị công bố chỉ số cải cách hành chính')
  })

  it('is refused drafts, versions, accounts and the picture library, each with its real message', async () => {
    expect(await refusal(reader().findVersions({ collection: 'articles' }))).toMatchObject({ status: 403 })
    expect(await refusal(reader().find({ collection: 'users' }))).toMatchObject({ status: 403 })
    expect(await refusal(reader().find({ collection: 'media' }))).toMatchObject({ status: 403 })
    expect(await refusal(reader().findByID({ collection: 'media', id: image.id }))).toMatchObject({ status: 403 })
    const drafts = await reader().find({ collection: 'articles', draft: true, where: { id: { equals: article.id } } })
    expect(drafts.docs.every((doc) => doc._status === 'published')).toBe(true)
    for (const refused of await Promise.all([
      refusal(reader().find({ collection: 'users' })),
      refusal(reader().find({ collection: 'media' })),
    ])) {
      expect(refused.message).not.toMatch(/unknown error/i)
    }
  })

  it('cannot make the server read every row: filters and sorts off an index are refused with a 400 in Vietnamese', async () => {
    const cases = [
      reader().find({ collection: 'articles', where: { summary: { like: 'qzxq' } } }),
      reader().count({ collection: 'articles', where: { summary: { like: 'qzxq' } } }),
      reader().find({ collection: 'articles', sort: 'summary' }),
      reader().find({ collection: 'articles', where: { or: [{ title: { contains: 'a' } }] } }),
      reader().find({ collection: 'articles', where: { slug: { like: 'tin' } } }),
      reader().find({ collection: 'articles', limit: 1000 }),
      reader().find({ collection: 'articles', limit: 100, page: 900 }),
      reader().find({ collection: 'articles', depth: 5 }),
      reader().find({ collection: 'articles', depth: 2 }),
      reader().find({ collection: 'articles', limit: 20, page: 26 }),
      reader().find({ collection: 'articles', pagination: false }),
    ]
    for (const refused of await Promise.all(cases.map(refusal))) {
      expect(refused.status).toBe(400)
      expect(refused.message).toMatch(/Không lọc được|Không sắp xếp được|Tham số|Chỉ xem được/)
    }
  })

  it('gets a 400 with its reason, not a 500, for hostile values', async () => {
    const raw = (path: string) => reader().fetch(`http://localhost:3000/api${path}`, { method: 'GET' })
    for (const path of ['/articles?where=abc', '/articles?where[slug][equals][$ne]=1', "/articles/'%20OR%201=1"]) {
      const response = await raw(path)
      expect(response.status, path).toBe(400)
      expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0].message, path).toMatch(
        /where|Giá trị lọc|Mã tài liệu/,
      )
    }
  })
})

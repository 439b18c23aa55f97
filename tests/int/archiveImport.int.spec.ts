// The old portal's archive comes in: WXR, RSS and CSV files imported twice (the second run updates), with
// tables, pictures, a missing picture, drafts, duplicates, view counts and redirects from the old addresses.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { importArchive, type ImportReport } from '@/archive/importer'
import type { Article } from '@/payload-types'
import { loadRedirects } from '@/redirects/refresh'
import { redirectFor } from '@/redirects/table'
import { portalPipeline } from '@/server'

import { archiveFolder, writeCsv, writeRss, writeWxr } from '../helpers/archiveFixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
let folder: string

beforeAll(async () => {
  payload = await testPayload()
  folder = await archiveFolder()
})

type LexicalNode = { type: string; children?: LexicalNode[]; headerState?: number; value?: unknown; tag?: string; text?: string }

function nodesOf(body: Article['body'], type: string): LexicalNode[] {
  const found: LexicalNode[] = []
  const walk = (node: LexicalNode) => {
    if (node.type === type) found.push(node)
    for (const child of node.children ?? []) walk(child)
  }
  walk(body.root as unknown as LexicalNode)
  return found
}

async function articleByKey(key: string): Promise<Article> {
  const { docs } = await payload.find({ collection: 'articles', where: { importKey: { equals: key } }, draft: true, depth: 1, limit: 1 })
  expect(docs, key).toHaveLength(1)
  return docs[0]
}

const count = async (collection: 'articles' | 'redirects' | 'categories' | 'authors' | 'media') =>
  (await payload.count({ collection })).totalDocs

describe('archive import', () => {
  const reports: Record<string, ImportReport[]> = {}

  it('imports a WordPress export: article, table, picture, draft, views, date; skips the duplicate and the page', async () => {
    const before = await count('articles')
    const report = await importArchive(payload, writeWxr(folder), { fetchRemote: false })
    reports.wxr = [report]
    expect(report.format).toBe('wxr')
    expect(report.imported).toBe(2)
    expect(report.updated).toBe(0)
    expect(report.skipped.map((s) => s.reason).join(' | ')).toMatch(/trùng/)
    expect(report.skipped.map((s) => s.reason).join(' | ')).toMatch(/page/)
    expect(report.imagesMissing).toEqual([expect.objectContaining({ src: '/wp-content/uploads/khong-co-anh.jpg' })])
    expect(await count('articles')).toBe(before + 2)

    const article = await articleByKey('http://sonoivu.laocai.gov.vn/?p=101')
    expect(article.title).toBe('Hội nghị tổng kết công tác cải cách hành chính năm 2019')
    expect(article._status).toBe('published')
    expect(article.publishedAt).toBe('2019-05-01T03:00:00.000Z')
    expect(article.legacyViews).toBe(76)
    expect(article.summary).toBe('Tóm tắt hội nghị tổng kết.')
    expect((article.author as { name: string }).name).toBe('Lưu Quỳnh Liên')
    expect((article.category as { name: string }).name).toBe('Tin hoạt động')
    expect(article.coverImage).toBeTruthy()

    const [table] = nodesOf(article.body, 'table')
    expect(table).toBeDefined()
    expect(nodesOf(article.body, 'tablerow')).toHaveLength(3)
    const cells = nodesOf(article.body, 'tablecell')
    // The first row heads the columns (Lexical's "header row" bit), rendered as <th scope="col">.
    expect(cells.filter((cell) => ((cell.headerState ?? 0) & 1) === 1)).toHaveLength(2)
    expect(JSON.stringify(table)).toContain('90,60')
    expect(nodesOf(article.body, 'heading')[0].tag).toBe('h2')
    expect(nodesOf(article.body, 'list')).toHaveLength(1)
    const uploads = nodesOf(article.body, 'upload')
    expect(uploads).toHaveLength(1)
    const picture = uploads[0].value as { alt: string; caption: string }
    expect(picture.alt).toBe('Toàn cảnh hội nghị')
    expect(picture.caption).toBe('Toàn cảnh hội nghị')

    const draft = await articleByKey('http://sonoivu.laocai.gov.vn/?p=102')
    expect(draft._status).toBe('draft')
    expect(nodesOf(draft.body, 'paragraph').length).toBeGreaterThanOrEqual(2)
    // "tin hoạt động" is the same category, whatever its case.
    expect((draft.category as { id: number }).id).toBe((article.category as { id: number }).id)
  })

  it('imports an RSS feed and a CSV file, matching categories and authors by name', async () => {
    const rss = await importArchive(payload, writeRss(folder), { fetchRemote: false })
    expect(rss.format).toBe('rss')
    expect([rss.imported, rss.updated, rss.skipped.length]).toEqual([2, 0, 1])
    const notice = await articleByKey('tin-2020-1')
    expect(notice.coverImage).toBeTruthy()
    expect(nodesOf(notice.body, 'table')).toHaveLength(1)
    expect((notice.author as { name: string }).name).toBe('Phòng Công chức')
    const second = await articleByKey('tin-2020-2')
    expect((second.category as { id: number }).id).toBe((notice.category as { id: number }).id)

    const csv = await importArchive(payload, writeCsv(folder), { fetchRemote: false })
    expect(csv.format).toBe('csv')
    expect([csv.imported, csv.updated, csv.skipped.length]).toEqual([2, 0, 1])
    expect(csv.imagesMissing).toEqual([expect.objectContaining({ src: 'thieu-anh.jpg' })])
    const par = await articleByKey('http://sonoivu.laocai.gov.vn/index.php?option=com_content&id=77')
    expect(par.title).toBe('Đánh giá chỉ số PAR INDEX năm 2018')
    expect(par.legacyViews).toBe(1234)
    // 17/4/2019 08:30 in Vietnam time.
    expect(par.publishedAt).toBe('2019-04-17T01:30:00.000Z')
    expect(nodesOf(par.body, 'table')).toHaveLength(1)
    const guide = await articleByKey('http://sonoivu.laocai.gov.vn/huong-dan-thi-dua.html')
    expect((guide.author as { id: number }).id).toBe((par.author as { id: number }).id)
    reports.first = [rss, csv]
  })

  it('a second run updates every article instead of duplicating, and says so', async () => {
    const counts = await Promise.all([count('articles'), count('redirects'), count('categories'), count('authors'), count('media')])
    const wxr = await importArchive(payload, writeWxr(folder, { title: 'Hội nghị tổng kết CCHC năm 2019 (sửa)' }), { fetchRemote: false })
    expect([wxr.imported, wxr.updated]).toEqual([0, 2])
    const rss = await importArchive(payload, writeRss(folder), { fetchRemote: false })
    expect([rss.imported, rss.updated]).toEqual([0, 2])
    const csv = await importArchive(payload, writeCsv(folder), { fetchRemote: false })
    expect([csv.imported, csv.updated]).toEqual([0, 2])
    expect(await Promise.all([count('articles'), count('redirects'), count('categories'), count('authors'), count('media')])).toEqual(
      counts,
    )
    expect((await articleByKey('http://sonoivu.laocai.gov.vn/?p=101')).title).toBe('Hội nghị tổng kết CCHC năm 2019 (sửa)')
  })

  it("every old address redirects to the article's page, collapsed through chains, from memory", async () => {
    const article = await articleByKey('http://sonoivu.laocai.gov.vn/?p=101')
    const par = await articleByKey('http://sonoivu.laocai.gov.vn/index.php?option=com_content&id=77')
    // A redirect to a redirect, as staff might add by hand.
    await payload.create({
      collection: 'redirects',
      data: { from: '/tin-cu/hoi-nghi', to: { type: 'custom', url: '/2019/05/hoi-nghi-tong-ket/' } },
    })
    await loadRedirects(payload)
    expect(redirectFor('/2019/05/hoi-nghi-tong-ket/')).toBe(`/tin-tuc/${article.slug}`)
    expect(redirectFor('/2019/05/hoi-nghi-tong-ket?utm_source=zalo')).toBe(`/tin-tuc/${article.slug}`)
    expect(redirectFor('/tin-cu/hoi-nghi')).toBe(`/tin-tuc/${article.slug}`)
    expect(redirectFor('/index.php?option=com_content&id=77')).toBe(`/tin-tuc/${par.slug}`)
    expect(redirectFor('/tin-tuc/lich-tiep-cong-dan.html')).toBe(`/tin-tuc/${(await articleByKey('tin-2020-2')).slug}`)
    expect(redirectFor('/khong-co-trang-nay')).toBeUndefined()
  })

  it('the server answers an old address with a 301 before Next sees it, and leaves other paths to Next', async () => {
    const article = await articleByKey('http://sonoivu.laocai.gov.vn/?p=101')
    let rendered = 0
    const server = createServer(
      portalPipeline((_request, response) => {
        rendered++
        response.writeHead(404).end('không có')
      }),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const moved = await fetch(`${base}/2019/05/hoi-nghi-tong-ket/`, { redirect: 'manual' })
      expect(moved.status).toBe(301)
      expect(moved.headers.get('location')).toBe(`/tin-tuc/${article.slug}`)
      expect(moved.headers.get('x-content-type-options')).toBe('nosniff')
      expect(rendered).toBe(0)
      expect((await fetch(`${base}/trang-khong-co`, { redirect: 'manual' })).status).toBe(404)
      expect(rendered).toBe(1)
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })

  it('a page remembered at an address that then becomes a redirect is not served from memory any more', async () => {
    const article = await articleByKey('http://sonoivu.laocai.gov.vn/?p=101')
    const server = createServer(
      portalPipeline((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 's-maxage=60' })
        response.end('<p>Trang cũ vẫn còn</p>')
      }),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      await fetch(`${base}/gioi-thieu-cu`)
      expect((await fetch(`${base}/gioi-thieu-cu`)).headers.get('x-portal-cache')).toBe('HIT')
      await payload.create({
        collection: 'redirects',
        data: { from: '/gioi-thieu-cu', to: { type: 'reference', reference: { relationTo: 'articles', value: article.id } } },
      })
      await loadRedirects(payload)
      const moved = await fetch(`${base}/gioi-thieu-cu`, { redirect: 'manual' })
      expect(moved.status).toBe(301)
      expect(moved.headers.get('location')).toBe(`/tin-tuc/${article.slug}`)
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })

  it('refuses an old address that is not a path or an http(s) address, in Vietnamese', async () => {
    await expect(
      payload.create({ collection: 'redirects', data: { from: 'javascript:alert(1)', to: { type: 'custom', url: '/van-ban' } } }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'from', message: expect.stringMatching(/^Địa chỉ cũ phải là đường dẫn/) }] } })
    expect((await payload.find({ collection: 'redirects', where: { from: { like: 'javascript' } } })).totalDocs).toBe(0)
  })
})

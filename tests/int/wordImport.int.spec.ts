// Articles from Word: a .docx with a heading, formatting, a link, a table and a picture becomes a draft with
// the matching Lexical nodes, through the endpoint staff and the editor's button use; bad files create nothing.
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Article, User } from '@/payload-types'
import { importWordDocument, WordImportError } from '@/word/convert'
import { importWordEndpoint } from '@/collections/Articles/endpoints/importWord'

import { buildDocx } from '../helpers/docx'
import { testPayload } from '../helpers/payload'

let payload: Payload
let editor: User
let png: Buffer

type LexicalNode = {
  type: string
  children?: LexicalNode[]
  headerState?: number
  value?: unknown
  tag?: string
  text?: string
  format?: number
  fields?: { url?: string }
}

function nodesOf(body: Article['body'], type: string): LexicalNode[] {
  const found: LexicalNode[] = []
  const walk = (node: LexicalNode) => {
    if (node.type === type) found.push(node)
    for (const child of node.children ?? []) walk(child)
  }
  walk(body.root as unknown as LexicalNode)
  return found
}

beforeAll(async () => {
  payload = await testPayload()
  editor = await payload.create({
    collection: 'users',
    data: { email: 'bientap.word@sonoivu.test', password: 'mot-mat-khau-du-dai-2024', name: 'Biên tập', role: 'editor' } as never,
  })
  png = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#0b4f9c' } })
    .png()
    .toBuffer()
})

/** Calls the endpoint as the REST route would, with `user` signed in (or nobody). */
async function postWord(file: Buffer | undefined, user: User | null, name = 'bai-viet.docx'): Promise<Response> {
  const form = new FormData()
  if (file) form.set('file', new Blob([new Uint8Array(file)]), name)
  const request = new Request('http://localhost/api/articles/nhap-word', { method: 'POST', body: form })
  const body = await request.arrayBuffer()
  const headers = new Headers(request.headers)
  headers.set('content-length', String(body.byteLength))
  const replay = new Request(request.url, { method: 'POST', body, headers })
  const { createLocalReq } = await import('payload')
  const req = await createLocalReq({ user: user ? { ...user, collection: 'users' } : undefined }, payload)
  Object.assign(req, { headers, formData: () => replay.formData() })
  return importWordEndpoint.handler(req)
}

const counts = async () => [
  (await payload.count({ collection: 'articles' })).totalDocs,
  (await payload.count({ collection: 'media' })).totalDocs,
]

describe('Word import', () => {
  it('turns heading, formatting, link, table and picture into a draft with the same structure', async () => {
    const before = await counts()
    const response = await postWord(buildDocx({ picture: png }), editor)
    expect(response.status).toBe(201)
    const { id, title, pictures } = (await response.json()) as { id: number; title: string; pictures: { id: number; alt: string }[] }
    expect(title).toBe('Kết quả chỉ số cải cách hành chính năm 2024')
    expect(pictures).toEqual([{ id: expect.any(Number), alt: 'Lãnh đạo Sở phát biểu' }])
    expect(await counts()).toEqual([before[0] + 1, before[1] + 1])

    const article = await payload.findByID({ collection: 'articles', id, draft: true, depth: 1 })
    expect(article._status).toBe('draft')
    expect(article.title).toBe(title)
    // The first heading became the title; the next one stays in the body.
    expect(nodesOf(article.body, 'heading').map((h) => h.tag)).toEqual(['h2'])
    const texts = nodesOf(article.body, 'text')
    // Lexical's format bits: 1 bold, 2 italic, 8 underline.
    expect(texts.find((t) => t.text === 'Sở Nội vụ')?.format).toBe(1)
    expect(texts.find((t) => t.text === 'kết quả cao')?.format).toBe(2)
    expect(texts.find((t) => t.text === 'vượt kế hoạch')?.format).toBe(8)
    expect(nodesOf(article.body, 'link')[0]?.fields?.url).toBe('https://chinhphu.vn/')
    expect(nodesOf(article.body, 'tablerow')).toHaveLength(3)
    // Word's "repeat as header row" makes the first row header cells.
    expect(nodesOf(article.body, 'tablecell').filter((cell) => ((cell.headerState ?? 0) & 1) === 1)).toHaveLength(2)
    expect(JSON.stringify(nodesOf(article.body, 'table'))).toContain('90,60')
    const [upload] = nodesOf(article.body, 'upload')
    expect((upload.value as { id: number; alt: string }).id).toBe(pictures[0].id)
    expect((upload.value as { alt: string }).alt).toBe('Lãnh đạo Sở phát biểu')
  })

  it('refuses a renamed file, a document with a picture that is not one, and anonymous callers; nothing is created', async () => {
    const before = await counts()
    const renamed = await postWord(Buffer.from('%PDF-1.7 đây là tệp PDF đổi tên'), editor, 'bao-cao.docx')
    expect(renamed.status).toBe(400)
    expect(((await renamed.json()) as { message: string }).message).toMatch(/không phải tài liệu Word/)

    const badPicture = await postWord(buildDocx({ picture: Buffer.from('không phải ảnh') }), editor)
    expect(badPicture.status).toBe(400)
    expect(((await badPicture.json()) as { message: string }).message).toMatch(/Ảnh thứ 1/)

    const anonymous = await postWord(buildDocx({ picture: png }), null)
    expect(anonymous.status).toBe(403)
    const missing = await postWord(undefined, editor)
    expect(missing.status).toBe(400)
    await expect(
      importWordDocument(payload, await (await import('payload')).createLocalReq({}, payload), {
        data: Buffer.alloc(21 * 1024 * 1024),
        filename: 'x.docx',
      }),
    ).rejects.toThrow(WordImportError)
    expect(await counts()).toEqual(before)
  })
})

describe('pasting from Word', () => {
  // What Word puts on the clipboard, shortened: the editor's paste reads this HTML through the same Lexical
  // importers (and the same table feature) as htmlToArticleBody.
  const CLIPBOARD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{mso-style-parent:"";font-size:12.0pt}</style></head><body lang=VI>
<h1 style='mso-margin-top-alt:auto;font-family:"Times New Roman"'><span style='font-size:16.0pt;color:#1F3864'>Báo cáo tổng kết</span></h1>
<p class=MsoNormal style='text-align:justify;line-height:150%'><span style='font-family:"Times New Roman";mso-fareast-font-family:Calibri;color:red'>Năm 2024 <b>Sở Nội vụ</b> đạt <i>kết quả</i> tốt.<o:p></o:p></span></p>
<table class=MsoTableGrid border=1 style='border-collapse:collapse;mso-yfti-tbllook:1184'><tr style='mso-yfti-firstrow:yes'><td style='width:100pt;background:#D9E2F3'><p class=MsoNormal><b>Đơn vị</b></p></td><td><p class=MsoNormal><b>Điểm</b></p></td></tr>
<tr><td><p class=MsoNormal>Sở Nội vụ</p></td><td><p class=MsoNormal>90,60</p></td></tr></table></body></html>`

  it('keeps headings, bold, italic and tables, and drops fonts, colours and Office markup', async () => {
    const { htmlToArticleBody } = await import('@/archive/html')
    const { body } = await htmlToArticleBody(payload, CLIPBOARD, async () => ({ missing: 'none' }), 'x')
    expect(nodesOf(body, 'heading')).toHaveLength(1)
    expect(nodesOf(body, 'table')).toHaveLength(1)
    expect(nodesOf(body, 'tablerow')).toHaveLength(2)
    const texts = nodesOf(body, 'text') as (LexicalNode & { style?: string })[]
    expect(texts.find((t) => t.text === 'Sở Nội vụ' && t.format === 1)).toBeDefined()
    expect(texts.find((t) => t.text === 'kết quả')?.format).toBe(2)
    const json = JSON.stringify(body)
    expect(json).not.toMatch(/mso-|Times New Roman|MsoNormal|#1F3864/)
  })
})

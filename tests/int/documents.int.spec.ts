// Văn bản: files judged by content, one number per issuing body, validity links, folded search, the files'
// download headers, and the open-data exports equal to the records.
import config from '@payload-config'
import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import { NextRequest } from 'next/server'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { DOCUMENT_TOO_LARGE, MAX_DOCUMENT_BYTES, NOT_A_DOCUMENT } from '@/documents/checkFile'
import { postgresPoolOf } from '@/database/clients'
import { readFilters } from '@/documents/filters'
import { listDocuments } from '@/documents/queries'
import { contentDisposition } from '@/documents/serveFile'
import { toCsv } from '@/opendata/csv'
import { listRegister, REGISTER_COLUMNS } from '@/opendata/documents'
import { dcatCatalog } from '@/opendata/catalog'
import { listAllScoreRecords, SCORE_COLUMNS, scoreRows } from '@/opendata/scores'
import type { Document } from '@/payload-types'
import { seedDocumentTypes } from '@/seed/documentTypes'
import { seedScoreRecords } from '@/seed/scoreRecords'

import { docFile, docxFile, htmlFile, odtFile, pdfFile, plainZip, scriptFile, xlsOleFile, xlsxFile } from '../helpers/documentFiles'
import { testPayload } from '../helpers/payload'
import { outsideClient, refusal } from '../helpers/sdk'
import { onPostgres } from '../helpers/sql'

let payload: Payload
let decisionType: number
let planType: number
const context = { disableRevalidate: true }

beforeAll(async () => {
  payload = await testPayload()
  await seedDocumentTypes(payload)
  const types = await payload.find({ collection: 'document-types', limit: 100 })
  decisionType = types.docs.find((type) => type.name === 'Quyết định')!.id
  planType = types.docs.find((type) => type.name === 'Kế hoạch')!.id
})

let serial = 0
type Extra = Partial<Omit<Document, 'docType' | 'replacedBy' | 'related'>> & {
  docType?: number
  replacedBy?: number | null
  related?: number[]
}

function createDocument(file: Buffer, name: string, extra: Extra = {}) {
  serial++
  return payload.create({
    collection: 'documents',
    data: {
      number: `${serial}/2024/TN`,
      docType: decisionType,
      issuer: 'UBND tỉnh Lào Cai',
      field: 'Cải cách hành chính',
      issuedAt: '2024-03-15T00:00:00.000+07:00',
      summary: `Văn bản thử số ${serial}`,
      validity: 'inForce',
      _status: 'published',
      ...extra,
    },
    file: { data: file, name, mimetype: 'application/pdf', size: file.length },
    context,
  })
}

describe('a document file is judged by its content', () => {
  it.each([
    ['PDF', pdfFile, 'Quyết định 15.pdf', 'application/pdf', 'Quyết định 15.pdf'],
    ['DOCX', docxFile, 'Kế hoạch.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Kế hoạch.docx'],
    ['DOC', docFile, 'Công văn cũ.doc', 'application/msword', 'Công văn cũ.doc'],
    ['XLSX', xlsxFile, 'Bảng điểm.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Bảng điểm.xlsx'],
    ['ODT', odtFile, 'Báo cáo.odt', 'application/vnd.oasis.opendocument.text', 'Báo cáo.odt'],
    // Named wrongly, judged rightly: the download gets the extension its content deserves.
    ['a PDF named .docx', pdfFile, 'Tờ trình.docx', 'application/pdf', 'Tờ trình.pdf'],
  ])('accepts %s', async (_kind, make, name, mimeType, originalName) => {
    const doc = await createDocument(make(), name)
    expect(doc.mimeType).toBe(mimeType)
    expect(doc.originalName).toBe(originalName)
  })

  it.each([
    ['an HTML page renamed .pdf', htmlFile, 'van-ban.pdf'],
    ['a shell script renamed .pdf', scriptFile, 'van-ban.pdf'],
    ['a zip that is no office file, named .docx', plainZip, 'van-ban.docx'],
    ['an old Excel (OLE) file named .doc', xlsOleFile, 'van-ban.doc'],
  ])('refuses %s with a Vietnamese message', async (_kind, make, name) => {
    await expect(createDocument(make(), name)).rejects.toThrow(NOT_A_DOCUMENT)
  })

  it('refuses a file over 20 MB', async () => {
    const big = Buffer.concat([pdfFile(), Buffer.alloc(MAX_DOCUMENT_BYTES)])
    await expect(createDocument(big, 'lon.pdf')).rejects.toThrow(DOCUMENT_TOO_LARGE)
  })

  it('refuses an HTML page renamed .pdf sent through REST, with a 400 and the message', async () => {
    const token = (await payload.login({ collection: 'users', data: await staff('editor') })).token!
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(htmlFile())], { type: 'application/pdf' }), 'Quyết định.pdf')
    form.append(
      '_payload',
      JSON.stringify({
        number: 'REST/2024',
        docType: decisionType,
        issuer: 'Sở Nội vụ',
        issuedAt: '2024-01-02',
        summary: 'Thử',
        _status: 'published',
      }),
    )
    const request = new NextRequest('http://localhost:3000/api/documents', {
      method: 'POST',
      body: form,
      headers: { Authorization: `JWT ${token}` },
    })
    const response = await REST_POST(config)(request, { params: Promise.resolve({ slug: ['documents'] }) })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('không phải văn bản PDF')
  })

  it('tells whoever may not upload a document so (403), before judging their file', async () => {
    // The first account is always an admin: an editor first, when this test runs alone.
    await staff('editor')
    const author = (await payload.login({ collection: 'users', data: await staff('author') })).token!
    for (const [collection, authorization] of [
      ['documents', undefined],
      ['documents', `JWT ${author}`],
      ['media', undefined],
    ] as const) {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(htmlFile())], { type: 'application/pdf' }), 'Quyết định.pdf')
      form.append('_payload', JSON.stringify({ number: 'KHONG/2024', alt: 'Thử' }))
      const request = new NextRequest(`http://localhost:3000/api/${collection}`, {
        method: 'POST',
        body: form,
        headers: authorization ? { Authorization: authorization } : {},
      })
      const response = await REST_POST(config)(request, { params: Promise.resolve({ slug: [collection] }) })
      const said = JSON.stringify(await response.json())
      expect({ collection, authorization: Boolean(authorization), status: response.status, said }).toEqual({
        collection,
        authorization: Boolean(authorization),
        status: 403,
        said: expect.stringContaining('không có quyền'),
      })
    }
  })
})

let staffSerial = 0
async function staff(role: 'editor' | 'author') {
  const user = { email: `bien-tap-${++staffSerial}-${Date.now()}@sonoivu.test`, password: 'mot-mat-khau-dai-kho-doan-2024' }
  await payload.create({ collection: 'users', data: { ...user, name: 'Biên tập viên thử', role } })
  return user
}

describe('one number per issuing body', () => {
  it('refuses the same number from the same body, however it is typed, and says which document has it', async () => {
    const first = await createDocument(pdfFile(), 'a.pdf', { number: '77/2024/QĐ-UBND' })
    const refused = await createDocument(pdfFile(), 'b.pdf', { number: ' 77/2024/qđ-ubnd ', issuer: 'UBND TỈNH LÀO CAI' }).catch(
      (error) => error,
    )
    expect(refused.data.errors[0]).toMatchObject({
      path: 'number',
      message: expect.stringContaining(
        `Số ký hiệu 77/2024/qđ-ubnd của UBND TỈNH LÀO CAI đã có trên cổng (“${first.title}”, mã #${first.id})`,
      ),
    })
    // Another body may use the same number.
    const other = await createDocument(pdfFile(), 'c.pdf', { number: '77/2024/QĐ-UBND', issuer: 'UBND huyện Bát Xát' })
    expect(other.number).toBe('77/2024/QĐ-UBND')
    // Saving the first again is not a duplicate of itself.
    const saved = await payload.update({ collection: 'documents', id: first.id, data: { signer: 'Nguyễn Văn A' }, context })
    expect(saved.signer).toBe('Nguyễn Văn A')
  })
})

describe('validity', () => {
  it('links a replaced document to the one that replaces it, and refuses a replaced one without it or replaced by itself', async () => {
    const newer = await createDocument(pdfFile(), 'moi.pdf')
    await expect(createDocument(pdfFile(), 'cu.pdf', { validity: 'replaced' })).rejects.toThrow('cần chọn văn bản thay thế')
    const older = await createDocument(pdfFile(), 'cu.pdf', { validity: 'replaced', replacedBy: newer.id })
    expect(typeof older.replacedBy === 'object' ? older.replacedBy?.id : older.replacedBy).toBe(newer.id)
    await expect(payload.update({ collection: 'documents', id: older.id, data: { replacedBy: older.id }, context })).rejects.toThrow(
      'không thể bị thay thế bởi chính nó',
    )
    const replaced = await payload.find({ collection: 'documents', where: { replacedBy: { equals: newer.id } } })
    expect(replaced.docs.map((doc) => doc.id)).toEqual([older.id])
    // Back in force, it is replaced by nothing.
    const restored = await payload.update({ collection: 'documents', id: older.id, data: { validity: 'inForce' }, context })
    expect(restored.replacedBy ?? null).toBeNull()
  })
})

describe('finding documents', () => {
  // /van-ban's own read (the type filter is given as an id here; the page maps its slug).
  const find = (params: Record<string, string | undefined>, typeId: number | null = null) =>
    listDocuments(payload, { ...readFilters(params).filters, typeId }, 50)

  it('finds "Quyết định 15/2024/QĐ-UBND" by "quyet dinh 15", and by year', async () => {
    const doc = await createDocument(pdfFile(), 'qd.pdf', {
      number: '15/2024/QĐ-UBND',
      summary: 'Ban hành quy chế tiếp nhận hồ sơ trực tuyến',
      issuedAt: '2024-01-01T00:30:00.000+07:00',
    })
    const plan = await createDocument(pdfFile(), 'kh.pdf', {
      number: '15/2023/KH-SNV',
      docType: planType,
      issuedAt: '2023-12-31T23:30:00.000+07:00',
    })
    expect((await find({ q: 'quyet dinh 15' })).docs.map((d) => d.id)).toContain(doc.id)
    expect((await find({ q: 'quyet dinh 15' })).docs.map((d) => d.id)).not.toContain(plan.id)
    expect((await find({ q: 'QUYẾT ĐỊNH 15/2024' })).docs.map((d) => d.id)).toContain(doc.id)
    expect((await find({ q: 'ho so truc tuyen' })).docs.map((d) => d.id)).toEqual([doc.id])
    // Years are Vietnam's: 00:30 on 1 January 2024 is 2024, 23:30 on 31 December 2023 is 2023.
    const in2024 = (await find({ q: '15', nam: '2024' })).docs.map((d) => d.id)
    expect(in2024).toContain(doc.id)
    expect(in2024).not.toContain(plan.id)
    expect((await find({ q: '15', nam: '2023' })).docs.map((d) => d.id)).toContain(plan.id)
  })

  it('answers hostile or absurd filters with nothing found, never an error', async () => {
    for (const params of [
      { q: "' OR 1=1 --" },
      { q: '<script>alert(1)</script>' },
      { q: 'x'.repeat(2_000) },
      { q: '%_%' },
      { 'hieu-luc': 'DROP TABLE documents' },
      { 'co-quan': "'; DELETE FROM documents; --" },
      // Nothing a reader types reaches the index's own terms or its query syntax.
      { q: '_all' },
      { q: '"_all" OR *' },
      { q: 'NEAR(a b) _t1 _y2024' },
      { 'co-quan': '" OR "_all' },
      { 'linh-vuc': '_all' },
    ]) {
      const result = await find(params)
      for (const doc of result.docs) {
        expect((await payload.findByID({ collection: 'documents', id: doc.id, depth: 0 }))._status).toBe('published')
      }
      if (params.q || params['co-quan'] || params['linh-vuc']) expect(result.totalDocs).toBe(0)
    }
    expect(readFilters({ nam: '99999' }).problems[0]).toContain('Năm “99999” không hợp lệ')
    expect(readFilters({ q: 'x'.repeat(2_000) }).filters.q).toHaveLength(200)
  })

  it('never shows a draft', async () => {
    const draft = await createDocument(pdfFile(), 'nhap.pdf', { _status: 'draft', summary: 'Bản nháp bí mật' })
    expect((await find({ q: 'ban nhap bi mat' })).docs.map((d) => d.id)).not.toContain(draft.id)
  })

  const ids = async (params: Record<string, string | undefined>, typeId: number | null = null) =>
    (await find(params, typeId)).docs.map((doc) => doc.id)

  it('loses a document at once when it is unpublished or deleted, and finds it again when it is republished', async () => {
    const doc = await createDocument(pdfFile(), 'rut.pdf', { summary: 'Văn bản sắp rút xuống khỏi cổng' })
    expect(await ids({ q: 'sap rut xuong' })).toEqual([doc.id])
    await payload.update({ collection: 'documents', id: doc.id, data: { _status: 'draft' }, context })
    expect(await ids({ q: 'sap rut xuong' })).toEqual([])
    expect(await ids({ q: doc.number })).toEqual([])
    await payload.update({ collection: 'documents', id: doc.id, data: { _status: 'published' }, context })
    expect(await ids({ q: 'sap rut xuong' })).toEqual([doc.id])
    await payload.delete({ collection: 'documents', id: doc.id, context })
    expect(await ids({ q: 'sap rut xuong' })).toEqual([])
  })

  it('finds an edited document by its new number and date, and no longer by the old ones', async () => {
    const doc = await createDocument(pdfFile(), 'so.pdf', { number: '9301/2024/QĐ-UBND', issuedAt: '2024-06-01T00:00:00.000+07:00' })
    expect(await ids({ q: 'quyet dinh 9301' })).toEqual([doc.id])
    await payload.update({
      collection: 'documents',
      id: doc.id,
      data: { number: '9302/2022/QĐ-UBND', issuedAt: '2022-06-01T00:00:00.000+07:00' },
      context,
    })
    expect(await ids({ q: 'quyet dinh 9301' })).toEqual([])
    expect(await ids({ q: 'quyet dinh 9302' })).toEqual([doc.id])
    expect(await ids({ q: '9302', nam: '2022' })).toEqual([doc.id])
    expect(await ids({ q: '9302', nam: '2024' })).toEqual([])
  })

  it('keeps finding the published text while a draft of new wording waits', async () => {
    const doc = await createDocument(pdfFile(), 'ban-sua.pdf', { summary: 'Quy định về công trình thủy lợi' })
    await payload.update({ collection: 'documents', id: doc.id, data: { summary: 'Quy định về rừng phòng hộ' }, draft: true, context })
    expect(await ids({ q: 'cong trinh thuy loi' })).toEqual([doc.id])
    expect(await ids({ q: 'rung phong ho' })).toEqual([])
  })

  it('filters by type, issuer, field, validity and year, together and exactly, and counts what it filters', async () => {
    const make = (extra: Extra) => createDocument(pdfFile(), 'loc.pdf', { summary: 'Văn bản kiểm tra bộ lọc ngân sách', ...extra })
    const plan2023 = await make({ docType: planType, issuedAt: '2023-05-01T00:00:00.000+07:00', validity: 'expired' })
    const decisionBx = await make({ issuer: 'UBND huyện Bát Xát', field: 'Tôn giáo', issuedAt: '2024-05-01T00:00:00.000+07:00' })
    const decisionBxUpper = await make({ issuer: 'UBND HUYỆN BÁT XÁT', issuedAt: '2024-04-01T00:00:00.000+07:00' })
    const q = 'kiem tra bo loc ngan sach'
    expect(await ids({ q })).toEqual([decisionBx.id, decisionBxUpper.id, plan2023.id])
    expect(await ids({ q }, planType)).toEqual([plan2023.id])
    expect(await ids({ q }, decisionType)).toEqual([decisionBx.id, decisionBxUpper.id])
    // The issuer as the list offers it, to the letter: another spelling is another issuer, as in the database.
    expect(await ids({ q, 'co-quan': 'UBND huyện Bát Xát' })).toEqual([decisionBx.id])
    expect(await ids({ q, 'linh-vuc': 'Tôn giáo' })).toEqual([decisionBx.id])
    expect(await ids({ q, 'hieu-luc': 'expired' })).toEqual([plan2023.id])
    expect(await ids({ q, nam: '2024' })).toEqual([decisionBx.id, decisionBxUpper.id])
    expect(await ids({ q, nam: '2024', 'co-quan': 'UBND HUYỆN BÁT XÁT' }, decisionType)).toEqual([decisionBxUpper.id])
    expect(await ids({ q, nam: '2023' }, decisionType)).toEqual([])
    // Without words, the filters alone.
    expect(await ids({ 'linh-vuc': 'Tôn giáo', 'co-quan': 'UBND huyện Bát Xát' })).toEqual([decisionBx.id])
    const filtered = await find({ q, 'hieu-luc': 'inForce' })
    expect(filtered.totalDocs).toBe(2)
  })

  it('lists newest first (date of issue, then the newer id), a page at a time with the count of all', async () => {
    const sameDay = '2021-09-09T00:00:00.000+07:00'
    const older = await createDocument(pdfFile(), 't1.pdf', { summary: 'Thứ tự trang kết quả', issuedAt: '2020-01-01T00:00:00.000+07:00' })
    const first = await createDocument(pdfFile(), 't2.pdf', { summary: 'Thứ tự trang kết quả', issuedAt: sameDay })
    const second = await createDocument(pdfFile(), 't3.pdf', { summary: 'Thứ tự trang kết quả', issuedAt: sameDay })
    const filters = { ...readFilters({ q: 'thu tu trang ket qua' }).filters, typeId: null }
    const page1 = await listDocuments(payload, filters, 2)
    expect(page1.docs.map((doc) => doc.id)).toEqual([second.id, first.id])
    expect(page1).toMatchObject({ page: 1, totalPages: 2, totalDocs: 3 })
    const page2 = await listDocuments(payload, { ...filters, page: 2 }, 2)
    expect(page2.docs.map((doc) => doc.id)).toEqual([older.id])
    expect((await listDocuments(payload, { ...filters, page: 3 }, 2)).docs).toEqual([])
    // Every published document without words or filters: the same order, all of them counted.
    const all = await listDocuments(payload, { ...readFilters({}).filters, typeId: null }, 1000)
    const published = await payload.count({ collection: 'documents', where: { _status: { equals: 'published' } } })
    expect(all.totalDocs).toBe(published.totalDocs)
    expect(all.docs).toHaveLength(published.totalDocs)
    const order = all.docs.map((doc) => [Date.parse(doc.issuedAt!), doc.id] as const)
    expect(order).toEqual([...order].sort((a, b) => b[0] - a[0] || b[1] - a[1]))
  })

  it('fills the index from the documents already published when its migration runs', async () => {
    const before = await createDocument(pdfFile(), 'co-truoc.pdf', { summary: 'Văn bản đăng trước khi có chỉ mục' })
    const draft = await createDocument(pdfFile(), 'nhap-truoc.pdf', { _status: 'draft', summary: 'Bản nháp trước khi có chỉ mục' })
    const migration = onPostgres()
      ? await import('@/migrations-postgres/20261202_101628_document_search')
      : await import('@/migrations/20261202_101613_document_search')
    const args = { db: (payload.db as unknown as { drizzle: unknown }).drizzle, payload, req: {} } as never
    await migration.down(args)
    await migration.up(args)
    expect(await ids({ q: 'truoc khi co chi muc' })).toEqual([before.id])
    expect(await ids({ q: 'truoc khi co chi muc' })).not.toContain(draft.id)
  })
})

describe.runIf(onPostgres())('the documents index on PostgreSQL', () => {
  /** The statements one read of /van-ban sends, and PostgreSQL's plan of each while seq scans are discouraged. */
  async function plans(params: Record<string, string>): Promise<string[]> {
    const pool = postgresPoolOf(payload)
    const sent: Array<{ text: string; values: unknown[] }> = []
    const query = pool.query.bind(pool)
    pool.query = ((text: unknown, values: unknown[]) => {
      // The index's own statements (Payload's reads of the page's documents pass a query object).
      if (typeof text === 'string' && text.includes('document_search')) sent.push({ text, values })
      return query(text as string, values)
    }) as typeof pool.query
    try {
      await listDocuments(payload, { ...readFilters(params).filters, typeId: null })
    } finally {
      pool.query = query
    }
    expect(sent.length).toBeGreaterThan(0)
    const client = await pool.connect()
    try {
      // A test table is too small for the planner to prefer an index: this asks whether one serves the query.
      await client.query('SET enable_seqscan = off')
      const result: string[] = []
      for (const statement of sent) {
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${statement.text}`, statement.values)
        result.push(rows.map((row) => row['QUERY PLAN']).join('\n'))
      }
      return result
    } finally {
      await client.query('RESET enable_seqscan')
      client.release()
    }
  }

  it('counts a search from the GIN index of the words, and never reads the whole table', async () => {
    const searched = await plans({ q: 'quyet dinh 15' })
    expect(searched.some((plan) => plan.includes('document_search_words_idx'))).toBe(true)
    for (const plan of [...searched, ...(await plans({ q: 'quyet dinh 15', nam: '2024', 'hieu-luc': 'inForce' }))]) {
      expect(plan).toMatch(/Index Scan|Bitmap Index Scan/)
      expect(plan).not.toContain('Seq Scan')
    }
  })
})

describe('readers through REST', () => {
  it('filter on indexed fields only, never see drafts nor the folded search text', async () => {
    const reader = outsideClient()
    const draft = await createDocument(pdfFile(), 'rest-nhap.pdf', { _status: 'draft' })
    const published = await createDocument(pdfFile(), 'rest-cong-bo.pdf')
    const found = await reader.find({ collection: 'documents', where: { number: { equals: published.number } }, limit: 5 })
    expect(found.docs.map((doc) => doc.id)).toEqual([published.id])
    expect(found.docs[0]).not.toHaveProperty('searchText')
    expect(found.docs[0]).toMatchObject({ number: published.number, issuer: 'UBND tỉnh Lào Cai', validity: 'inForce' })
    expect((await reader.find({ collection: 'documents', where: { id: { equals: draft.id } }, limit: 5 })).docs).toEqual([])
    expect(await refusal(reader.find({ collection: 'documents', where: { summary: { like: 'thu' } }, limit: 5 }))).toMatchObject({
      status: 400,
      message: expect.stringContaining('Không lọc được theo "summary"'),
    })
  })
})

describe('the file goes out with its type and its Vietnamese name', () => {
  it('writes an RFC 5987 Content-Disposition with an ASCII fallback', () => {
    expect(contentDisposition('Quyết định 15.pdf')).toBe(
      `attachment; filename="Quyet dinh 15.pdf"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%2015.pdf`,
    )
  })

  it('serves a published DOC as application/msword, with nosniff and the original name', async () => {
    const doc = await createDocument(docFile(), 'Công văn số 12.doc')
    const url = `http://localhost:3000/api/documents/file/${encodeURIComponent(doc.filename!)}`
    const response = await REST_GET(config)(new NextRequest(url), {
      params: Promise.resolve({ slug: ['documents', 'file', doc.filename!] }),
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/msword')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-disposition')).toBe(contentDisposition('Công văn số 12.doc'))
    expect(Buffer.from(await response.arrayBuffer()).equals(docFile())).toBe(true)
  })

  it("refuses a draft's file to readers", async () => {
    const draft = await createDocument(pdfFile(), 'du-thao-mat.pdf', { _status: 'draft' })
    const url = `http://localhost:3000/api/documents/file/${draft.filename}`
    const response = await REST_GET(config)(new NextRequest(url), {
      params: Promise.resolve({ slug: ['documents', 'file', draft.filename!] }),
    })
    expect(response.status).toBe(403)
  })
})

describe('open data', () => {
  it('exports every score record, criterion by criterion, with decimal points', async () => {
    await seedScoreRecords(payload)
    const records = await listAllScoreRecords(payload)
    expect(records.length).toBeGreaterThan(0)
    const rows = scoreRows(records)
    for (const record of records) {
      const mine = rows.filter(
        (row) => row.year === record.year && row.subject === record.subject && row.index === (record.index as { code: string }).code,
      )
      expect(mine.filter((row) => row.row === 'criterion').map((row) => [row.name, row.value])).toEqual(
        (record.criteria ?? []).map((criterion) => [criterion.name, criterion.value ?? null]),
      )
      expect(mine.find((row) => row.row === 'total')?.value ?? null).toBe(record.total?.value ?? null)
    }
    const csv = toCsv(SCORE_COLUMNS, rows)
    expect(csv.startsWith('\uFEFF"index","year","subject","row","name"')).toBe(true)
    const decimal = rows.find((row) => row.value !== null && !Number.isInteger(row.value))!
    expect(csv).toContain(`"${decimal.value}"`)
    expect(String(decimal.value)).toMatch(/^\d+\.\d+$/)
    expect(csv.split('\r\n')).toHaveLength(rows.length + 2)
  })

  it('exports the register of published documents with ISO dates and quoted fields', async () => {
    const doc = await createDocument(pdfFile(), 'dk.pdf', {
      number: '99/2024/QĐ-UBND',
      summary: 'Trích yếu có "ngoặc kép", dấu phẩy và =SUM(A1)',
      issuedAt: '2024-03-15T00:00:00.000+07:00',
    })
    const register = await listRegister(payload, 'https://sonoivu.laocai.gov.vn')
    const published = await payload.count({ collection: 'documents', where: { _status: { equals: 'published' } } })
    expect(register).toHaveLength(published.totalDocs)
    const row = register.find((item) => item.number === '99/2024/QĐ-UBND')!
    expect(row).toMatchObject({
      docType: 'Quyết định',
      issuedAt: '2024-03-15',
      validity: 'inForce',
      url: `https://sonoivu.laocai.gov.vn/van-ban/${doc.slug}`,
    })
    const csv = toCsv(REGISTER_COLUMNS, register)
    expect(csv).toContain('"Trích yếu có ""ngoặc kép"", dấu phẩy và =SUM(A1)"')
    expect(toCsv(['a'], [{ a: '=HYPERLINK("x")' }])).toContain(`"'=HYPERLINK(""x"")"`)
  })

  it('describes the datasets as a DCAT catalogue', () => {
    const catalog = dcatCatalog('https://sonoivu.laocai.gov.vn', { 'ket-qua-chi-so': '2024-05-01T00:00:00.000Z', 'van-ban': null }) as {
      '@type': string
      'dcat:dataset': Array<{ 'dcat:distribution': Array<{ 'dcat:downloadURL': { '@id': string } }> }>
    }
    expect(catalog['@type']).toBe('dcat:Catalog')
    expect(catalog['dcat:dataset'].flatMap((dataset) => dataset['dcat:distribution'].map((d) => d['dcat:downloadURL']['@id']))).toEqual([
      'https://sonoivu.laocai.gov.vn/du-lieu-mo/ket-qua-chi-so.csv',
      'https://sonoivu.laocai.gov.vn/du-lieu-mo/ket-qua-chi-so.json',
      'https://sonoivu.laocai.gov.vn/du-lieu-mo/van-ban.csv',
      'https://sonoivu.laocai.gov.vn/du-lieu-mo/van-ban.json',
    ])
  })
})

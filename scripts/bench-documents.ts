// `npm run bench:documents`: adds 20,000 published documents (văn bản) to the bench database (never the demo's),
// through Payload's own schema (its database adapter: the documents table, its relations, its indexes), with
// the fields the collection's hooks would derive (title, slug, folded search text, duplicate key) computed
// by the same functions. Hooks and versions are skipped, as an import would: they would take an hour. The
// search index of /van-ban is written by the database itself (the triggers its migration made), as for a save.
// Each file is a hard link to one small PDF. Run it after `npm run bench:data`, which starts the database afresh.
import { existsSync, linkSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { ROOT } from './lib/run'

const COUNT = Number(process.env.BENCH_DOCUMENTS ?? 20_000)
const BATCH = 1_000
const configured = process.env.BENCH_DATABASE_URI ?? `file:${path.join(ROOT, '.tmp', 'bench', 'portal.db')}`
if (path.resolve(configured.replace(/^file:/, '')) === path.join(ROOT, 'data', 'portal.db')) {
  console.error('✖ Không sinh dữ liệu đo vào cơ sở dữ liệu chạy thật (data/portal.db).')
  process.exit(1)
}
const mediaDir = configured.startsWith('file:')
  ? path.join(path.dirname(configured.replace(/^file:/, '')), 'media')
  : path.join(ROOT, '.tmp', 'bench', 'media')
mkdirSync(path.join(mediaDir, 'documents'), { recursive: true })
// Read by the config as it loads: set before it is imported.
Object.assign(process.env, { DATABASE_URI: configured, MEDIA_DIR: mediaDir })

const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { migrationsFor } = await import('@/database/migrations')
const { seedDocumentTypes } = await import('@/seed/documentTypes')
const { documentSearchText, duplicateKey } = await import('@/documents/text')
const { slugify } = await import('@/utilities/slugify')

/** The same documents every run: a small linear congruential generator. */
let state = Number(process.env.BENCH_SEED ?? 20240417)
const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]

const ISSUERS = [
  ['UBND tỉnh Lào Cai', 'UBND'],
  ['Sở Nội vụ tỉnh Lào Cai', 'SNV'],
  ['Bộ Nội vụ', 'BNV'],
  ['Chính phủ', 'CP'],
  ['HĐND tỉnh Lào Cai', 'HĐND'],
  ['UBND thành phố Lào Cai', 'UBND'],
  ['UBND thị xã Sa Pa', 'UBND'],
  ['UBND huyện Bát Xát', 'UBND'],
  ['UBND huyện Bắc Hà', 'UBND'],
  ['Ban Thi đua - Khen thưởng', 'BTĐKT'],
] as const
const FIELDS = [
  'Cải cách hành chính',
  'Tổ chức bộ máy',
  'Công chức, viên chức',
  'Thi đua, khen thưởng',
  'Văn thư, lưu trữ',
  'Tôn giáo',
  'Chính quyền địa phương',
  'Thanh niên',
]
const TOPICS = [
  'ban hành quy chế làm việc',
  'phê duyệt kế hoạch cải cách hành chính',
  'tuyển dụng công chức',
  'đánh giá chỉ số hài lòng SIPAS',
  'kiện toàn tổ chức bộ máy',
  'khen thưởng tập thể, cá nhân',
  'chỉnh lý tài liệu lưu trữ',
  'sắp xếp đơn vị hành chính cấp xã',
  'giao biên chế công chức',
  'thực hiện cơ chế một cửa, một cửa liên thông',
  'bồi dưỡng cán bộ, công chức',
  'quản lý hoạt động tôn giáo',
]
const PLACES = [
  'trên địa bàn tỉnh Lào Cai',
  'tại huyện Bát Xát',
  'tại thị xã Sa Pa',
  'năm 2024',
  'giai đoạn 2021 - 2025',
  'tại các cơ quan chuyên môn',
]
const CODES: Record<string, string> = {
  Luật: 'QH',
  'Nghị định': 'NĐ',
  'Thông tư': 'TT',
  'Quyết định': 'QĐ',
  'Chỉ thị': 'CT',
  'Kế hoạch': 'KH',
  'Công văn': 'CV',
  'Thông báo': 'TB',
  'Hướng dẫn': 'HD',
  'Báo cáo': 'BC',
  'Dự thảo': 'DT',
}

const payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrationsFor() })
await seedDocumentTypes(payload)
const types = (await payload.find({ collection: 'document-types', limit: 100, depth: 0 })).docs
const already = (await payload.count({ collection: 'documents' })).totalDocs
if (already >= COUNT) {
  console.log(`Đã có ${already} văn bản: không sinh thêm.`)
  process.exit(0)
}

const pdf = path.join(mediaDir, 'documents', '.bench-source.pdf')
if (!existsSync(pdf)) writeFileSync(pdf, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
const started = performance.now()
const year0 = 2005
for (let from = already; from < COUNT; from += BATCH) {
  const transactionID = await payload.db.beginTransaction()
  const req = { transactionID: transactionID ?? undefined } as Parameters<typeof payload.db.create>[0]['req']
  for (let i = from; i < Math.min(COUNT, from + BATCH); i++) {
    const type = pick(types)
    const [issuer, issuerCode] = pick(ISSUERS)
    const year = year0 + Math.floor(random() * 21)
    const issuedAt = new Date(Date.UTC(year, Math.floor(random() * 12), 1 + Math.floor(random() * 28), 1)).toISOString()
    const number = `${i + 1}/${year}/${CODES[type.name] ?? 'VB'}-${issuerCode}`
    const summary = `Về việc ${pick(TOPICS)} ${pick(PLACES)}`
    const field = pick(FIELDS)
    const roll = random()
    const validity = roll < 0.8 ? 'inForce' : roll < 0.92 ? 'expired' : 'replaced'
    const title = `${type.name} ${number}`
    const filename = `bench-${i + 1}.pdf`
    const target = path.join(mediaDir, 'documents', filename)
    if (!existsSync(target)) linkSync(pdf, target)
    await payload.db.create({
      collection: 'documents',
      req,
      data: {
        title,
        number,
        docType: type.id,
        issuer,
        field,
        issuedAt,
        effectiveAt: issuedAt,
        signer: pick(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung']),
        summary,
        validity,
        slug: `${slugify(title)}-${i + 1}`,
        originalName: `${title.replace(/\//g, '-')}.pdf`,
        searchText: documentSearchText({ title, number, summary, issuer, field }),
        numberKey: duplicateKey(number, issuer),
        filename,
        mimeType: 'application/pdf',
        filesize: 80,
        url: `/api/documents/file/${filename}`,
        _status: 'published',
      },
    })
  }
  if (transactionID) await payload.db.commitTransaction(transactionID)
  process.stdout.write(`\r${Math.min(COUNT, from + BATCH).toLocaleString('vi-VN')} / ${COUNT.toLocaleString('vi-VN')} văn bản`)
}
console.log(`\nXong trong ${((performance.now() - started) / 1000).toFixed(0)} giây.`)

// Statistics for the planner, as a long-running database keeps them; then the index holds every published document.
const { databaseKind } = await import('@/database/kind')
const { postgresPoolOf, sqliteClientOf } = await import('@/database/clients')
if (databaseKind(configured) === 'postgres') await postgresPoolOf(payload).query('ANALYZE documents, document_search')
else await sqliteClientOf(payload).execute('ANALYZE')
const { matchDocuments } = await import('@/documents/searchIndex')
const everything = { words: [], typeId: null, issuer: '', field: '', year: null, validity: null }
const indexed = (await matchDocuments(payload, everything, 0, 0)).total
const published = (await payload.count({ collection: 'documents', where: { _status: { equals: 'published' } } })).totalDocs
console.log(`Chỉ mục tìm kiếm văn bản: ${indexed.toLocaleString('vi-VN')} / ${published.toLocaleString('vi-VN')} văn bản đã đăng.`)
if (indexed !== published) {
  console.error('✖ Chỉ mục tìm kiếm văn bản không khớp với các văn bản đã đăng.')
  process.exit(1)
}
process.exit(0)

// `npm run import:bench [items] [imported]`: writes a WordPress export of 20,000 articles (about 200 MB:
// Vietnamese text, a table and a picture reference in each), reads it through the streaming reader (time and
// peak memory for the whole file), then imports it, or its first `imported` items, into a throwaway SQLite
// database, printing the rate and the peak memory (RSS). The figures in the README come from this script.
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { once } from 'node:events'

const items = Number(process.argv[2] ?? 20_000)
const imported = Number(process.argv[3] ?? items)
const folder = mkdtempSync(path.join(tmpdir(), 'import-bench-'))
process.env.DATABASE_URI = `file:${path.join(folder, 'bench.db')}`
process.env.MEDIA_DIR = path.join(folder, 'media')

const PARAGRAPH =
  'Thực hiện Kế hoạch cải cách hành chính nhà nước giai đoạn 2021–2030, Sở Nội vụ tỉnh Lào Cai đã tham mưu Ủy ban nhân dân tỉnh ban hành nhiều văn bản chỉ đạo, điều hành; đẩy mạnh chuyển đổi số, nâng cao chất lượng phục vụ người dân và doanh nghiệp. '

async function writeArchive(file: string, items: number): Promise<void> {
  const out = createWriteStream(file)
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain')
  }
  await write(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Sở Nội vụ</title>\n`)
  for (let n = 1; n <= items; n++) {
    const body = `<h2>Phần ${n}</h2>${`<p>${PARAGRAPH.repeat(4)}</p>`.repeat(8)}<table><tr><th>Đơn vị</th><th>Điểm</th></tr><tr><td>Sở Nội vụ</td><td>90,${n % 100}</td></tr></table><p><img src="http://old.invalid/wp-content/uploads/anh-${n}.jpg" alt="Ảnh ${n}"></p>`
    await write(`<item><title>Tin hoạt động số ${n}: hội nghị cải cách hành chính</title><link>http://sonoivu.laocai.gov.vn/tin/${n}.html</link><guid isPermaLink="false">http://sonoivu.laocai.gov.vn/?p=${n}</guid>
<dc:creator><![CDATA[Phòng CCHC ${n % 7}]]></dc:creator><category domain="category"><![CDATA[Chuyên mục ${n % 12}]]></category>
<content:encoded><![CDATA[${body}]]></content:encoded><wp:post_id>${n}</wp:post_id><wp:post_date_gmt>2018-01-01 00:00:00</wp:post_date_gmt><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<wp:postmeta><wp:meta_key>post_views_count</wp:meta_key><wp:meta_value>${n}</wp:meta_value></wp:postmeta></item>\n`)
  }
  await write('</channel></rss>\n')
  out.end()
  await once(out, 'finish')
}

const file = path.join(folder, 'wordpress.xml')
await writeArchive(file, items)
const megabytes = statSync(file).size / 1024 / 1024
console.log(`Tệp thử: ${items.toLocaleString('vi-VN')} bài, ${megabytes.toFixed(0)} MB (${file})`)

const rssMB = () => process.memoryUsage().rss / 1024 / 1024
{
  const { readXmlItems } = await import('@/archive/xml')
  const started = Date.now()
  let peakRead = rssMB()
  let read = 0
  for await (const item of readXmlItems(file, 'wxr')) {
    if (item.title) read++
    if (read % 500 === 0) peakRead = Math.max(peakRead, rssMB())
  }
  console.log(
    `Đọc luồng cả tệp: ${read} bài trong ${((Date.now() - started) / 1000).toFixed(1)} giây; RSS cao nhất ${peakRead.toFixed(0)} MB.`,
  )
}
// Importing fewer: the same items, the first `imported` of them, in a file of their own.
const importFile = imported < items ? path.join(folder, 'first.xml') : file
if (imported < items) await writeArchive(importFile, imported)

const [{ default: config }, { getPayload }, { migrationsFor }, { importArchive }] = await Promise.all([
  import('@payload-config'),
  import('payload'),
  import('@/database/migrations'),
  import('@/archive/importer'),
])
const payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrationsFor() })
let peak = process.memoryUsage().rss
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200)
let last = 0
const report = await importArchive(payload, importFile, {
  // Pictures point at a host that does not exist: each is reported missing, as on a machine without network.
  fetchRemote: false,
  onProgress: (p) => {
    if (p.done - last >= Math.max(1, Math.floor(p.total / 20)) || p.done === p.total) {
      last = p.done
      console.log(
        `${p.done}/${p.total} · ${p.perSecond.toFixed(1)} mục/giây · RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`,
      )
    }
  },
})
clearInterval(sampler)
console.log(
  `Nhập ${report.imported} bài (${report.skipped.length} bỏ qua) trong ${(report.seconds / 60).toFixed(1)} phút` +
    ` (${(report.imported / report.seconds).toFixed(1)} bài/giây); RSS cao nhất ${(Math.max(peak, process.resourceUsage().maxRSS * 1024) / 1024 / 1024).toFixed(0)} MB.`,
)
await payload.destroy()
rmSync(folder, { recursive: true, force: true })
process.exit(0)

// `npm run bench:search`: search latency over 10,000 generated articles in a bench database of its own
// (never the demo's). Builds the database once (.tmp/bench-search.db), then times queries and prints
// p50/p95. The figures are for the search query itself, through the same code the page uses.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

const ROOT = path.resolve(import.meta.dirname, '..')
const DB = path.join(ROOT, '.tmp', 'bench-search.db')
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000)
mkdirSync(path.dirname(DB), { recursive: true })
const fresh = !existsSync(DB)
process.env.DATABASE_URI = `file:${DB}`
process.env.MEDIA_DIR = path.join(ROOT, '.tmp', 'bench-media')
process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')

const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { migrationsFor } = await import('@/database/migrations')
const { sqliteClientOf } = await import('@/database/clients')
const { searchArticles } = await import('@/search')
const { fold } = await import('@/search/normalize')

const WORDS = (
  'cải cách hành chính chỉ số hài lòng phục vụ người dân doanh nghiệp tỉnh lào cai sở nội vụ ' +
  'công chức viên chức tuyển dụng đào tạo bồi dưỡng thi đua khen thưởng tôn giáo văn thư lưu trữ ' +
  'chính quyền điện tử chuyển đổi số thủ tục dịch vụ công trực tuyến kiểm tra giám sát đánh giá ' +
  'kết quả năm kế hoạch triển khai hội nghị tổng kết tiếp nhận phản ánh kiến nghị xã phường huyện'
).split(' ')

function sentence(n: number, seed: number): string {
  let x = seed
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648
    out.push(WORDS[x % WORDS.length])
  }
  return out.join(' ')
}

const payload = await getPayload({ config })
const client = sqliteClientOf(payload)

// A database built by an earlier version is brought up to date (its search tables with it).
await payload.db.migrate({ migrations: migrationsFor() })
if (fresh) {
  const started = performance.now()
  for (let start = 0; start < ARTICLES; start += 500) {
    const statements = []
    for (let id = start + 1; id <= Math.min(ARTICLES, start + 500); id++) {
      const title = sentence(10, id)
      const body = sentence(300 + (id % 700), id * 7)
      statements.push({
        sql: `INSERT INTO article_search (rowid, title, summary, body, author, category, title_text, summary_text, body_text, slug, category_name, published_at)
          VALUES (?, ?, '', ?, '', '', ?, '', ?, ?, '', ?)`,
        args: [id, fold(title), fold(body), title, body, `bai-${id}`, new Date(Date.UTC(2016, 0, 1) + id * 3_600_000 * 8).toISOString()],
      })
      statements.push({ sql: 'INSERT INTO article_title_search (rowid, title) VALUES (?, ?)', args: [id, fold(title)] })
    }
    await client.batch(statements, 'write')
    process.stdout.write(`\rĐang tạo dữ liệu: ${Math.min(ARTICLES, start + 500)}/${ARTICLES}`)
  }
  console.log(` (${((performance.now() - started) / 1000).toFixed(1)} s)`)
}

const QUERIES = [
  'danh gia',
  'cải cách hành chính',
  'CHUYỂN ĐỔI SỐ',
  'lao cai',
  '"dịch vụ công"',
  'tuyen dung cong chuc',
  'hoi nghi tong ket',
  'xyz',
]
const timings: number[] = []
for (let round = 0; round < 25; round++) {
  for (const query of QUERIES) {
    const t = performance.now()
    await searchArticles(payload, { query, sort: round % 2 ? 'newest' : 'relevance' })
    timings.push(performance.now() - t)
  }
}
timings.sort((a, b) => a - b)
const pct = (p: number) => timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))].toFixed(1)
console.log(`search over ${ARTICLES} articles, ${timings.length} queries: p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${pct(100)} ms`)
await payload.destroy()
process.exit(0)

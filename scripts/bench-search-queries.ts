// `npm run bench:search:queries -- [results.json]`: the search queries alone (count, page, hit rows and
// snippets: what `searchArticles` does for one results page), one at a time, against the bench database
// (`BENCH_DATABASE_URI`, else `.tmp/bench/portal.db`), with the searches `npm run bench` sends and a few
// more (later pages, phrases, words that match nothing). Prints p50/p95; given a file name, writes every
// result there, so that two versions of the search code can be compared query by query.
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

const ROOT = path.resolve(import.meta.dirname, '..')
process.env.DATABASE_URI = process.env.BENCH_DATABASE_URI || `file:${path.join(ROOT, '.tmp', 'bench', 'portal.db')}`
process.env.MEDIA_DIR ??= path.join(ROOT, '.tmp', 'bench-media')
process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')

const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { searchArticles } = await import('@/search')

/** The words of `npm run bench`'s search rows: each alone and each pair. */
const WORDS = [
  'cải cách',
  'hành chính',
  'công chức',
  'thi đua',
  'khen thưởng',
  'văn thư',
  'lưu trữ',
  'tôn giáo',
  'Sa Pa',
  'Bát Xát',
  'Bắc Hà',
  'Mường Khương',
  'Văn Bàn',
  'Bảo Yên',
  'chính quyền',
  'tuyển dụng',
  'đào tạo',
  'chỉ số',
  'PAR INDEX',
  'SIPAS',
  'một cửa',
  'biên chế',
  'dân tộc',
  'hội nghị',
]
const PAIRS = WORDS.flatMap((a, i) => [a, ...WORDS.slice(i + 1).map((b) => `${a} ${b}`)])
/** Phrases, rare and absent words, odd tokens (PostgreSQL's parser reads "1e10x" as two words). */
const OTHERS = [
  '"cải cách hành chính"',
  '"hành chính công"',
  '"sa pa" "bat xat"',
  '"chỉ số" hài lòng',
  '"công chức cấp xã"',
  '"thi đua khen thưởng" lào cai',
  'xyzqwv',
  '1e10x',
  '2024',
  'nghị định 2024',
  'lao cai',
  'danh gia',
  'ĐÁNH GIÁ',
  'tỉnh',
  'par',
  '"index par"',
]
/** Words of the bench data found in a few to a few thousand articles: counts below 1,000, and more pages. */
const FEWER = [
  'tcbc',
  'ccvc',
  'vtlt tdkt',
  'niem giang',
  'hung linh',
  'trieu 44',
  'vong',
  'ngang',
  'din',
  'tung',
  'lo',
  'pao din',
  'xdcq cchc',
  '"khao mat"',
  '"pao din"',
  '728',
  '357 niem',
  '618',
  '529',
  '747',
  '380',
  '837 cai cach',
  '355',
  '1494',
  '2509',
  '1603 hanh chinh',
  '920',
  '3037',
  '1690',
  '762',
  '852',
  '2393',
  '1239',
  'ccvc 2509',
]

type Search = { query: string; sort: 'relevance' | 'newest'; page: number }
const searches: Search[] = [
  ...PAIRS.flatMap((query, n) => [{ query, sort: n % 2 ? ('newest' as const) : ('relevance' as const), page: 1 }]),
  ...PAIRS.flatMap((query, n) => [{ query, sort: n % 2 ? ('relevance' as const) : ('newest' as const), page: 1 }]),
  ...OTHERS.flatMap((query) =>
    [1, 2, 7, 101].flatMap((page) => [
      { query, sort: 'relevance' as const, page },
      { query, sort: 'newest' as const, page },
    ]),
  ),
  ...FEWER.flatMap((query) =>
    [1, 2, 4].flatMap((page) => [
      { query, sort: 'relevance' as const, page },
      { query, sort: 'newest' as const, page },
    ]),
  ),
  ...PAIRS.filter((_, n) => n % 10 === 0).flatMap((query) => [3, 50, 100].map((page) => ({ query, sort: 'relevance' as const, page }))),
]

const payload = await getPayload({ config })
const run = async () => {
  const times: number[] = []
  const results = []
  for (const search of searches) {
    const began = performance.now()
    const result = await searchArticles(payload, search)
    times.push(performance.now() - began)
    results.push({ ...search, result })
  }
  return { times, results }
}
// The first pass reads the tables into memory, as a server that has been running would have them.
await run()
const { times, results } = await run()
function figures(name: string, some: number[]) {
  const sorted = [...some].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1)
  console.log(`${name} (${some.length}), one at a time: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`)
}
figures("npm run bench's searches", times.slice(0, PAIRS.length * 2))
figures('all searches', times)
const slowest = times
  .slice(0, Number(process.env.SLOWEST_OF ?? times.length))
  .map((time, n) => ({ time, ...searches[n] }))
  .sort((a, b) => b.time - a.time)
  .slice(0, 8)
for (const slow of slowest) console.log(`  ${slow.time.toFixed(1)} ms  ${slow.query} (${slow.sort}, page ${slow.page})`)
const out = process.argv[2]
if (out) writeFileSync(out, JSON.stringify(results, null, 1))
await payload.destroy()
process.exit(0)

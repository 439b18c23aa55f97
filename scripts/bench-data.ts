// `npm run bench:data`: a bench database of its own (never the demo's) holding 100,000 published articles
// over ten years, as the site's queries would find them had they been written in the admin. SQLite by
// default (.tmp/bench/portal.db); PostgreSQL when BENCH_DATABASE_URI says postgres:// (that database is
// emptied first). The schema and the founding content come from the project's own migrate and seed
// commands. Everything else goes in through Payload: the directory and score records through the adapter's
// own create (no hooks), the bulk (articles, their versions and relations) as multi-row inserts into the
// Drizzle tables Payload builds from the collections, 2,000 articles a transaction, each article's search
// entry written by the search module itself in the same transaction. A column that a migration renames or
// drops makes this script stop with its name instead of writing rows the site cannot read; a column added
// since is named in a warning. The Local API (hooks, versions, one query per slug check) would take hours.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, realpathSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

import pg from 'pg'

import { vnDay } from '@/analytics/time'
import { databaseKind } from '@/database/kind'
import type { Article, Author, Category, ScoreRecord } from '@/payload-types'
import { bodyText } from '@/search/articleText'
import { fold } from '@/search/normalize'
import { formatDecimal, formatInteger } from '@/utilities/format'
import { type BodyBlock, richTextFrom } from '@/utilities/lexical'
import { slugify } from '@/utilities/slugify'

import { ROOT, step } from './lib/run'

const DEFAULT_DB = path.join(ROOT, '.tmp', 'bench', 'portal.db')
const MEDIA_DIR = path.join(ROOT, '.tmp', 'bench', 'media')
const DEMO_DB = path.join(ROOT, 'data', 'portal.db')
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000)
/** Same seed, same count, same day: the same database, so runs of the bench compare. */
const SEED = Number(process.env.BENCH_SEED ?? 20240417)
const BATCH = 2_000
const YEARS = 10
const DAY_MS = 24 * 60 * 60 * 1000
/** The new portal's launch: its own counters hold views since then, `legacy_views` those from the old one. */
const COUNTING_YEARS = 3
/** One article in this many has its folded `searchText` checked against the site's own formula. */
const CHECK_EVERY = 100

type Text = { text: string; folded: string }

function fail(message: string): never {
  console.error(`✖ ${message}`)
  process.exit(1)
}

// ---------------------------------------------------------------------------------------------------
// Where the bench database goes, and the one place it must never go.

/** The file behind a `file:` URL, resolved as libsql resolves it (from the working directory). */
function databaseFile(url: string): string {
  if (url.startsWith('file://')) return fileURLToPath(url.split('?')[0])
  if (!url.startsWith('file:'))
    fail(`BENCH_DATABASE_URI phải là tệp SQLite (file:...) hoặc PostgreSQL (postgres://...), không phải "${url}".`)
  return path.resolve(url.slice('file:'.length).split('?')[0])
}

/** The same file however it is spelled: through symlinks, relative paths or `..`. */
function samePath(a: string, b: string): boolean {
  const real = (file: string) => {
    if (existsSync(file)) return realpathSync.native(file)
    const dir = path.dirname(file)
    return path.join(existsSync(dir) ? realpathSync.native(dir) : dir, path.basename(file))
  }
  return real(a) === real(b)
}

if (!Number.isInteger(ARTICLES) || ARTICLES < 1) fail(`BENCH_ARTICLES phải là số nguyên dương (đang là "${process.env.BENCH_ARTICLES}").`)
const TARGET = process.env.BENCH_DATABASE_URI || `file:${DEFAULT_DB}`
const POSTGRES = databaseKind(TARGET) === 'postgres'
if (process.argv.includes('--postgres') && !POSTGRES) {
  fail('`npm run bench:data:postgres` cần BENCH_DATABASE_URI=postgres://… (một cơ sở dữ liệu riêng cho việc đo; nó sẽ bị xoá trắng).')
}
const DB_FILE = POSTGRES ? null : databaseFile(TARGET)
const DB_URL = DB_FILE ? `file:${DB_FILE}` : TARGET
if (DB_FILE && samePath(DB_FILE, DEMO_DB)) {
  fail(`Từ chối ghi đè cơ sở dữ liệu của bản chạy thử (${path.relative(ROOT, DEMO_DB)}). Hãy đặt BENCH_DATABASE_URI tới một tệp khác.`)
}
/** Where the run is said to write, without a PostgreSQL password. */
const SHOWN_URL = DB_FILE ?? DB_URL.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')

// ---------------------------------------------------------------------------------------------------
// A seeded pseudo-random generator (mulberry32): Math.random would make every run a different benchmark.

let state = SEED >>> 0
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
const chance = (p: number) => random() < p
const round2 = (n: number) => Math.round(n * 100) / 100
/** An id like the ones Payload gives array rows (24 hex digits), but from the seeded generator. */
const rowId = () => Array.from({ length: 6 }, () => int(0, 0xffff).toString(16).padStart(4, '0')).join('')

function weighted<T>(items: ReadonlyArray<readonly [T, number]>): () => T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0)
  return () => {
    let r = random() * total
    for (const [item, weight] of items) if ((r -= weight) < 0) return item
    return items[items.length - 1][0]
  }
}

/** A few prolific writers and many occasional ones, as in any newsroom. */
function zipf<T>(items: readonly T[]): () => T {
  return weighted(items.map((item, i) => [item, 1 / (i + 1) ** 0.8] as const))
}

// ---------------------------------------------------------------------------------------------------
// Folding. The site folds one character at a time (src/search/normalize.ts), so the fold of words joined
// by single spaces is the folds of the words joined by single spaces. Folding each distinct word or pooled
// sentence once makes 100,000 bodies take seconds instead of minutes; verifyArticle checks the shortcut
// against the site's own functions on every hundredth article.

const foldedWords = new Map<string, string>()
function foldWords(text: string): string {
  return text
    .split(' ')
    .map((word) => {
      let folded = foldedWords.get(word)
      if (folded === undefined) foldedWords.set(word, (folded = fold(word)))
      return folded
    })
    .join(' ')
}
const text = (value: string): Text => ({ text: value, folded: foldWords(value) })
const joined = (parts: Text[]): Text => ({
  text: parts.map((part) => part.text).join(' '),
  folded: parts.map((part) => part.folded).join(' '),
})

// ---------------------------------------------------------------------------------------------------
// What the articles are about. Vietnamese, as readers of the department's portal would find it.

type CategoryKey = 'news' | 'reform' | 'civil' | 'local' | 'emulation' | 'archives' | 'religion' | 'notice'

/** Name, share of the articles, and the units whose staff mostly write for it. */
const CATEGORIES: ReadonlyArray<{ key: CategoryKey; name: string; weight: number; units: string[] }> = [
  { key: 'news', name: 'Tin tức - Sự kiện', weight: 28, units: ['Văn phòng Sở'] },
  { key: 'reform', name: 'Cải cách hành chính', weight: 20, units: ['Phòng CCHC-VTLT'] },
  { key: 'civil', name: 'Công chức, viên chức', weight: 14, units: ['Phòng CCVC', 'Phòng TCBC-TCPCP'] },
  { key: 'local', name: 'Chính quyền địa phương', weight: 11, units: ['Phòng XDCQ-CTTN', 'Thanh tra Sở'] },
  { key: 'emulation', name: 'Thi đua - Khen thưởng', weight: 9, units: ['Ban TĐKT'] },
  { key: 'archives', name: 'Văn thư - Lưu trữ', weight: 7, units: ['Chi cục VTLT', 'TT Lưu trữ lịch sử'] },
  { key: 'religion', name: 'Tín ngưỡng - Tôn giáo', weight: 6, units: ['Ban Tôn giáo'] },
  { key: 'notice', name: 'Thông báo', weight: 5, units: ['Văn phòng Sở', 'Phòng CCVC'] },
]

const UNITS: ReadonlyArray<{ shortName: string; fullName: string }> = [
  { shortName: 'Văn phòng Sở', fullName: 'Văn phòng Sở Nội vụ' },
  { shortName: 'Thanh tra Sở', fullName: 'Thanh tra Sở Nội vụ' },
  { shortName: 'Phòng CCHC-VTLT', fullName: 'Phòng Cải cách hành chính - Văn thư lưu trữ' },
  { shortName: 'Phòng TCBC-TCPCP', fullName: 'Phòng Tổ chức, biên chế và Tổ chức phi chính phủ' },
  { shortName: 'Phòng CCVC', fullName: 'Phòng Công chức, viên chức' },
  { shortName: 'Phòng XDCQ-CTTN', fullName: 'Phòng Xây dựng chính quyền và Công tác thanh niên' },
  { shortName: 'Ban TĐKT', fullName: 'Ban Thi đua - Khen thưởng' },
  { shortName: 'Ban Tôn giáo', fullName: 'Ban Tôn giáo' },
  { shortName: 'Chi cục VTLT', fullName: 'Chi cục Văn thư - Lưu trữ' },
  { shortName: 'TT Lưu trữ lịch sử', fullName: 'Trung tâm Lưu trữ lịch sử tỉnh Lào Cai' },
]

const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đỗ',
  'Lương',
  'Hà',
  'Bùi',
  'Đặng',
  'Lưu',
  'Đinh',
  'Lò',
  'Giàng',
  'Sùng',
  'Vàng',
  'Lù',
  'Tráng',
  'Mai',
]
const MIDDLE_NAMES = ['Văn', 'Thị', 'Thu', 'Minh', 'Quỳnh', 'Thanh', 'Hồng', 'Đức', 'Ngọc', 'Xuân', 'Mạnh', 'Hải', 'Seo', 'A']
const GIVEN_NAMES = [
  'Hà',
  'Lan',
  'Hùng',
  'Dũng',
  'Linh',
  'Hương',
  'Tuấn',
  'Phương',
  'Sơn',
  'Nga',
  'Thắng',
  'Hoa',
  'Trang',
  'Huyền',
  'Cường',
  'Chiến',
  'Mai',
  'Tùng',
  'Yến',
  'Long',
  'Páo',
  'Chư',
  'Dín',
  'Phử',
  'Sử',
  'Thào',
]
const POSITIONS = ['Chuyên viên', 'Chuyên viên', 'Chuyên viên', 'Chuyên viên chính', 'Phó Trưởng phòng', 'Trưởng phòng', 'Cộng tác viên']

const PLACES: ReadonlyArray<{ full: string; short: string }> = [
  { full: 'thị xã Sa Pa', short: 'Sa Pa' },
  { full: 'huyện Bát Xát', short: 'Bát Xát' },
  { full: 'huyện Bắc Hà', short: 'Bắc Hà' },
  { full: 'huyện Mường Khương', short: 'Mường Khương' },
  { full: 'huyện Văn Bàn', short: 'Văn Bàn' },
  { full: 'huyện Bảo Yên', short: 'Bảo Yên' },
  { full: 'huyện Bảo Thắng', short: 'Bảo Thắng' },
  { full: 'huyện Si Ma Cai', short: 'Si Ma Cai' },
  { full: 'thành phố Lào Cai', short: 'Thành phố Lào Cai' },
  { full: 'phường Cam Đường', short: 'Cam Đường' },
  { full: 'phường Kim Tân', short: 'Kim Tân' },
  { full: 'xã Y Tý', short: 'Y Tý' },
  { full: 'xã Tả Van', short: 'Tả Van' },
  { full: 'xã Bản Lầu', short: 'Bản Lầu' },
  { full: 'thị trấn Phố Lu', short: 'Phố Lu' },
  { full: 'thị trấn Khánh Yên', short: 'Khánh Yên' },
  { full: 'xã Lùng Phình', short: 'Lùng Phình' },
  { full: 'xã Cốc San', short: 'Cốc San' },
  { full: 'xã Sàng Ma Sáo', short: 'Sàng Ma Sáo' },
  { full: 'xã Mường Hum', short: 'Mường Hum' },
  { full: 'xã A Mú Sung', short: 'A Mú Sung' },
  { full: 'xã Pha Long', short: 'Pha Long' },
  { full: 'xã Cán Cấu', short: 'Cán Cấu' },
  { full: 'xã Lùng Cải', short: 'Lùng Cải' },
  { full: 'xã Bảo Nhai', short: 'Bảo Nhai' },
  { full: 'xã Võ Lao', short: 'Võ Lao' },
  { full: 'xã Nậm Xé', short: 'Nậm Xé' },
  { full: 'xã Xuân Quang', short: 'Xuân Quang' },
  { full: 'xã Gia Phú', short: 'Gia Phú' },
  { full: 'xã Bản Phiệt', short: 'Bản Phiệt' },
  { full: 'xã Tân Dương', short: 'Tân Dương' },
  { full: 'xã Nghĩa Đô', short: 'Nghĩa Đô' },
  { full: 'phường Duyên Hải', short: 'Duyên Hải' },
  { full: 'phường Bắc Cường', short: 'Bắc Cường' },
  { full: 'xã Bản Hồ', short: 'Bản Hồ' },
  { full: 'xã Mường Bo', short: 'Mường Bo' },
]

const TOPICS: Record<Exclude<CategoryKey, 'news' | 'notice'>, string[]> = {
  reform: [
    'cải cách hành chính',
    'cải cách thủ tục hành chính',
    'thực hiện cơ chế một cửa, một cửa liên thông',
    'cung cấp dịch vụ công trực tuyến toàn trình',
    'chuyển đổi số trong cơ quan nhà nước',
    'xây dựng chính quyền điện tử',
    'nâng cao Chỉ số cải cách hành chính (PAR INDEX)',
    'nâng cao Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)',
    'kiểm soát thủ tục hành chính',
    'số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
    'tuyên truyền cải cách hành chính',
  ],
  civil: [
    'tuyển dụng công chức',
    'tuyển dụng viên chức',
    'thi nâng ngạch công chức',
    'đánh giá, xếp loại cán bộ, công chức, viên chức',
    'đào tạo, bồi dưỡng cán bộ, công chức',
    'quản lý vị trí việc làm',
    'tinh giản biên chế',
    'sắp xếp tổ chức bộ máy',
    'quản lý biên chế công chức',
    'thực hiện chế độ, chính sách đối với cán bộ',
    'kiểm tra công vụ',
    'nâng cao đạo đức công vụ',
  ],
  local: [
    'sắp xếp đơn vị hành chính cấp xã',
    'xây dựng chính quyền địa phương hai cấp',
    'bầu cử đại biểu Hội đồng nhân dân',
    'thực hiện dân chủ ở cơ sở',
    'sắp xếp thôn, tổ dân phố',
    'bồi dưỡng cán bộ, công chức cấp xã',
    'quản lý địa giới hành chính',
    'công tác thanh niên',
    'quản lý hội, quỹ xã hội',
    'phân cấp, phân quyền cho cơ sở',
  ],
  emulation: [
    'công tác thi đua, khen thưởng',
    'phong trào thi đua yêu nước',
    'phong trào thi đua chung sức xây dựng nông thôn mới',
    'xét tặng danh hiệu Chiến sĩ thi đua cấp tỉnh',
    'khen thưởng điển hình tiên tiến',
    'khen thưởng thành tích đột xuất',
    'đề nghị tặng Huân chương Lao động',
    'xét tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    'tổng kết phong trào thi đua theo chuyên đề',
  ],
  archives: [
    'công tác văn thư, lưu trữ',
    'chỉnh lý tài liệu lưu trữ',
    'số hóa tài liệu lưu trữ lịch sử',
    'quản lý văn bản và hồ sơ điện tử',
    'sử dụng chữ ký số',
    'thu thập hồ sơ, tài liệu vào Lưu trữ lịch sử tỉnh',
    'bảo quản tài liệu lưu trữ',
    'trưng bày tài liệu lưu trữ',
    'lập hồ sơ công việc',
    'phục vụ khai thác tài liệu lưu trữ',
  ],
  religion: [
    'công tác tín ngưỡng, tôn giáo',
    'quản lý nhà nước về tín ngưỡng, tôn giáo',
    'thực hiện Luật Tín ngưỡng, tôn giáo',
    'đăng ký sinh hoạt tôn giáo tập trung',
    'quản lý lễ hội tín ngưỡng',
    'vận động chức sắc, chức việc các tôn giáo',
    'tuyên truyền chính sách tôn giáo cho đồng bào dân tộc thiểu số',
    'giải quyết các vụ việc liên quan đến tôn giáo',
  ],
}
const NEWS_TOPICS = [
  ...Object.values(TOPICS).flat(),
  'công tác nội vụ',
  'công tác cán bộ',
  'lao động, việc làm',
  'phòng, chống tham nhũng',
  'tiếp công dân',
]
const topicsOf = (key: CategoryKey): string[] =>
  key === 'news' ? NEWS_TOPICS : key === 'notice' ? [...TOPICS.civil, 'tiếp công dân'] : TOPICS[key]

const ORGS = [
  'Sở Nội vụ',
  'Ủy ban nhân dân tỉnh',
  'Ban Chỉ đạo cải cách hành chính tỉnh',
  'Hội đồng Thi đua - Khen thưởng tỉnh',
  'Ban Tôn giáo',
  'Chi cục Văn thư - Lưu trữ',
]
const LEADERS = [
  'Giám đốc Sở Nội vụ',
  'Phó Giám đốc Sở Nội vụ',
  'Phó Chủ tịch Ủy ban nhân dân tỉnh',
  'Chủ tịch Ủy ban nhân dân huyện',
  'Trưởng Ban Tôn giáo',
]
const EVENTS = ['hội nghị tổng kết', 'hội nghị sơ kết', 'hội nghị triển khai', 'lớp tập huấn về', 'buổi làm việc về', 'hội thảo về']
const LIMITS = [
  'việc cập nhật hồ sơ còn chậm',
  'một số cán bộ chưa thực sự chủ động',
  'cơ sở vật chất, trang thiết bị còn thiếu',
  'công tác tuyên truyền chưa thường xuyên',
  'tỷ lệ hồ sơ trực tuyến toàn trình còn thấp',
  'việc phối hợp giữa các cơ quan chưa chặt chẽ',
  'hạ tầng công nghệ thông tin ở vùng cao còn hạn chế',
]
const TASKS = [
  'quán triệt, triển khai nghiêm túc các văn bản chỉ đạo của Trung ương và của tỉnh',
  'nâng cao tinh thần trách nhiệm của người đứng đầu',
  'đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số',
  'tăng cường kiểm tra, giám sát việc thực hiện',
  'làm tốt công tác tuyên truyền đến người dân',
  'kịp thời tháo gỡ khó khăn, vướng mắc ở cơ sở',
  'rà soát, đơn giản hóa thủ tục hành chính',
  'chấn chỉnh kỷ luật, kỷ cương hành chính',
]
const EXAMS = [
  'thi tuyển công chức',
  'xét tuyển viên chức',
  'thi nâng ngạch công chức lên chuyên viên chính',
  'xét thăng hạng chức danh nghề nghiệp viên chức',
  'xét tuyển công chức cấp xã',
]
const HEADLINE_ENDINGS = [
  '',
  '',
  ' gắn với chuyển đổi số',
  ' vì sự hài lòng của người dân',
  ', tạo chuyển biến rõ nét ở cơ sở',
  ' từ thôn, bản',
  ', nâng cao chất lượng phục vụ',
  ' ở vùng cao',
]
const DEPARTMENTS = ['CCHC', 'TCBC', 'CCVC', 'XDCQ', 'VP', 'TĐKT', 'TG', 'VTLT']
const SECTORS = ['sự nghiệp giáo dục', 'sự nghiệp y tế', 'các đơn vị sự nghiệp thuộc Sở Nội vụ', 'Trung tâm Lưu trữ lịch sử tỉnh']

const GENERAL_SENTENCES = [
  'Tham dự hội nghị có lãnh đạo {org}, đại diện các phòng chuyên môn thuộc Sở và Ủy ban nhân dân {place}.',
  'Theo báo cáo, trong năm {year}, các cơ quan, đơn vị đã triển khai đồng bộ các nhiệm vụ về {topic}, đạt {pct}% kế hoạch đề ra.',
  'Bên cạnh những kết quả đạt được, việc thực hiện nhiệm vụ về {topic} vẫn còn một số hạn chế như {limit}.',
  'Phát biểu chỉ đạo, đồng chí {leader} đề nghị các cơ quan, đơn vị tiếp tục {task}.',
  '{org} sẽ phối hợp với các sở, ngành và địa phương {task} trong thời gian tới.',
  'Đến nay, {place} đã có {count} hồ sơ được tiếp nhận và giải quyết đúng hạn, đạt tỷ lệ {pct}%.',
  'Hội nghị đã thống nhất {few} nhóm nhiệm vụ trọng tâm, trong đó tập trung vào {topic}.',
  'Đoàn đã làm việc trực tiếp tại {place}, kiểm tra hồ sơ, tài liệu liên quan đến {topic}.',
  'Qua kiểm tra, các đơn vị cơ bản thực hiện đúng quy định; tuy nhiên, một số nơi còn {limit}.',
  'Các đại biểu đã tập trung thảo luận, chia sẻ kinh nghiệm và đề xuất giải pháp nâng cao hiệu quả {topic}.',
  'Năm {year}, toàn tỉnh có {count} lượt cán bộ, công chức, viên chức được cử đi đào tạo, bồi dưỡng.',
  'Kết quả này góp phần nâng cao chất lượng phục vụ người dân, doanh nghiệp trên địa bàn tỉnh Lào Cai.',
  'Thời gian tới, {org} tiếp tục tham mưu Ủy ban nhân dân tỉnh {task}.',
  'Ủy ban nhân dân {place} đã ban hành {few} kế hoạch và {few} văn bản chỉ đạo, hướng dẫn triển khai thực hiện.',
  'Tại buổi làm việc, đại diện {place} đã báo cáo kết quả {topic} và kiến nghị một số nội dung còn vướng mắc.',
  'Đồng chí {leader} ghi nhận, biểu dương những kết quả mà {place} đạt được trong thời gian qua.',
  'Nhiều mô hình, cách làm hay trong {topic} đã được nhân rộng ở các xã vùng cao.',
]

const CATEGORY_SENTENCES: Record<CategoryKey, string[]> = {
  news: [],
  reform: [
    'Tỷ lệ hồ sơ giải quyết trước và đúng hạn tại Trung tâm Phục vụ hành chính công tỉnh đạt {pct}%.',
    'Toàn tỉnh hiện có {count} thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình.',
    'Chỉ số cải cách hành chính (PAR INDEX) năm {year} của tỉnh đạt {score} điểm, xếp thứ {rank}/63 tỉnh, thành phố.',
    'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt {pct}%.',
    'Bộ phận Một cửa cấp xã của {place} đã được đầu tư trang thiết bị, bảo đảm phục vụ người dân thuận lợi.',
  ],
  civil: [
    'Kỳ {exam} năm {year} có {count} thí sinh đăng ký dự tuyển vào {few} chỉ tiêu.',
    'Kết quả đánh giá năm {year}, có {pct}% công chức hoàn thành tốt nhiệm vụ trở lên.',
    'Sở Nội vụ đã thẩm định đề án vị trí việc làm của {few} cơ quan, đơn vị.',
    'Việc tuyển dụng được thực hiện công khai, minh bạch, đúng quy định của pháp luật.',
  ],
  local: [
    'Sau sắp xếp, tỉnh có {few} đơn vị hành chính cấp xã, giảm {few} đơn vị so với trước.',
    'Cuộc bầu cử diễn ra an toàn, dân chủ, đúng pháp luật với tỷ lệ cử tri đi bầu đạt {pct}%.',
    'Chính quyền {place} đã vận hành ổn định, thông suốt sau khi sắp xếp.',
    'Các thôn, tổ dân phố đã tổ chức hội nghị để người dân bàn và quyết định trực tiếp các công việc của cộng đồng.',
  ],
  emulation: [
    'Hội đồng Thi đua - Khen thưởng tỉnh đã xét, đề nghị tặng Bằng khen cho {few} tập thể và {count} cá nhân.',
    'Phong trào thi đua đã lan tỏa rộng rãi trong cán bộ, đảng viên và nhân dân các dân tộc tỉnh Lào Cai.',
    'Nhiều tập thể, cá nhân điển hình tiên tiến ở {place} đã được biểu dương, khen thưởng kịp thời.',
  ],
  archives: [
    'Năm {year}, Chi cục Văn thư - Lưu trữ đã chỉnh lý {count} mét giá tài liệu.',
    'Lưu trữ lịch sử tỉnh đã phục vụ {count} lượt độc giả khai thác, sử dụng tài liệu.',
    'Tỷ lệ văn bản điện tử được ký số trong các cơ quan nhà nước đạt {pct}%.',
    'Kho lưu trữ của {place} đã được cải tạo, bảo đảm điều kiện bảo quản tài liệu.',
  ],
  religion: [
    'Trên địa bàn tỉnh hiện có {few} tổ chức tôn giáo với hơn {count} tín đồ.',
    'Các hoạt động tôn giáo trên địa bàn {place} diễn ra đúng quy định của pháp luật.',
    'Ban Tôn giáo đã hướng dẫn {few} nhóm sinh hoạt tôn giáo tập trung hoàn thiện hồ sơ đăng ký.',
    'Chức sắc, chức việc và tín đồ các tôn giáo tích cực tham gia các phong trào thi đua ở địa phương.',
  ],
  notice: [
    'Thí sinh có mặt tại địa điểm thi trước 30 phút để làm thủ tục dự thi.',
    'Hồ sơ đăng ký dự tuyển nộp trực tiếp tại Sở Nội vụ tỉnh Lào Cai hoặc qua dịch vụ bưu chính công ích.',
    'Danh sách chi tiết được niêm yết công khai tại trụ sở Sở Nội vụ và đăng trên Cổng thông tin điện tử của Sở.',
    'Mọi thắc mắc xin liên hệ Văn phòng Sở Nội vụ trong giờ hành chính để được hướng dẫn.',
    'Kỳ {exam} năm {year} tuyển {few} chỉ tiêu cho {sector}.',
  ],
}

/** Fills {slot}s; each slot draws a fresh value, so one template yields many sentences. */
function fill(template: string, topics: readonly string[], fixed: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (slot in fixed) return fixed[slot]
    switch (slot) {
      case 'org':
        return pick(ORGS)
      case 'place':
        return pick(PLACES).full
      case 'topic':
        return pick(topics)
      case 'year':
        return String(int(2015, 2025))
      case 'pct':
        return `${int(82, 99)},${int(0, 9)}`
      case 'count':
        return formatInteger(int(12, 4800))
      case 'few':
        return String(int(2, 40))
      case 'limit':
        return pick(LIMITS)
      case 'task':
        return pick(TASKS)
      case 'leader':
        return pick(LEADERS)
      case 'score':
        return `${int(82, 92)},${String(int(0, 99)).padStart(2, '0')}`
      case 'rank':
        return String(int(3, 40))
      case 'exam':
        return pick(EXAMS)
      case 'sector':
        return pick(SECTORS)
      default:
        throw new Error(`Unknown slot {${slot}} in "${template}"`)
    }
  })
}

/** Sentences made once and folded once per category: bodies are drawn from them. */
function sentencePool(key: CategoryKey, size: number): Text[] {
  const templates = [...CATEGORY_SENTENCES[key], ...CATEGORY_SENTENCES[key], ...GENERAL_SENTENCES]
  return Array.from({ length: size }, () => text(fill(pick(templates), topicsOf(key))))
}

const POOLS = Object.fromEntries(CATEGORIES.map(({ key }) => [key, sentencePool(key, 800)])) as Record<CategoryKey, Text[]>
const GENERAL_POOL = sentencePool('news', 2_000)

// ---------------------------------------------------------------------------------------------------
// When: working hours in Lào Cai (UTC+7) over the last ten years, busier as the portal grew.

const VN_OFFSET_MS = 7 * 60 * 60 * 1000
/** Midnight starting today in Vietnam: nothing is dated later in the day than the run. */
const END = Date.parse(`${vnDay(Date.now())}T00:00:00+07:00`)
const START = (() => {
  const [year, month, day] = vnDay(END).split('-')
  return Date.parse(`${Number(year) - YEARS}-${month}-${day}T00:00:00+07:00`)
})()
const COUNTING_SINCE = END - COUNTING_YEARS * 365 * DAY_MS
const DAYS = Math.round((END - START) / DAY_MS)

const iso = (ms: number) => new Date(ms).toISOString()
const vnWeekday = (ms: number) => new Date(ms + VN_OFFSET_MS).getUTCDay()
const vnDate = (ms: number) => {
  const date = new Date(ms + VN_OFFSET_MS)
  return `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`
}
const vnYear = (ms: number) => new Date(ms + VN_OFFSET_MS).getUTCFullYear()
const vnMonth = (ms: number) => new Date(ms + VN_OFFSET_MS).getUTCMonth() + 1

/** Publication instants, oldest first, so that ids grow with dates as they do on a live site. */
function publicationTimes(count: number): Float64Array {
  const times = new Float64Array(count)
  for (let i = 0; i < count; i++) {
    let day: number
    do {
      // Density rising linearly from 0.6 to 1.4 over the decade (inverse of its distribution function).
      const x = (-0.6 + Math.sqrt(0.36 + 1.6 * random())) / 0.8
      day = START + Math.floor(x * DAYS) * DAY_MS
    } while ((vnWeekday(day) === 0 || vnWeekday(day) === 6) && !chance(0.06))
    // 07:30 to 17:30, more in the morning; to the minute, as the admin's date picker sets it.
    times[i] = day + (450 + Math.floor(600 * random() ** 1.3)) * 60_000
  }
  return times.sort()
}

// ---------------------------------------------------------------------------------------------------
// Start from nothing: migrations, then the seed, each as `npm start` runs them.

const started = performance.now()
console.log(`Tạo cơ sở dữ liệu thử tải: ${formatInteger(ARTICLES)} bài viết → ${SHOWN_URL}`)
if (DB_FILE) {
  mkdirSync(path.dirname(DB_FILE), { recursive: true })
  for (const file of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, `${DB_FILE}-journal`]) rmSync(file, { force: true })
} else {
  const pool = new pg.Pool({ connectionString: DB_URL, max: 1 })
  await pool.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public')
  await pool.end()
}
rmSync(MEDIA_DIR, { recursive: true, force: true })

const generatedPassword = process.env.ADMIN_PASSWORD ? null : randomBytes(12).toString('hex')
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URI: DB_URL,
  MEDIA_DIR,
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  // An account to sign in with: the bench's staff accounts below have no password, and with any account
  // present the admin no longer offers its create-first-user screen.
  ADMIN_EMAIL: process.env.ADMIN_EMAIL ?? 'quantri@bench.invalid',
  ADMIN_PASSWORD: process.env.ADMIN_PASSWORD ?? generatedPassword ?? '',
}
step('Tạo cấu trúc cơ sở dữ liệu (migrations)', process.execPath, ['scripts/run.mjs', 'scripts/payload.ts', 'migrate'], env)
step('Nạp nội dung ban đầu (seed)', process.execPath, ['scripts/run.mjs', 'scripts/seed.ts'], env)

// Payload on the bench database: the config, the search module and the counters pick their database from
// DATABASE_URI when first imported, so they are imported only now.
Object.assign(process.env, { DATABASE_URI: DB_URL, MEDIA_DIR, PAYLOAD_SECRET: env.PAYLOAD_SECRET })
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { getTableColumns, getTableName } = await import('@payloadcms/db-sqlite/drizzle')
const { sessionOf, sqliteAdapterOf, sqliteSessionOf, postgresAdapterOf, postgresPoolOf, sqliteClientOf } =
  await import('@/database/clients')
const { inTransaction } = await import('@/database/transaction')
const { indexArticle } = await import('@/search')
const { openCounterStore } = await import('@/analytics')
const payload = await getPayload({ config })

type Row = Record<string, unknown>
type Table = Parameters<typeof getTableColumns>[0]
/**
 * What Drizzle's SQLite and PostgreSQL databases (and transactions) share for a multi-row insert. Payload
 * types a session's database as the union of the two, whose `insert` overloads do not combine.
 */
type Inserter = { insert(table: Table): { values(rows: Row[]): PromiseLike<unknown> } }
/** A transaction as this script writes in it: Drizzle's handle, and on SQLite the libsql connection under it. */
type Writer = { db: Inserter; sqlite?: { execute(statement: { sql: string; args: InValue[] }): Promise<unknown> } }
type InValue = string | number | bigint | boolean | null | ArrayBuffer | Uint8Array | Date

/** The Drizzle tables Payload built from the collections (`payload.db.tables`), on either database. */
const tables = (POSTGRES ? postgresAdapterOf(payload) : sqliteAdapterOf(payload)).tables as Record<string, Table>
/** Most values one statement may carry: SQLite's limit is 32,766, PostgreSQL's 65,535. */
const MAX_VALUES = 30_000
const checkedTables = new Set<string>()

/**
 * Inserts rows (keyed by the field names Payload's schema uses, e.g. `publishedAt`, `version_title`) into
 * one of Payload's tables, as few statements as the database allows. The first time a table is written,
 * a key the table lacks stops the run (Drizzle would drop it silently: a migration renamed or removed that
 * column), and a column no row fills is named (a migration added it; the site's own rows would have it).
 */
async function insertRows(writer: Writer, name: string, rows: Row[]): Promise<void> {
  if (!rows.length) return
  const table = tables[name]
  if (!table) throw new Error(`Payload has no table "${name}" any more: the collections changed, and this script with them.`)
  const columns = getTableColumns(table)
  const keys = Object.keys(columns)
  if (!checkedTables.has(name)) {
    checkedTables.add(name)
    const given = new Set(rows.flatMap((row) => Object.keys(row)))
    const unknown = [...given].filter((key) => !keys.includes(key))
    if (unknown.length) throw new Error(`Table "${name}" has no column for ${unknown.join(', ')}: a migration changed it.`)
    const unfilled = keys.filter((column) => column !== 'id' && !given.has(column))
    if (unfilled.length) console.warn(`⚠ Bảng ${name} có cột chưa được điền: ${unfilled.join(', ')} (có migration mới?).`)
  }
  const filled = keys.filter((key) => key in rows[0])
  const perStatement = Math.max(1, Math.floor(MAX_VALUES / filled.length))
  for (let from = 0; from < rows.length; from += perStatement) {
    const chunk = rows.slice(from, from + perStatement)
    if (!writer.sqlite) {
      await writer.db.insert(table).values(chunk)
      continue
    }
    // On SQLite the statement is written here from the same table: Drizzle's own builder spends more time
    // assembling 30,000 parameters than SQLite spends storing them. Each value still goes through its
    // column's own conversion (JSON, booleans, dates), as Drizzle would send it.
    const names = filled.map((key) => `"${columns[key].name}"`).join(', ')
    const tuple = `(${filled.map(() => '?').join(', ')})`
    const args = chunk.flatMap((row) =>
      filled.map((key) => (row[key] == null ? null : (columns[key].mapToDriverValue(row[key]) as InValue))),
    )
    await writer.sqlite.execute({
      sql: `INSERT INTO "${getTableName(table)}" (${names}) VALUES ${chunk.map(() => tuple).join(', ')}`,
      args,
    })
  }
}

/** Runs `work` in one transaction, with a writer on it and a request carrying it (for the search module). */
function transaction<T>(work: (writer: Writer, req: Parameters<typeof indexArticle>[2]) => Promise<T>): Promise<T> {
  return inTransaction(payload, undefined, async (req) => {
    const db = await sessionOf(payload, req)
    // The portal's SQLite sessions are Drizzle databases on a libsql connection of their own (src/database/sqlite.ts).
    const sqlite = POSTGRES ? undefined : ((await sqliteSessionOf(payload, req)) as unknown as { $client: Writer['sqlite'] }).$client
    return work({ db: db as unknown as Inserter, sqlite }, req)
  })
}

/** Every document of a collection, as stored (no hooks, no access checks). */
async function documents<T>(collection: 'units' | 'authors' | 'categories' | 'users' | 'indices' | 'score-records' | 'media' | 'articles') {
  const { docs } = await payload.db.find({ collection, limit: 0, pagination: false, sort: 'id' })
  return docs as T[]
}
/** The next id of a collection: rows are written with their ids, so relations can point at them at once. */
async function nextId(collection: Parameters<typeof documents>[0]): Promise<number> {
  const docs = await documents<{ id: number }>(collection)
  return docs.reduce((max, doc) => Math.max(max, doc.id), 0) + 1
}

// ---------------------------------------------------------------------------------------------------
// The directory: units, authors, categories and staff accounts, beside the ones the seed made. A few
// hundred documents: Payload's adapter writes them (its create, without the collections' hooks).

console.log('\n▶ Danh mục: đơn vị, tác giả, chuyên mục, tài khoản, kết quả chỉ số')
const directoryDate = iso(START - 30 * DAY_MS)
const dated = { createdAt: directoryDate, updatedAt: directoryDate }
async function create<T>(collection: Parameters<typeof documents>[0], data: Row): Promise<T> {
  return (await payload.db.create({ collection, data: { ...data, ...dated } })) as T
}

async function loadDirectory() {
  const unitIds = new Map((await documents<{ id: number; shortName: string }>('units')).map((row) => [row.shortName, row.id]))
  for (const unit of UNITS) {
    if (unitIds.has(unit.shortName)) continue
    // Through Payload, in Vietnamese: the adapter's own create left the localized name empty (a build against
    // this database then failed at /en/organisation, which falls back to the Vietnamese name).
    const doc = await payload.create({
      collection: 'units',
      locale: 'vi',
      data: { shortName: unit.shortName, fullName: unit.fullName },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    unitIds.set(unit.shortName, doc.id)
  }

  const authors = (await documents<Author>('authors')).map((author) => ({
    id: author.id,
    name: author.name,
    position: author.position ?? null,
    unitId: typeof author.unit === 'object' ? (author.unit?.id ?? null) : (author.unit ?? null),
  }))
  const names = new Set(authors.map((author) => author.name))
  const unitList = [...unitIds.values()]
  while (authors.length < 60) {
    const name = `${pick(SURNAMES)} ${pick(MIDDLE_NAMES)} ${pick(GIVEN_NAMES)}`
    if (names.has(name)) continue
    names.add(name)
    const author = { name, position: pick(POSITIONS), unitId: unitList[authors.length % unitList.length] }
    const doc = await create<{ id: number }>('authors', { name: author.name, position: author.position, unit: author.unitId })
    authors.push({ id: doc.id, ...author })
  }

  const categoryIds = new Map((await documents<Category>('categories')).map((row) => [row.slug, row.id]))
  for (const category of CATEGORIES) {
    const slug = slugify(category.name)
    if (categoryIds.has(slug)) continue
    const doc = await create<{ id: number }>('categories', { name: category.name, slug })
    categoryIds.set(slug, doc.id)
  }

  // Staff accounts without a password: they exist to be the articles' `createdBy`, as in the admin.
  const staff = (await documents<{ id: number; role: 'admin' | 'editor' | 'author' }>('users')).map(({ id, role }) => ({ id, role }))
  for (let i = 1; i <= 12; i++) {
    const role = i <= 4 ? 'editor' : 'author'
    const name = `${pick(SURNAMES)} ${pick(MIDDLE_NAMES)} ${pick(GIVEN_NAMES)}`
    const email = `${role === 'editor' ? 'bientap' : 'tacgia'}${i}@bench.invalid`
    const doc = await create<{ id: number }>('users', { name, role, email, loginAttempts: 0 })
    staff.push({ id: doc.id, role })
  }
  return { unitIds, authors, categoryIds, staff }
}
const directory = await loadDirectory()

// ---------------------------------------------------------------------------------------------------
// Score records: PAR INDEX and SIPAS for every year 2015–2024, shaped like the seed's two (2023), whose
// figures the neighbouring years continue: 2022 is what the seed's stated change (+3,67 points, +4 ranks)
// implies, and the 2023 record's change becomes "computed", as the admin's hook makes it once 2022 exists.

const SCORE_YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i)
const SUBJECT = 'Lào Cai'
const idOf = (value: number | { id: number } | null | undefined) => (typeof value === 'object' ? value?.id : value)

async function loadScores() {
  const indexIds = new Map((await documents<{ id: number; code: string }>('indices')).map((row) => [row.code, row.id]))
  const par = indexIds.get('PAR INDEX')
  const sipas = indexIds.get('SIPAS')
  if (!par || !sipas) throw new Error('The seed made no PAR INDEX or SIPAS index: src/seed/scoreRecords.ts changed?')
  const existing = (await documents<ScoreRecord>('score-records')).filter((row) => row.subject === SUBJECT)
  const parModel = existing.find((row) => idOf(row.index) === par)
  const sipasModel = existing.find((row) => idOf(row.index) === sipas)
  if (!parModel || !sipasModel) throw new Error('The seed made no PAR INDEX or SIPAS record to model the others on.')
  const parCriteria = parModel.criteria ?? []
  const sipasCriteria = sipasModel.criteria ?? []
  const partNames = (parModel.scoreParts ?? []).map((row) => row.name)

  const ids: Record<'PAR INDEX' | 'SIPAS', Map<number, number>> = { 'PAR INDEX': new Map(), SIPAS: new Map() }
  for (const row of existing) ids[idOf(row.index) === par ? 'PAR INDEX' : 'SIPAS'].set(row.year, row.id)
  // Announced in the spring after the year scored.
  const announced = (year: number) => iso(Date.parse(`${year + 1}-05-${String(int(5, 25)).padStart(2, '0')}T02:00:00.000Z`))
  const record = async (data: Row, date: string) =>
    (await payload.db.create({ collection: 'score-records', data: { ...data, createdAt: date, updatedAt: date } })).id as number

  // PAR INDEX: totals walk back from the seed's year and forward to 2024.
  const parTotal = parModel.total ?? {}
  const stated = parModel.change ?? {}
  const totals = new Map<number, { value: number; rank: number }>()
  totals.set(parModel.year, { value: parTotal.value ?? 90, rank: parTotal.rank ?? 10 })
  for (let year = parModel.year - 1; year >= SCORE_YEARS[0]; year--) {
    const after = totals.get(year + 1)!
    const change = year === parModel.year - 1 && stated.points != null ? stated : null
    totals.set(year, {
      value: round2(after.value - (change?.points ?? 0.5 + random() * 3)),
      rank: Math.min(63, Math.max(1, after.rank + (change?.ranks ?? int(-3, 8)))),
    })
  }
  for (let year = parModel.year + 1; year <= SCORE_YEARS[SCORE_YEARS.length - 1]; year++) {
    const before = totals.get(year - 1)!
    totals.set(year, {
      value: round2(Math.min(95, before.value + random() * 2 - 0.6)),
      rank: Math.min(63, Math.max(1, before.rank + int(-3, 2))),
    })
  }
  for (const year of SCORE_YEARS) {
    if (ids['PAR INDEX'].has(year)) continue
    const { value, rank } = totals.get(year)!
    const previous = totals.get(year - 1)
    const group =
      value >= 90
        ? ['A', 'nhóm tỉnh, thành phố có số điểm trên 90 điểm']
        : value >= 80
          ? ['B', 'nhóm tỉnh, thành phố có số điểm từ 80 đến dưới 90 điểm']
          : ['C', 'nhóm tỉnh, thành phố có số điểm dưới 80 điểm']
    const date = announced(year)
    // The parts in the seed's proportions, the last one taking the rounding so they add up to the total.
    const shares = [0.65, 0.098, 0.194, 0.058]
    let rest = value
    const scoreParts = partNames.map((name, i) => {
      const part = i === partNames.length - 1 ? round2(rest) : round2(value * (shares[i] ?? 0.1) * (0.97 + random() * 0.06))
      rest -= part
      return { id: rowId(), name, value: part, unit: 'points' }
    })
    const criteria = parCriteria.map((model) => {
      const percent = round2(80 + random() * 19.5)
      return {
        id: rowId(),
        name: model.name,
        value: model.value == null ? null : round2(percent / 10),
        previousValue: null,
        unit: model.unit,
        percent: model.percent == null && model.value == null ? null : percent,
        rank: int(1, 63),
        outOf: 63,
        note: null,
      }
    })
    const id = await record(
      {
        title: `PAR INDEX ${year} – ${SUBJECT}`,
        index: par,
        year,
        subject: SUBJECT,
        unit: 'points',
        total: { value, unit: 'points', rank, outOf: 63 },
        change: {
          points: previous ? round2(value - previous.value) : null,
          ranks: previous ? previous.rank - rank : null,
          basis: previous ? 'computed' : null,
        },
        rankGroup: { name: group[0], note: group[1] },
        regionRank: { region: 'Trung du và miền núi phía Bắc', rank: Math.max(1, Math.min(14, Math.round((rank / 63) * 14))), outOf: 14 },
        scorePartsNote: null,
        notes: null,
        scoreParts,
        criteria,
      },
      date,
    )
    ids['PAR INDEX'].set(year, id)
  }
  // The seed's record now has its year before: the change is computed from it, as the hook would.
  const before = totals.get(parModel.year - 1)
  if (before) {
    await payload.db.updateOne({
      collection: 'score-records',
      id: parModel.id,
      data: {
        change: { points: round2((parTotal.value ?? 0) - before.value), ranks: before.rank - (parTotal.rank ?? 0), basis: 'computed' },
      },
    })
  }

  // SIPAS: each year's values are the next year's "previous values", as the seed's record reads.
  const values = new Map<number, number[]>()
  values.set(
    sipasModel.year,
    sipasCriteria.map((row) => row.value ?? 85),
  )
  values.set(
    sipasModel.year - 1,
    sipasCriteria.map((row) => row.previousValue ?? 83),
  )
  for (let year = sipasModel.year - 2; year >= SCORE_YEARS[0] - 1; year--) {
    values.set(
      year,
      values.get(year + 1)!.map((value) => round2(Math.max(60, value - random() * 3.5))),
    )
  }
  for (let year = sipasModel.year + 1; year <= SCORE_YEARS[SCORE_YEARS.length - 1]; year++) {
    values.set(
      year,
      values.get(year - 1)!.map((value) => round2(Math.min(99.5, value + random() * 2.5 - 0.5))),
    )
  }
  for (const year of SCORE_YEARS) {
    if (ids.SIPAS.has(year)) continue
    const date = announced(year)
    const criteria = sipasCriteria.map((model, i) => ({
      id: rowId(),
      name: model.name,
      value: values.get(year)![i],
      previousValue: values.get(year - 1)![i],
      unit: 'percent',
      percent: null,
      rank: null,
      outOf: null,
      note: null,
    }))
    const id = await record({ title: `SIPAS ${year} – ${SUBJECT}`, index: sipas, year, subject: SUBJECT, unit: 'percent', criteria }, date)
    ids.SIPAS.set(year, id)
  }
  return { ids, totals }
}
const scores = await loadScores()

// ---------------------------------------------------------------------------------------------------
// The articles.

const mediaId = (await documents<{ id: number }>('media'))[0]?.id ?? null
const seededArticles = await documents<{ slug?: string | null }>('articles')
const existingArticles = seededArticles.length
const toCreate = Math.max(0, ARTICLES - existingArticles)

const categoryDocs = CATEGORIES.map((category) => {
  const id = directory.categoryIds.get(slugify(category.name))
  if (!id) throw new Error(`Category ${category.name} missing`)
  const doc: Category = { id, name: category.name, slug: slugify(category.name), updatedAt: directoryDate, createdAt: directoryDate }
  return { ...category, doc, folded: fold(category.name) }
})
const pickCategory = weighted(categoryDocs.map((category) => [category, category.weight] as const))
const reformCategory = categoryDocs.find((category) => category.key === 'reform')!

const authorDocs = directory.authors.map((row) => {
  const doc: Author = {
    id: row.id,
    name: row.name,
    position: row.position,
    unit: row.unitId,
    updatedAt: directoryDate,
    createdAt: directoryDate,
  }
  return { doc, unitId: row.unitId, folded: fold([row.name, row.position].filter(Boolean).join(' ')) }
})
const anyAuthor = zipf(authorDocs)
const authorsFor = new Map(
  categoryDocs.map((category) => {
    const units = new Set(category.units.map((unit) => directory.unitIds.get(unit)))
    const own = authorDocs.filter((author) => units.has(author.unitId ?? undefined))
    return [category.key, own.length ? zipf(own) : anyAuthor] as const
  }),
)
const pickCreator = weighted([
  ...directory.staff.filter((user) => user.role === 'author').map((user) => [user.id, 6] as const),
  ...directory.staff.filter((user) => user.role === 'editor').map((user) => [user.id, 4] as const),
  ...directory.staff.filter((user) => user.role === 'admin').map((user) => [user.id, 1] as const),
])

const slugs = new Set(seededArticles.flatMap((row) => (row.slug ? [row.slug] : [])))
/** As the slug field does it: the title folded to ASCII, with -2, -3 … when another article has it. */
function uniqueSlug(title: string): string {
  const base = slugify(title) || 'bai-viet'
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (!slugs.has(candidate)) {
      slugs.add(candidate)
      return candidate
    }
  }
}

type Draft = {
  title: Text
  summary: Text | null
  paragraphs: Text[]
  category: (typeof categoryDocs)[number]
  scoreRecordIds: number[]
}

function titleFor(key: CategoryKey, topic: string, place: { full: string; short: string }, at: number): string {
  const year = vnYear(at)
  if (key === 'notice') {
    // Notices are numbered documents: "Thông báo số 125/TB-SNV về …".
    const about = pick([
      `kết quả ${pick(EXAMS)} năm ${year}`,
      `danh sách thí sinh đủ điều kiện dự ${pick(EXAMS)} năm ${year}`,
      `triệu tập thí sinh dự ${pick(EXAMS)} năm ${year} (vòng ${int(1, 2)})`,
      `lịch tiếp công dân của Giám đốc Sở Nội vụ tháng ${vnMonth(at)}/${year}`,
      `tuyển dụng viên chức ${pick(SECTORS)} năm ${year}`,
    ])
    return chance(0.85) ? `Thông báo số ${int(1, 650)}/TB-SNV về ${about}` : `Thông báo ${about}`
  }
  // Places and document numbers keep most titles apart; the slug's -2, -3 … handle the rest, as in the admin.
  const reviewYear = vnMonth(at) <= 3 ? year - 1 : year
  return pick([
    `${pick(ORGS)} tổ chức ${pick(EVENTS)} ${topic} năm ${reviewYear}`,
    `${place.short}: ${pick(['Đẩy mạnh', 'Nâng cao hiệu quả', 'Tăng cường', 'Chú trọng', 'Chuyển biến tích cực trong', 'Triển khai hiệu quả'])} ${topic}${pick(HEADLINE_ENDINGS)}`,
    `Sở Nội vụ ${pick(['kiểm tra', 'khảo sát', 'làm việc về', 'hướng dẫn'])} ${topic} năm ${year} tại ${place.full}`,
    `Triển khai Kế hoạch số ${int(12, 480)}/KH-${pick(['UBND', 'SNV', 'BCĐ'])} về ${topic}`,
    `Công văn số ${int(100, 2900)}/SNV-${pick(DEPARTMENTS)} về việc ${pick(['tăng cường', 'triển khai', 'hướng dẫn', 'đôn đốc'])} ${topic}`,
    `${place.short} tổ chức ${pick(EVENTS)} ${topic} năm ${reviewYear}`,
    `Tập huấn nghiệp vụ ${topic} năm ${year} cho cán bộ, công chức ${place.full}`,
    `Kết quả ${topic} ${pick(['6 tháng đầu năm', '9 tháng năm', 'quý I năm', 'năm'])} ${reviewYear} của ${place.full}`,
    `Ban hành Quyết định số ${int(100, 3200)}/QĐ-UBND về ${topic}`,
  ])
}

/** How long a body runs: notices and briefs, ordinary news, and the long reports. */
function paragraphCount(): number {
  const r = random()
  return r < 0.1 ? int(1, 2) : r < 0.8 ? int(3, 9) : int(10, 30)
}

function paragraphFrom(pool: Text[], first: Text | null): Text {
  const sentences = first ? [first] : []
  for (let n = int(2, 4); sentences.length < n;) sentences.push(chance(0.7) ? pick(pool) : pick(GENERAL_POOL))
  return joined(sentences)
}

/** The year whose score records an article published at `at` can report (announced each spring). */
const reportedYear = (at: number) => vnYear(at) - (vnMonth(at) >= 5 ? 1 : 2)

function draftAt(at: number): Draft {
  const reported = reportedYear(at)
  const aboutScores = chance(0.01) && scores.ids['PAR INDEX'].has(reported) && scores.ids.SIPAS.has(reported)
  const category = aboutScores ? reformCategory : pickCategory()
  const topics = topicsOf(category.key)
  const topic = pick(topics)
  const place = pick(PLACES)
  const org =
    category.key === 'religion' ? 'Ban Tôn giáo' : category.key === 'emulation' ? 'Hội đồng Thi đua - Khen thưởng tỉnh' : pick(ORGS)
  const fixed = { topic, place: place.full, org, date: vnDate(at - int(0, 1) * DAY_MS), year: String(vnYear(at)) }
  const pool = POOLS[category.key]
  const paragraphs: Text[] = []
  let title: string
  let scoreRecordIds: number[] = []
  if (aboutScores) {
    const par = scores.totals.get(reported)!
    const which = pick(['both', 'PAR INDEX', 'SIPAS'] as const)
    title =
      which === 'both'
        ? `Kết quả Chỉ số SIPAS, Chỉ số cải cách hành chính (PAR INDEX) năm ${reported} của tỉnh Lào Cai`
        : which === 'PAR INDEX'
          ? `Công bố Chỉ số cải cách hành chính (PAR INDEX) năm ${reported} của tỉnh Lào Cai`
          : `Công bố Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm ${reported}`
    scoreRecordIds =
      which === 'both' ? [scores.ids['PAR INDEX'].get(reported)!, scores.ids.SIPAS.get(reported)!] : [scores.ids[which].get(reported)!]
    paragraphs.push(
      paragraphFrom(
        pool,
        text(
          `Ngày ${fixed.date}, Bộ Nội vụ tổ chức Hội nghị công bố Chỉ số cải cách hành chính năm ${reported} của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.`,
        ),
      ),
      text(
        `Chỉ số cải cách hành chính năm ${reported} của tỉnh Lào Cai đạt ${String(par.value).replace('.', ',')} điểm, xếp thứ ${par.rank}/63 tỉnh, thành phố.`,
      ),
    )
  } else if (category.key === 'notice') {
    title = titleFor(category.key, topic, place, at)
    paragraphs.push(
      text(`Căn cứ Kế hoạch số ${int(12, 480)}/KH-SNV ngày ${fixed.date} của Sở Nội vụ tỉnh Lào Cai, Sở Nội vụ thông báo như sau:`),
    )
  } else {
    title = titleFor(category.key, topic, place, at)
    const lead = fill(
      pick([
        'Ngày {date}, {org} tổ chức {event} {topic}.',
        'Sáng ngày {date}, tại {place}, {org} đã tổ chức {event} {topic}.',
        'Thực hiện Kế hoạch số {doc}/KH-UBND của Ủy ban nhân dân tỉnh về {topic}, ngày {date}, {org} đã làm việc tại {place}.',
        'Chiều ngày {date}, đoàn công tác của {org} do đồng chí {leader} làm trưởng đoàn đã kiểm tra {topic} tại {place}.',
      ]),
      topics,
      { ...fixed, event: pick(EVENTS), doc: String(int(12, 480)) },
    )
    paragraphs.push(paragraphFrom(pool, text(lead)))
  }
  for (let n = paragraphCount(); paragraphs.length < n;) paragraphs.push(paragraphFrom(pool, null))
  // Staff leave the summary empty now and then; a notice's summary restates its title.
  const summaryTemplate = pick([
    'Ngày {date}, {org} tổ chức {event} {topic} năm {year}.',
    '{org} vừa ban hành kế hoạch {topic} năm {year}, trong đó đề ra nhiều nhiệm vụ, giải pháp cụ thể.',
    'Những năm qua, {place} luôn chú trọng {topic}, góp phần nâng cao hiệu quả hoạt động của chính quyền cơ sở.',
    'Nhằm nâng cao chất lượng phục vụ người dân, {org} đã triển khai nhiều giải pháp về {topic} tại {place}.',
  ])
  const summary = chance(0.08)
    ? null
    : text(
        category.key === 'notice'
          ? `Sở Nội vụ tỉnh Lào Cai ${title.charAt(0).toLowerCase()}${title.slice(1)}.`
          : fill(summaryTemplate, topics, { ...fixed, event: pick(EVENTS) }),
      )
  return { title: text(title), summary, paragraphs, category, scoreRecordIds }
}

/**
 * Views: a heavy tail (a few articles read by thousands, most by few). Before the new portal the old
 * one's count is carried in `legacy_views`; since then the counters hold them, day by day, mostly in the
 * first days after publication.
 */
function viewsOf(at: number): { legacy: number; counted: number; days: Map<string, number> } {
  const popularity = Math.min(400, 1 / (1 - random()) ** 0.75)
  const old = at < COUNTING_SINCE
  const legacy = old ? Math.floor(popularity * 25 * (0.5 + random())) : 0
  const counted = Math.floor(popularity * (old ? 1.5 : 40) * random())
  const days = new Map<string, number>()
  const from = Math.max(at, COUNTING_SINCE)
  const span = Math.max(1, END - from)
  const chunks = Math.min(counted, 1 + Math.floor(Math.log2(1 + counted)))
  for (let i = 0; i < chunks; i++) {
    const views = Math.floor(counted / chunks) + (i === 0 ? counted % chunks : 0)
    const day = vnDay(from + Math.floor(span * (old ? random() : random() ** 4)))
    days.set(day, (days.get(day) ?? 0) + views)
  }
  return { legacy, counted, days }
}

const times = publicationTimes(toCreate)
const recentByCategory = new Map<CategoryKey, number[]>()
let articleId = await nextId('articles')
let versionId =
  (await payload.db.findVersions({ collection: 'articles', limit: 0, pagination: false })).docs.reduce(
    (max, doc) => Math.max(max, Number(doc.id)),
    0,
  ) + 1

/** One batch's rows, by Payload table, and the articles whose search entries the batch writes. */
type Pending = { rows: Record<'articles' | '_articles_v' | 'articles_rels' | '_articles_v_rels', Row[]>; published: Article[] }
/** The counters' figures, written through the counters' own store once the articles are in. */
const counted = { views: new Map<number, number>(), dailyViews: new Map<string, number>() }

function draftArticle(index: number, pending: Pending): void {
  const at = times[index]
  const id = articleId++
  const draft = draftAt(at)
  const author = authorsFor.get(draft.category.key)!()
  const blocks: BodyBlock[] = draft.paragraphs.map((paragraph) => paragraph.text)
  if (mediaId && chance(0.1)) blocks.splice(1, 0, { uploadId: mediaId })
  const body = richTextFrom(blocks)
  const summaryFolded = draft.summary?.folded ?? ''
  const bodyFolded = draft.paragraphs.map((paragraph) => paragraph.folded).join(' ')
  const searchText = [draft.title.folded, summaryFolded, bodyFolded].filter(Boolean).join(' ')
  const slug = uniqueSlug(draft.title.text)
  const publishedAt = iso(at)
  const createdAt = iso(at - int(10, 600) * 60_000 - int(0, 999))
  const updatedAt = iso(chance(0.1) ? at + int(1, 400) * 60 * 60_000 + int(0, 999) : at + int(0, 300) * 1000 + int(0, 999))
  const views = viewsOf(at)
  const coverImage = mediaId && chance(0.4) ? mediaId : null
  const fields = {
    title: draft.title.text,
    summary: draft.summary?.text ?? null,
    body,
    coverImage,
    slug,
    publishedAt,
    category: draft.category.doc.id,
    author: author.doc.id,
    legacyViews: views.legacy,
    createdBy: pickCreator(),
    updatedAt,
    createdAt,
    _status: 'published',
    review: 'approved',
    searchText,
  }
  pending.rows.articles.push({ id, ...fields })
  const version = versionId++
  pending.rows._articles_v.push({
    id: version,
    parent: id,
    ...Object.fromEntries(Object.entries(fields).map(([key, value]) => [`version_${key}`, value])),
    createdAt: updatedAt,
    updatedAt,
    latest: true,
    autosave: false,
  })

  // Staff pick related articles now and then, among recent ones of the same category.
  const recent = recentByCategory.get(draft.category.key) ?? []
  const related = chance(0.02) ? [...new Set(Array.from({ length: int(2, 4) }, () => pick(recent)))].filter(Boolean) : []
  recent.push(id)
  if (recent.length > 200) recent.shift()
  recentByCategory.set(draft.category.key, recent)
  for (const [field, ids, column] of [
    ['scoreRecords', draft.scoreRecordIds, 'score-recordsID'],
    ['relatedArticles', related, 'articlesID'],
  ] as const) {
    ids.forEach((target, i) => {
      const other = column === 'articlesID' ? 'score-recordsID' : 'articlesID'
      pending.rows.articles_rels.push({ order: i + 1, parent: id, path: field, [column]: target, [other]: null })
      pending.rows._articles_v_rels.push({ order: i + 1, parent: version, path: `version.${field}`, [column]: target, [other]: null })
    })
  }

  const article: Article = {
    id,
    ...fields,
    category: draft.category.doc,
    author: author.doc,
    createdBy: null,
    coverImage: null,
    _status: 'published',
    review: 'approved',
  }
  pending.published.push(article)
  if (index % CHECK_EVERY === 0) {
    const wanted = fold([article.title, article.summary, bodyText(article.body)].filter(Boolean).join(' '))
    if (searchText !== wanted) throw new Error(`Article ${id}: generated searchText differs from the site's (foldSearchText).`)
  }
  if (views.counted > 0) counted.views.set(id, views.counted)
  for (const [day, n] of views.days) counted.dailyViews.set(`${id}|${day}`, n)
}

/** Drafts a batch of articles and writes it whole: its rows, then each article's search entry, in one transaction. */
async function writeBatch(from: number, to: number): Promise<void> {
  const pending: Pending = { rows: { articles: [], _articles_v: [], articles_rels: [], _articles_v_rels: [] }, published: [] }
  for (let i = from; i < to; i++) draftArticle(i, pending)
  await transaction(async (writer, req) => {
    for (const [table, rows] of Object.entries(pending.rows)) await insertRows(writer, table, rows)
    for (const article of pending.published) await indexArticle(payload, article, req)
  })
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`
function progress(done: number, total: number, since: number): void {
  const elapsed = (performance.now() - since) / 1000
  const rate = done / Math.max(elapsed, 0.001)
  const share = total ? done / total : 1
  const bar = '█'.repeat(Math.round(share * 30)).padEnd(30, '░')
  process.stderr.write(
    `\r${bar} ${String(Math.floor(share * 100)).padStart(3)}%  ${formatInteger(done)}/${formatInteger(total)} bài  ` +
      `${formatInteger(Math.round(rate))} bài/giây  còn ${clock(done ? (total - done) / rate : 0)}   `,
  )
}

console.log(`\n▶ Bài viết: ${formatInteger(toCreate)} bài mới (đã có ${formatInteger(existingArticles)} bài từ seed)`)
const loadStarted = performance.now()
for (let from = 0; from < toCreate; from += BATCH) {
  await writeBatch(from, Math.min(toCreate, from + BATCH))
  progress(Math.min(toCreate, from + BATCH), toCreate, loadStarted)
}
if (toCreate === 0) progress(0, 0, loadStarted)
process.stderr.write('\n')
if (POSTGRES) {
  // The rows came with their ids: PostgreSQL's sequences go past them, so the admin's next article gets a new one.
  for (const table of ['articles', '_articles_v']) {
    await postgresPoolOf(payload).query(`SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT MAX(id) FROM "${table}"))`, [`"${table}"`])
  }
}
const loadSeconds = (performance.now() - loadStarted) / 1000

// ---------------------------------------------------------------------------------------------------
// The counters, through their own store (src/analytics): views per article and per day, then the distinct
// visitors per day for the ten years, which the store only ever counts from visits; those are the one table
// written here by hand (weekdays busier, the portal growing, exam results spiking).

console.log('\n▶ Bộ đếm: lượt xem theo bài, theo ngày, khách truy cập theo ngày')
const store = openCounterStore()
const now = Date.now()
const viewEntries = [...counted.views]
const dayEntries = [...counted.dailyViews]
const COUNTER_BATCH = 20_000
for (let from = 0; from < Math.max(viewEntries.length, dayEntries.length); from += COUNTER_BATCH) {
  const batch = {
    views: new Map(viewEntries.slice(from, from + COUNTER_BATCH)),
    dailyViews: new Map(dayEntries.slice(from, from + COUNTER_BATCH)),
    visits: new Map<string, number>(),
    marks: new Map<string, number>(),
  }
  await store.write(batch, vnDay(now), now, 0)
}
await store.close()
const visitorDays: Array<[string, number]> = []
for (let day = START; day < END; day += DAY_MS) {
  const growth = 300 + 1200 * ((day - START) / (END - START))
  const weekend = vnWeekday(day) === 0 || vnWeekday(day) === 6
  const spike = chance(0.01) ? 3 + random() * 4 : 1
  visitorDays.push([vnDay(day), Math.round(growth * (weekend ? 0.45 : 1) * spike * (0.8 + random() * 0.4))])
}
if (POSTGRES) {
  await postgresPoolOf(payload).query(
    `INSERT INTO counter_daily_visitors (day, visitors) SELECT * FROM unnest($1::text[], $2::int[])
     ON CONFLICT (day) DO UPDATE SET visitors = excluded.visitors`,
    [visitorDays.map(([day]) => day), visitorDays.map(([, n]) => n)],
  )
} else {
  await sqliteClientOf(payload).batch(
    visitorDays.map(([day, n]) => ({
      sql: `INSERT INTO counter_daily_visitors (day, visitors) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET visitors = excluded.visitors`,
      args: [day, n],
    })),
    'write',
  )
}

// ---------------------------------------------------------------------------------------------------
// Finish as a long-running site would be: merged search index, statistics, durable settings, checked.

const TABLES = [
  'articles',
  '_articles_v',
  'articles_rels',
  '_articles_v_rels',
  'article_search',
  'categories',
  'units',
  'authors',
  'users',
  'media',
  'indices',
  'score_records',
  'score_records_score_parts',
  'score_records_criteria',
  'counter_article_views',
  'counter_article_days',
  'counter_daily_visitors',
]
let checks: string[]
let counts: Array<readonly [string, number]>
if (POSTGRES) {
  console.log('\n▶ Hoàn tất: thống kê truy vấn (ANALYZE)')
  const pool = postgresPoolOf(payload)
  await pool.query('ANALYZE')
  counts = await Promise.all(
    TABLES.map(async (table) => [table, Number((await pool.query(`SELECT COUNT(*) AS n FROM "${table}"`)).rows[0].n)] as const),
  )
  checks = []
} else {
  console.log('\n▶ Hoàn tất: gộp chỉ mục tìm kiếm, thống kê truy vấn, kiểm tra toàn vẹn')
  const client = sqliteClientOf(payload)
  const rows = async <T>(statement: string) => (await client.execute(statement)).rows as unknown as T[]
  await client.execute(`INSERT INTO article_search (article_search) VALUES ('optimize')`)
  await client.execute(`INSERT INTO article_title_search (article_title_search) VALUES ('optimize')`)
  await client.execute('ANALYZE')
  await client.execute('PRAGMA optimize')
  await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  const integrity = (await rows<{ integrity_check: string }>('PRAGMA integrity_check')).map((row) => row.integrity_check)
  const danglingKeys = await rows<{ table: string; parent: string }>('PRAGMA foreign_key_check')
  counts = []
  for (const table of [...TABLES, 'article_search_keys', 'article_title_search']) {
    counts.push([table, Number((await rows<{ n: number }>(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n)] as const)
  }
  checks = [
    `Kiểm tra toàn vẹn (integrity_check): ${integrity.join('; ')}`,
    `Khóa ngoại không khớp (foreign_key_check): ${danglingKeys.length ? `${danglingKeys.length} dòng, ví dụ ${danglingKeys[0].table} → ${danglingKeys[0].parent}` : 'không có'}`,
    '',
  ]
  if (integrity.join() !== 'ok' || danglingKeys.length) {
    console.log(checks.join('\n'))
    fail('Cơ sở dữ liệu thử tải không toàn vẹn (xem trên).')
  }
}
await payload.destroy()

const size = DB_FILE ? ` (${formatDecimal(statSync(DB_FILE).size / 1024 / 1024, 1)} MB)` : ''
const seconds = formatDecimal((performance.now() - started) / 1000, 1)
const width = Math.max(...counts.map(([table]) => table.length))
console.log(
  [
    '',
    `Số dòng theo bảng:`,
    ...counts.map(([table, n]) => `  ${table.padEnd(width)}  ${formatInteger(n).padStart(9)}`),
    '',
    ...checks,
    `✔ Xong trong ${seconds} giây (nạp bài viết ${formatDecimal(loadSeconds, 1)} giây).`,
    `  Cơ sở dữ liệu: ${SHOWN_URL}${size}, ảnh: ${MEDIA_DIR}`,
    `  Đăng nhập trang quản trị: ${env.ADMIN_EMAIL}${generatedPassword ? `, mật khẩu ${generatedPassword}` : ' với mật khẩu trong ADMIN_PASSWORD'}`,
    `  Các lệnh đo đọc BENCH_DATABASE_URI, mặc định tệp SQLite này; nếu đã đặt nơi khác, dùng cùng giá trị:`,
    `    BENCH_DATABASE_URI=${DB_FILE ? DB_URL : '<cùng địa chỉ>'} npm run bench`,
    `  Chạy cổng trên dữ liệu này: DATABASE_URI=${DB_FILE ? DB_URL : '<cùng địa chỉ>'} MEDIA_DIR=${MEDIA_DIR} npm run serve`,
  ].join('\n'),
)
process.exit(0)

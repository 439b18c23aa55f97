// `npm run bench:data:postgres`: the bench database of `npm run bench:data`, copied into PostgreSQL
// (BENCH_DATABASE_URI=postgres://…, a database of its own: it is emptied first), so that `npm run bench`
// can measure both databases on the same 100,000 articles. Run `npm run bench:data` first.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

import Database from 'libsql'
import pg from 'pg'

import { ROOT } from './lib/run'

const target = process.env.BENCH_DATABASE_URI ?? ''
if (!/^postgres(ql)?:\/\//.test(target)) {
  console.error('Đặt BENCH_DATABASE_URI=postgres://… (một cơ sở dữ liệu riêng cho việc đo; nó sẽ bị xoá trắng).')
  process.exit(2)
}
const sourceFile = path.join(ROOT, '.tmp', 'bench', 'portal.db')
if (!existsSync(sourceFile)) {
  console.error('Chưa có cơ sở dữ liệu đo SQLite: chạy `npm run bench:data` trước.')
  process.exit(1)
}

const started = performance.now()
const pool = new pg.Pool({ connectionString: target, max: 1 })
await pool.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public')
const migrated = spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/payload.ts', 'migrate'], {
  cwd: ROOT,
  env: { ...process.env, DATABASE_URI: target },
  stdio: ['ignore', 'ignore', 'inherit'],
})
if (migrated.status !== 0) process.exit(migrated.status ?? 1)

const source = new Database(sourceFile, { readonly: true })
type Column = { column_name: string; data_type: string; udt_name: string; is_generated: string }
const BATCH = 2000

/** Copies a table's rows, every value sent as text and cast by PostgreSQL to the column's own type. */
async function copy(table: string, select = `SELECT * FROM "${table}"`): Promise<number> {
  const { rows: columns } = await pool.query<Column>(
    `SELECT column_name, data_type, udt_name, is_generated FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  )
  const rows = source.prepare(select).all([]) as Array<Record<string, unknown>>
  if (rows.length === 0) return 0
  const names = columns.filter((column) => column.is_generated !== 'ALWAYS' && column.column_name in rows[0])
  const casts = names.map((column, i) => {
    const type = column.data_type === 'USER-DEFINED' ? `"${column.udt_name}"` : column.data_type === 'ARRAY' ? 'text' : column.data_type
    return `u.c${i}::${type}`
  })
  const sql = `INSERT INTO "${table}" (${names.map((column) => `"${column.column_name}"`).join(', ')})
    SELECT ${casts.join(', ')} FROM unnest(${names.map((_, i) => `$${i + 1}::text[]`).join(', ')}) AS u(${names.map((_, i) => `c${i}`).join(', ')})`
  const text = (value: unknown, column: Column): string | null => {
    if (value === null || value === undefined) return null
    if (column.data_type === 'boolean') return value ? 'true' : 'false'
    return String(value)
  }
  for (let from = 0; from < rows.length; from += BATCH) {
    const chunk = rows.slice(from, from + BATCH)
    await pool.query(
      sql,
      names.map((column) => chunk.map((row) => text(row[column.column_name], column))),
    )
  }
  if (names.some((column) => column.column_name === 'id' && column.data_type === 'integer')) {
    await pool.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT MAX(id) FROM "${table}"))`)
  }
  return rows.length
}

await pool.query('SET session_replication_role = replica') // foreign keys are checked by the source already
const tables = [
  'units',
  'authors',
  'categories',
  'media',
  'users',
  'indices',
  'indices_texts',
  'score_records',
  'score_records_score_parts',
  'score_records_criteria',
  'articles',
  'articles_rels',
  'counter_article_views',
  'counter_article_days',
  'counter_daily_visitors',
  'site_settings',
  'navigation',
  'weather',
  'counter_settings',
]
for (const table of tables) {
  const exists = source.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get([table])
  if (!exists) continue
  process.stdout.write(`  ${table}: `)
  console.log(`${(await copy(table)).toLocaleString('vi-VN')} dòng`)
}
process.stdout.write('  article_search: ')
const searchRows = await copy(
  'article_search',
  `SELECT k.article_id, s.published_at, s.slug, s.category_name, s.title_text, s.summary_text, s.body_text,
     a.name AS author_text
   FROM article_search s JOIN article_search_keys k ON k.search_key = s.rowid
   JOIN articles r ON r.id = k.article_id LEFT JOIN authors a ON a.id = r.author_id`,
)
console.log(`${searchRows.toLocaleString('vi-VN')} dòng`)
await pool.query('SET session_replication_role = origin')
await pool.query('ANALYZE')
await pool.end()
console.log(`\n✔ Đã chép sang PostgreSQL trong ${((performance.now() - started) / 1000).toFixed(1).replace('.', ',')} giây.`)
console.log('  Đo: BENCH_DATABASE_URI=<cùng địa chỉ> npm run bench')
process.exit(0)

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

const COLUMNS = `title, summary, body, author, category,
    title_text UNINDEXED, summary_text UNINDEXED, body_text UNINDEXED,
    slug UNINDEXED, category_name UNINDEXED, published_at UNINDEXED,
    tokenize = 'unicode61'`
const NAMES = 'title, summary, body, author, category, title_text, summary_text, body_text, slug, category_name, published_at'

/**
 * Hand-written: the search table's rowid becomes (minute of publication × 2^24 + article id), so FTS5 can
 * list matches newest first without reading them all (src/search/sqlite.ts, searchKey). A small table maps
 * each article to its row, for updates and removals. Existing rows are carried over with their new keys.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`article_search_keys\` (
    \`article_id\` integer PRIMARY KEY NOT NULL,
    \`search_key\` integer NOT NULL
  );`)
  await db.run(sql`CREATE UNIQUE INDEX \`article_search_keys_search_key_idx\` ON \`article_search_keys\` (\`search_key\`);`)
  await db.run(sql`INSERT INTO \`article_search_keys\` (article_id, search_key)
    SELECT rowid, COALESCE(MAX(0, CAST(strftime('%s', published_at) AS INTEGER) / 60), 0) * 16777216 + rowid FROM article_search;`)
  await db.run(sql.raw(`CREATE VIRTUAL TABLE \`article_search_by_date\` USING fts5(${COLUMNS});`))
  await db.run(sql.raw(`INSERT INTO article_search_by_date (rowid, ${NAMES})
    SELECT k.search_key, ${NAMES.split(', ').map((name) => `s.${name}`).join(', ')}
    FROM article_search s JOIN article_search_keys k ON k.article_id = s.rowid;`))
  await db.run(sql`DROP TABLE \`article_search\`;`)
  await db.run(sql`ALTER TABLE \`article_search_by_date\` RENAME TO \`article_search\`;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql.raw(`CREATE VIRTUAL TABLE \`article_search_by_id\` USING fts5(${COLUMNS});`))
  await db.run(sql.raw(`INSERT INTO article_search_by_id (rowid, ${NAMES})
    SELECT k.article_id, ${NAMES.split(', ').map((name) => `s.${name}`).join(', ')}
    FROM article_search s JOIN article_search_keys k ON k.search_key = s.rowid;`))
  await db.run(sql`DROP TABLE \`article_search\`;`)
  await db.run(sql`ALTER TABLE \`article_search_by_id\` RENAME TO \`article_search\`;`)
  await db.run(sql`DROP TABLE \`article_search_keys\`;`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_search_text\` text;`)
  // Full-text search of published articles (src/search/sqlite.ts), hand-written: folded text is indexed,
  // the original text is kept unindexed for snippets. Fill it with `npm run search:rebuild`.
  await db.run(sql`CREATE VIRTUAL TABLE \`article_search\` USING fts5(
    title, summary, body, author, category,
    title_text UNINDEXED, summary_text UNINDEXED, body_text UNINDEXED,
    slug UNINDEXED, category_name UNINDEXED, published_at UNINDEXED,
    tokenize = 'unicode61'
  );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS \`article_search\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_search_text\`;`)
}
